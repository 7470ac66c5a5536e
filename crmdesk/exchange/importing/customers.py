"""Who an order, deal or ticket row is about: an existing contact or company, or a new one.

A row names its customer by email, phone, name and/or company. The contact is found by email,
then phone, then exact folded name; the company by folded name. When none is found the run
creates them (one per distinct email or name within the import), so purchase history is never
left without its customer. The plan records what it found in ``Draft.customer``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from crmdesk.domain.text import fold
from crmdesk.domain.validation import email_match_key
from crmdesk.exchange.importing.cells import Parsed
from crmdesk.exchange.importing.matching import CompanyIndex, ContactIndex, company_key


class CustomerFinder:
    def __init__(self, session: Session) -> None:
        self.contacts = ContactIndex(session)
        self.companies = CompanyIndex(session)

    def customer(self, parsed: Parsed) -> dict[str, Any]:
        """{"name", "email", "phone", "e164", "company", "contact_id", "company_id"} (some None)."""
        name = parsed.first("customer_name")
        email = parsed.first("customer_email")
        phone = parsed.first("customer_phone")
        raw, e164 = phone if isinstance(phone, tuple) else (None, None)
        company = parsed.first("company")
        found: dict[str, Any] = {
            "name": name,
            "email": email,
            "phone": raw,
            "e164": e164,
            "company": company,
            "contact_id": self._contact(name, email, e164),
            "company_id": self.companies.by_name.get(company_key(company)) if company else None,
        }
        return found

    def _contact(self, name: str | None, email: str | None, e164: str | None) -> int | None:
        if email and email_match_key(email) in self.contacts.by_email:
            return self.contacts.by_email[email_match_key(email)]
        if e164 and e164 in self.contacts.by_phone:
            return self.contacts.by_phone[e164]
        if name:
            ids = self.contacts.near_names.ids.get(fold(name)[:300])
            if ids and len(ids) == 1:
                return ids[0]
        return None

    def describe(self, customer: dict[str, Any]) -> str:
        if customer.get("contact_id"):
            return self.contacts.describe(customer["contact_id"])
        return str(customer.get("name") or customer.get("email") or customer.get("company") or "")
