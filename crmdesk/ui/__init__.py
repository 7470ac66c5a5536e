"""The desktop interface (PySide6): a shell (main_window.py) that pages plug into."""
