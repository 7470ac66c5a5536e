"""The import wizard (issue 4): file → sheet → columns → preview → import → summary.

``ImportWizard(host, settings, parent)`` is a non-blocking dialog over the engine in
``crmdesk.exchange`` (reading, mapping, planning, running) through ``ui.operations.imports``;
``history.ImportHistoryDialog`` lists past imports with "Undo Import". The shell opens both
through ``crmdesk.ui.import_actions``.
"""

from __future__ import annotations

from crmdesk.ui.dialogs.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
