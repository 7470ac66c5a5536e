"""crmdesk: a desktop CRM that keeps a small business's customers in one local file."""

__version__ = "0.1.0"
