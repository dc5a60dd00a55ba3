"""The roles a registered person can hold, as stored and as every layer names them."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a registered person is, each bound to a unit (or an organisation)."""

    XA_OFFICIAL = "xa_official"  # one xã
    DISTRICT_OFFICER = "district_officer"  # one district (periods before July 2025)
    PROVINCE_COORDINATOR = "province_coordinator"  # the province
    ADMIN = "admin"  # the province, and the bot itself
    DEPARTMENT = "department"  # a sở/ban/ngành, named by its organisation


PROVINCE_WIDE = frozenset((Role.PROVINCE_COORDINATOR, Role.ADMIN))
