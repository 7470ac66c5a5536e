"""Demo companies and contacts, with their emails, phones, addresses and tags."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from crmdesk.demo.base import Picker, persian_digits
from crmdesk.demo.phrases import JOB_TITLES, PERSONAL
from crmdesk.demo.pools import (
    BRANDS,
    COMPANY_SIZES,
    CONSENT_SOURCES,
    INDUSTRIES,
    LEAD_SOURCES,
    Market,
)
from crmdesk.demo.world import CompanyInfo, Person, World, lang_of
from crmdesk.domain.text import fold

LIFECYCLE = Picker(("lead", "prospect", "customer", "former"), (30, 20, 45, 5))
LABELS = {"email": ("work", "home"), "phone": ("mobile", "work", "home")}


def _group(digits: str, sizes: tuple[int, ...]) -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(digits[start : start + size])
        start += size
    if start < len(digits):
        parts.append(digits[start:])
    return " ".join(p for p in parts if p)


MOBILE_GROUPS = {"IR": (3, 3, 4), "CN": (3, 4, 4), "SK": (3, 3, 3), "GB": (4, 6)}
REST_GROUPS = {6: (3, 3), 7: (3, 4), 8: (4, 4)}


def _format(
    market: Market, nsn: str, trunk: str, sizes: tuple[int, ...], rng: random.Random
) -> str:
    """A raw phone as people type it: national, international, compact or in Persian digits."""
    if market.country == "US":
        local = f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"
        return local if rng.random() < 0.6 else f"+1 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    style = rng.random()
    if style < 0.45:
        raw = _group(trunk + nsn, (sizes[0] + len(trunk), *sizes[1:]))
    elif style < 0.8:
        raw = f"+{market.calling_code} {_group(nsn, sizes)}"
    else:
        raw = trunk + nsn
    if market.code == "fa" and rng.random() < 0.3:
        raw = persian_digits(raw)
    return raw


def mobile(market: Market, rng: random.Random) -> tuple[str, str]:
    """(raw, E.164) of a plausible mobile number in ``market``."""
    prefix = rng.choice(market.mobile_prefixes)
    if market.country == "US":  # exchange codes start with 2-9
        prefix += str(rng.randrange(2, 10))
    rest = market.mobile_length - len(prefix)
    nsn = prefix + str(rng.randrange(10**rest)).zfill(rest)
    trunk = "" if market.country == "CN" else market.trunk
    sizes = MOBILE_GROUPS.get(market.country, (3, 3, 4))
    return _format(market, nsn, trunk, sizes, rng), f"+{market.calling_code}{nsn}"


def landline(market: Market, area: str, rng: random.Random) -> tuple[str, str]:
    """(raw, E.164) of an office number in the city whose area code is ``area``."""
    rest = 8 if market.country == "CN" else market.landline_length - len(area)
    first = str(rng.randrange(2, 10))  # local numbers do not start with 0 or 1
    nsn = area + first + str(rng.randrange(10 ** (rest - 1))).zfill(rest - 1)
    sizes = (len(area), *REST_GROUPS[rest])
    return _format(market, nsn, market.trunk, sizes, rng), f"+{market.calling_code}{nsn}"


def _address(world: World, market: Market, owner: dict[str, int], label: str) -> str:
    rng = world.rng
    city, region, postal, _area = rng.choice(market.cities)
    number = rng.randrange(1, 180)
    street = f"{rng.choice(market.streets)} {number}"
    if market.code == "fa":
        street = f"{rng.choice(market.streets)}، پلاک {persian_digits(str(number))}"
    code = postal + str(rng.randrange(10 ** (5 - len(postal)))).zfill(5 - len(postal))
    row = {"label": label, "street": street, "city": city, "region": region,
           "postal_code": code, "country": market.country, "position": 0,
           "contact_id": None, "company_id": None}  # fmt: skip
    row.update(owner, id=world.writer.next_id("addresses"))
    world.writer.add("addresses", row)
    return city


def _company_name(market: Market, rng: random.Random) -> tuple[str, str, str, str]:
    """(name, legal name, industry key, domain)."""
    lang = lang_of(market)
    brand, brand_latin = rng.choice(BRANDS[lang])
    key, fa, zh, sk, en = rng.choice(INDUSTRIES)
    if lang == "fa":
        name = f"{fa} {brand}"
        return name, f"شرکت {name} (سهامی خاص)", key, f"{brand_latin}-{key}.ir"
    if lang == "zh":
        city = rng.choice(market.cities)[0]
        return f"{brand}{zh}", f"{city}{brand}{zh}有限公司", key, f"{brand_latin}-{key}.cn"
    if rng.random() < 0.3:
        family = rng.choice(market.family)
        brand, brand_latin = family[0], family[2]
    if lang == "sk":
        name = f"{brand} {sk} {rng.choice(('s.r.o.', 's.r.o.', 'a.s.'))}"
        return name, name, key, f"{brand_latin}-{fold(sk).replace(' ', '')}.sk"
    suffix = "Ltd" if market.country == "GB" else rng.choice(("Inc.", "LLC"))
    domain = f"{brand_latin}{en.lower()}.{market.tld}"
    return f"{brand} {en} {suffix}", f"{brand} {en} {suffix}", key, domain


def make_company(world: World, market: Market) -> None:
    rng, writer = world.rng, world.writer
    company_id = writer.next_id("companies")
    name, legal, industry, domain = _company_name(market, rng)
    created = world.clock.days_ago(rng, 30, 1100)
    writer.add("companies", {
        "id": company_id, "name": name, "sort_name": fold(name)[:300], "legal_name": legal,
        "industry": industry, "size": rng.choice(COMPANY_SIZES), "website": f"www.{domain}",
        "tax_id": str(rng.randrange(10**9, 10**10)), "lifecycle": LIFECYCLE(rng),
        "lead_source": rng.choice(LEAD_SOURCES), "notes": None, "custom": {},
        "import_batch_id": None, "created_at": created, "updated_at": created, "deleted_at": None,
    })  # fmt: skip
    owner = {"company_id": company_id}
    writer.add("emails", {"id": writer.next_id("emails"), "contact_id": None,
                          "company_id": company_id, "label": "work", "email": f"info@{domain}",
                          "normalized": f"info@{domain}", "position": 0})  # fmt: skip
    area = rng.choice(market.cities)[3]
    raw, e164 = landline(market, area, rng)
    writer.add("phones", {"id": writer.next_id("phones"), "contact_id": None,
                          "company_id": company_id, "label": "work", "raw": raw, "e164": e164,
                          "position": 0})  # fmt: skip
    _address(world, market, owner, "work")
    info = CompanyInfo(company_id, market, name, domain)
    world.companies.setdefault(market.code, []).append(info)


def _names(market: Market, rng: random.Random) -> tuple[str, str, str, str, str, str]:
    """(full name, given, family, gender, latin given, latin family)."""
    gender = "female" if rng.random() < 0.5 else "male"
    given, given_latin = rng.choice(market.female if gender == "female" else market.male)
    male_family, female_family, family_latin = rng.choice(market.family)
    family = female_family if gender == "female" else male_family
    full = f"{family}{given}" if market.family_first else f"{given} {family}"
    return full, given, family, gender, given_latin, family_latin


def _emails(world: World, market: Market, person_id: int, names: tuple[str, str],
            company: CompanyInfo | None) -> str:  # fmt: skip
    """Write the contact's emails; return the first."""
    rng, writer = world.rng, world.writer
    given, family = names
    local = rng.choice((f"{given}.{family}", f"{given}{family}", f"{given[0]}{family}",
                        f"{family}.{given}", f"{family}{given}"))  # fmt: skip
    if rng.random() < 0.7:
        local += str(rng.randrange(1, 9999))
    addresses = [f"{local}@{rng.choice(market.mail_domains)}"]
    if company is not None and rng.random() < 0.6:
        addresses.insert(0, f"{given}.{family}@{company.domain}")
    for position, email in enumerate(addresses):
        label = "work" if company is not None and email.endswith(company.domain) else "home"
        writer.add("emails", {"id": writer.next_id("emails"), "contact_id": person_id,
                              "company_id": None, "label": label, "email": email,
                              "normalized": email.casefold(), "position": position})  # fmt: skip
    return addresses[0]


def _phones(world: World, market: Market, person_id: int) -> None:
    rng, writer = world.rng, world.writer
    count = 2 if rng.random() < 0.3 else 1 if rng.random() < 0.95 else 0
    for position in range(count):
        if position == 0:
            raw, e164 = mobile(market, rng)
        else:
            raw, e164 = landline(market, rng.choice(market.cities)[3], rng)
        writer.add("phones", {"id": writer.next_id("phones"), "contact_id": person_id,
                              "company_id": None, "label": ("mobile", "work")[position],
                              "raw": raw, "e164": e164, "position": position})  # fmt: skip


def _personal(world: World, lang: str, created: datetime) -> dict[str, Any]:
    """Birthday (sometimes without a year), consent, lead score, personal details."""
    rng = world.rng
    has_birthday = rng.random() < 0.7
    consent = rng.random() < 0.6
    return {
        "birthday_year": rng.randrange(1955, 2003)
        if has_birthday and rng.random() < 0.75
        else None,
        "birthday_month": rng.randrange(1, 13) if has_birthday else None,
        "birthday_day": rng.randrange(1, 29) if has_birthday else None,
        "lead_score": rng.randrange(0, 101) if rng.random() < 0.85 else None,
        "marketing_consent": consent,
        "consent_date": world.clock.after(rng, created, 60) if consent else None,
        "consent_source": rng.choice(CONSENT_SOURCES) if consent else None,
        "personal_details": rng.choice(PERSONAL[lang]) if rng.random() < 0.1 else None,
    }


def make_contact(world: World) -> tuple[Person, dict[str, Any]]:
    """A contact row (not yet written: last_interaction_at comes later) and its channels."""
    rng, writer = world.rng, world.writer
    market: Market = world.market_picker(rng)
    lang = lang_of(market)
    person_id = writer.next_id("contacts")
    full, given, family, gender, given_latin, family_latin = _names(market, rng)
    pool = world.companies.get(market.code)
    company = rng.choice(pool) if pool and rng.random() < 0.7 else None
    created_days = rng.uniform(1, 1100)
    created = world.clock.days_ago(rng, created_days, created_days)
    lifecycle = LIFECYCLE(rng)
    row = {
        "id": person_id, "full_name": full, "given_name": given, "family_name": family,
        "name_order": "family_first" if market.family_first else "given_first",
        "sort_name": fold(full)[:300], "company_id": company.id if company else None,
        "job_title": rng.choice(JOB_TITLES[lang]) if rng.random() < 0.8 else None,
        "department": None, "gender": gender, "lifecycle": lifecycle,
        "lead_source": rng.choice(LEAD_SOURCES), "notes": None, "custom": {},
        "last_interaction_at": None, "import_batch_id": None, "created_at": created,
        "updated_at": created, "deleted_at": None,
        **_personal(world, lang, created),
    }  # fmt: skip
    _emails(world, market, person_id, (given_latin, family_latin), company)
    _phones(world, market, person_id)
    if rng.random() < 0.85:
        _address(world, market, {"contact_id": person_id}, "home")
    for tag_id, percent in world.tag_ids:
        if rng.random() * 100 < percent:
            writer.add("contact_tags", {"contact_id": person_id, "tag_id": tag_id})
    if company is not None:
        world.colleague.setdefault(company.id, person_id)
    return Person(person_id, market, lang, full, company, lifecycle, created_days), row
