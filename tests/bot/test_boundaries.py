"""Only the Telegram transport modules may import python-telegram-bot."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "handlers", "store")


def imported_roots(path: Path) -> set[str]:
    """Return the top-level names a module imports (absolute imports only)."""
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_only_telegram_modules_import_telegram() -> None:
    """Every module under bot/, handlers/, store/ other than bot/telegram*.py avoids telegram."""
    modules = [p for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))]
    assert len(modules) > 10
    allowed = {p for p in modules if p.parent.name == "bot" and p.name.startswith("telegram")}
    assert ROOT / "bot" / "telegram.py" in allowed
    offenders = [
        str(p.relative_to(ROOT))
        for p in modules
        if p not in allowed and "telegram" in imported_roots(p)
    ]
    assert offenders == []


def test_the_check_sees_imports() -> None:
    """The checker would notice a stray import (so an empty result means something)."""
    assert "telegram" in imported_roots(ROOT / "bot" / "telegram.py")
    assert "telegram" in imported_roots(ROOT / "bot" / "telegram_render.py")
