"""Button data, typed: formatted and parsed in one place (in the spirit of aiogram's CallbackData).

Every button the bot shows carries `PREFIX:ACTION[:VALUE]` (at most 64 bytes, Telegram's
limit). `parse` gives back the typed value, or None for data that is foreign (another bot's,
an old version's), stale or malformed; every caller refuses None the same way.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import ClassVar

MAX_BYTES = 64  # Telegram's callback_data limit; Zalo's payloads are larger


@dataclass(frozen=True)
class ButtonData:
    """What a pressed button means; subclasses name their prefix and check their fields."""

    prefix: ClassVar[str]

    def pack(self) -> str:
        """Format as the button's data: the prefix and the fields, trailing empty ones dropped."""
        parts = [str(part) for part in astuple(self)]
        while parts and parts[-1] == "":
            parts.pop()
        data = ":".join((self.prefix, *parts))
        if len(data.encode()) > MAX_BYTES or any(":" in part for part in parts[:-1]):
            raise ValueError(f"button data does not fit: {data!r}")
        return data

    @classmethod
    def unpack(cls, fields: list[str]) -> ButtonData | None:
        """Build from the fields after the prefix, or None when they are not this kind's."""
        raise NotImplementedError


@dataclass(frozen=True)
class ActionButton(ButtonData):
    """A step of a flow: an action from a fixed set, and a value (a number where required)."""

    action: str
    value: str = ""
    actions: ClassVar[frozenset[str]] = frozenset()
    numeric: ClassVar[frozenset[str]] = frozenset()  # actions whose value is a whole number

    @classmethod
    def unpack(cls, fields: list[str]) -> ActionButton | None:
        """Accept a known action, and a number where the action needs one."""
        if not 1 <= len(fields) <= 2:
            return None
        action, value = (*fields, "")[:2]
        if action not in cls.actions or (action in cls.numeric and not value.isdigit()):
            return None
        return cls(action, value)

    @property
    def number(self) -> int:
        """The value as a number (only for numeric actions)."""
        return int(self.value)


@dataclass(frozen=True)
class ReviewButton(ActionButton):
    """Open, approve or reject report #value."""

    prefix = "rv"
    actions = frozenset(("show", "ok", "no"))
    numeric = actions


@dataclass(frozen=True)
class PeopleButton(ActionButton):
    """Revoke person #value, or keep them."""

    prefix = "pp"
    actions = frozenset(("revoke", "keep"))
    numeric = frozenset(("revoke",))


@dataclass(frozen=True)
class UpdateButton(ActionButton):
    """A step of /capnhat: the criteria set, the criterion, its indicator, met or not, send."""

    prefix = "up"
    actions = frozenset(("set", "crit", "ind", "met", "ok"))
    numeric = frozenset(("crit", "met"))


@dataclass(frozen=True)
class PeriodButton(ActionButton):
    """A step of /baocao: start, a criterion's progress, send."""

    prefix = "rp"
    actions = frozenset(("start", "p", "ok"))


@dataclass(frozen=True)
class FlowButton(ActionButton):
    """What every flow's step offers: go on past the notes, or cancel."""

    prefix = "flow"
    actions = frozenset(("next", "cancel"))


@dataclass(frozen=True)
class PickButton(ButtonData):
    """The unit chosen among several a name fitted."""

    prefix = "pick"
    code: str

    @classmethod
    def unpack(cls, fields: list[str]) -> PickButton | None:
        """Accept one unit code."""
        return cls(fields[0]) if len(fields) == 1 and fields[0] else None


@dataclass(frozen=True)
class AskButton(ButtonData):
    """A question asked by pressing: its kind and, when it is about one, the unit's code."""

    prefix = "ask"
    kind: str
    code: str = ""

    @classmethod
    def unpack(cls, fields: list[str]) -> AskButton | None:
        """Accept a kind of question and an optional unit code."""
        if not 1 <= len(fields) <= 2 or not fields[0]:
            return None
        return cls(*fields)


@dataclass(frozen=True)
class TodayButton(ButtonData):
    """A unit picked among the periods a name fits: the kind of question and the unit's key."""

    prefix = "td"
    kind: str
    key: str

    @classmethod
    def unpack(cls, fields: list[str]) -> TodayButton | None:
        """Accept a kind of question and a unit key."""
        return cls(*fields) if len(fields) == 2 and all(fields) else None


KINDS: dict[str, type[ButtonData]] = {
    kind.prefix: kind
    for kind in (
        ReviewButton,
        PeopleButton,
        UpdateButton,
        PeriodButton,
        FlowButton,
        PickButton,
        AskButton,
        TodayButton,
    )
}


def parse(data: str) -> ButtonData | None:
    """Return what button data means, or None when it is foreign, stale or malformed."""
    prefix, sep, rest = data.partition(":")
    kind = KINDS.get(prefix)
    if kind is None or len(data.encode()) > MAX_BYTES:
        return None
    return kind.unpack(rest.split(":") if sep else [])
