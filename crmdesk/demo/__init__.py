"""Realistic multilingual demo data (Persian, Chinese, Slovak, English) for a new crmdesk file."""

from __future__ import annotations

from crmdesk.demo.generate import MAX_CONTACTS, DemoProgress, DemoResult, make_demo

__all__ = ["MAX_CONTACTS", "DemoProgress", "DemoResult", "make_demo"]
