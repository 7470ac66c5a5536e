"""A row's postal addresses, from its address columns (``AddressColumns``).

Columns sharing a ``group`` ("Home Street", "Home City") make one address; several columns
of one part are joined (street lines, region + country); a label column or a column's own
label names the address ("work" otherwise). Most files have one plain address (a column per
part, no groups, no labels): that is read straight from the row's slots.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from crmdesk.exchange.importing.cells import ColumnSpec, Layout, Parsed
from crmdesk.services.channels import PostalAddress

ADDRESS_PARTS = ("street", "city", "region", "postal_code", "country")
ADDRESS_FIELDS = (*ADDRESS_PARTS, "address_label")
ADDRESS_LIMITS = {"street": 300, "city": 120, "region": 120, "postal_code": 32}
JOINED = {"street": "\n", "region": ", "}  # several columns: street lines, region + country
AddressCell = tuple[str, ColumnSpec, Any]
#: (place in ``ADDRESS_PARTS``, name in messages, limit) of the parts that have a limit.
_LIMITS = tuple(
    (index, part.replace("_", " "), ADDRESS_LIMITS[part])
    for index, part in enumerate(ADDRESS_PARTS)
    if part in ADDRESS_LIMITS
)


class AddressColumns:
    """The address columns of a layout; ``read(parsed)``: the row's addresses, with a
    problem per part that is too long. An unknown country moved to the region
    (``Parsed.extra``) is read as ``Parsed.all`` gives it."""

    def __init__(self, layout: Layout) -> None:
        self.columns = tuple(
            (part, layout.specs[slot])
            for part in ADDRESS_FIELDS
            for slot in layout.slots.get(part, ())
        )
        self.plain = _plain_address(layout, self.columns)

    def read(self, parsed: Parsed) -> list[PostalAddress]:
        if self.plain is None or parsed.extra is not None:
            return _addresses(parsed, self.cells(parsed))
        cells = parsed.cells
        address = _address(parsed, "work", [None if s is None else cells[s] for s in self.plain])
        return [] if address is None else [address]

    def cells(self, parsed: Parsed) -> list[AddressCell]:
        """(part, column, value) of the row's address cells, part by part, in column order;
        a moved country text comes after the region columns."""
        if parsed.extra is not None:
            return [
                (part, spec, value) for part in ADDRESS_FIELDS for spec, value in parsed.all(part)
            ]
        cells = parsed.cells
        return [
            (part, spec, cells[spec.slot])
            for part, spec in self.columns
            if cells[spec.slot] is not None
        ]


def _plain_address(
    layout: Layout, columns: tuple[tuple[str, ColumnSpec], ...]
) -> tuple[int | None, ...] | None:
    """The slot of each of ``ADDRESS_PARTS`` when the address columns make one plain address
    (at most one column per part, no groups, no labels); else None."""
    if any(
        spec.group is not None or spec.label or part == "address_label" for part, spec in columns
    ):
        return None
    found = [layout.slots.get(part, ()) for part in ADDRESS_PARTS]
    if any(len(slots) > 1 for slots in found):
        return None
    return tuple(slots[0] if slots else None for slots in found)


def _addresses(parsed: Parsed, found: Iterable[AddressCell]) -> list[PostalAddress]:
    groups: dict[str | None, dict[str, Any]] = {}
    for part, spec, value in found:
        fields = groups.get(spec.group)
        if fields is None:
            fields = groups[spec.group] = {}
        if part in JOINED and part in fields:
            fields[part] = f"{fields[part]}{JOINED[part]}{value}"
        else:
            fields.setdefault(part, value)
        if spec.label and "address_label" not in fields:
            fields["address_label"] = spec.label
    addresses = []
    for fields in groups.values():
        label = str(fields.pop("address_label", None) or "work").lower()[:32]
        address = _address(parsed, label, [fields.get(part) for part in ADDRESS_PARTS])
        if address is not None:
            addresses.append(address)
    return addresses


def _address(parsed: Parsed, label: str, parts: list[Any]) -> PostalAddress | None:
    """One address from its ``ADDRESS_PARTS``, with a problem per part that is too long;
    None when every part is empty."""
    for index, name, limit in _LIMITS:
        value = parts[index]
        if value and len(str(value)) > limit:
            parsed.problem("", f"The {name} is longer than {limit} characters.")
    return PostalAddress(label, *parts) if any(parts) else None
