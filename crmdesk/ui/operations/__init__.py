"""UI → service functions, Anki-style: ``verb_noun(host, *, ...)``, one transaction each.

Each function opens its transaction through :func:`crmdesk.ui.ops.user_action`, which
broadcasts the ``Changes`` to every page. Undo commands (``ui/undo.py``) call these.
"""
