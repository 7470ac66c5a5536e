"""The only code that reads or writes the database.

Functions take a Session as their first argument, never commit (the caller owns the
transaction: one user action = one transaction), and return plain data plus a `Changes`.
"""
