"""Who may do what: each role, the unit it is bound to, and the actions that allows."""

from __future__ import annotations

from enum import StrEnum

from store.people import Person
from vocab.i18n import Translator
from vocab.places import COMMUNE_KINDS, Place
from vocab.roles import PROVINCE_WIDE, Role


class Action(StrEnum):
    """Everything a person can ask the bot to do beyond asking questions."""

    ASK = "ask"
    REPORT = "report"  # submit a field report on a xã
    REVIEW = "review"  # approve or reject a report on a xã
    HISTORY = "history"  # read a xã's report history
    PENDING = "pending"  # list reports waiting for review
    MANAGE_PEOPLE = "manage_people"  # list and revoke registered people


def allowed(person: Person | None, action: Action, unit: Place | None = None) -> bool:
    """Say whether a person (None: not registered) may do an action on a unit."""
    if action is Action.ASK:
        return True
    if person is None or person.revoked:
        return False
    role, home = person.role, person.unit_code
    if action is Action.MANAGE_PEOPLE:
        return role in PROVINCE_WIDE
    if action is Action.PENDING:
        return role in PROVINCE_WIDE or role == Role.DISTRICT_OFFICER
    if unit is None or unit.kind not in COMMUNE_KINDS:
        return False
    in_district = role == Role.DISTRICT_OFFICER and unit.parent_code == home
    if action is Action.REPORT:
        return role == Role.XA_OFFICIAL and unit.code == home
    if action is Action.REVIEW:
        return role in PROVINCE_WIDE or in_district
    if action is Action.HISTORY:
        return (
            role in PROVINCE_WIDE
            or in_district
            or (role == Role.XA_OFFICIAL and unit.code == home)
        )
    return False


def scope(person: Person, places: dict[str, Place]) -> list[str] | None:
    """Return the xã a reviewer looks after (None: the whole province)."""
    if person.role in PROVINCE_WIDE:
        return None
    if person.role == Role.DISTRICT_OFFICER:
        return [p.code for p in places.values() if p.parent_code == person.unit_code]
    return [person.unit_code]


def role_label(t: Translator, role: Role) -> str:
    """Name a role in the reader's language."""
    labels: dict[str, str] = {
        Role.XA_OFFICIAL: t._("commune official"),
        Role.DISTRICT_OFFICER: t._("district officer"),
        Role.PROVINCE_COORDINATOR: t._("province coordinator"),
        Role.ADMIN: t._("administrator"),
        Role.DEPARTMENT: t._("department staff"),
    }
    return labels.get(role, role)
