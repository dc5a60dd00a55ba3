"""Units as every layer names them: a place the user can name, and its name without a prefix."""

from __future__ import annotations

import re
from dataclasses import dataclass

COMMUNE_KINDS = ("xa", "phuong", "thi_tran")  # the kinds of commune-level unit
_PREFIX = re.compile(r"^(xã|phường|thị trấn|huyện|thành phố|tỉnh)\s+", re.I)


@dataclass(frozen=True)
class Place:
    """A unit the user can name."""

    code: str
    name: str
    kind: str
    parent_code: str | None
    parent_name: str | None


def bare_name(name: str) -> str:
    """Strip the administrative prefix: 'Xã Nhân Lý' -> 'Nhân Lý'."""
    return _PREFIX.sub("", name)
