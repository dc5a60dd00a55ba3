"""The architecture contract: imports point down only, and each outside service has one home.

Layers, bottom to top: vocab < store < handlers < bot. A module may import its own layer and
those below it. Only bot/telegram/ imports python-telegram-bot, only bot/zalo/ speaks Zalo's
APIs (httpx), only bot/ runs the timer (APScheduler) or serves HTTP (tornado); transports do
not import each other, only the composition root (bot/serve.py, bot/cli.py) picks them; and
nothing imports tests.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("vocab", "store", "handlers", "bot")
# Third-party packages that only one corner of bot/ may import: package -> allowed prefixes.
CONFINED = {
    "telegram": ("bot/telegram/",),
    "httpx": ("bot/zalo/",),
    "tornado": ("bot/",),  # webhooks, the download route: delivery
    "apscheduler": ("bot/scheduler.py",),
}
# Transports, and who may import them: themselves and the composition root.
TRANSPORTS = {"bot.telegram": "bot/telegram/", "bot.zalo": "bot/zalo/"}
ROOTS = ("bot/serve.py", "bot/cli.py", "bot/cli_admin.py")


@dataclass(frozen=True)
class Violation:
    """One import that breaks the contract, with where it is and why."""

    path: str
    line: int
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line} imports {self.imported}: {self.rule}"


def imports_of(source: str, filename: str) -> list[tuple[int, str]]:
    """Return (line, dotted module) for every absolute import, TYPE_CHECKING ones included."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            # `from bot import telegram` names a module too
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def check(path: str, source: str) -> list[Violation]:
    """Return the contract's violations in one module, path relative to the repository."""
    layer = path.split("/", 1)[0]
    out = []
    for line, module in imports_of(source, path):
        top = module.split(".", 1)[0]
        if top == "tests":
            out.append(Violation(path, line, module, "nothing imports tests"))
        if layer in LAYERS and top in LAYERS and LAYERS.index(top) > LAYERS.index(layer):
            rule = f"{layer}/ may import only {', '.join(LAYERS[: LAYERS.index(layer) + 1])}"
            out.append(Violation(path, line, module, rule))
        allowed = CONFINED.get(top)
        if allowed and layer in LAYERS and not path.startswith(allowed):
            out.append(Violation(path, line, module, f"only {', '.join(allowed)} import {top}"))
        for transport, home in TRANSPORTS.items():
            inside = module == transport or module.startswith(transport + ".")
            if inside and not path.startswith(home) and path not in ROOTS:
                rule = f"only {home} and the composition root import {transport}"
                out.append(Violation(path, line, module, rule))
    first: dict[tuple[int, str], Violation] = {}
    for v in out:  # `from a import b` is seen as a and as a.b: report each rule once a line
        first.setdefault((v.line, v.rule), v)
    return list(first.values())


def our_modules() -> list[Path]:
    """Every Python file of the packages (bench/ may drive the fakes in tests/)."""
    return sorted(p for top in LAYERS for p in (ROOT / top).rglob("*.py"))


def test_every_import_points_down() -> None:
    """No module of ours breaks the contract (the message names each offending import)."""
    modules = our_modules()
    assert len(modules) > 60
    violations = [
        str(v)
        for path in modules
        for v in check(path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8"))
    ]
    assert violations == [], "\n".join(violations)


@pytest.mark.parametrize(
    ("path", "source", "rule"),
    [
        ("store/people.py", "from handlers.gazetteer import Gazetteer", "store/ may import only"),
        ("vocab/text.py", "import store.db", "vocab/ may import only vocab"),
        (
            "handlers/ask.py",
            "if TYPE_CHECKING:\n    from bot.context import Ctx",
            "handlers/ may import only",
        ),
        ("handlers/reminders.py", "from apscheduler.triggers.cron import X", "apscheduler"),
        ("bot/answering.py", "from telegram import Bot", "only bot/telegram/ import telegram"),
        ("bot/courier.py", "from bot.zalo.bot_api import ZaloBotApi", "only bot/zalo/"),
        ("bot/telegram/app.py", "from bot import zalo", "only bot/zalo/"),
        ("bot/console.py", "import httpx", "only bot/zalo/ import httpx"),
        ("bench/answers.py", "from tests.bot.harness import running", "nothing imports tests"),
    ],
)
def test_the_contract_names_an_upward_import(path: str, source: str, rule: str) -> None:
    """Each kind of violation is caught, and the message says which import and which rule."""
    [violation] = check(path, source)
    assert rule in str(violation)
    assert str(violation).startswith(f"{path}:")


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("handlers/ask.py", "from store.conversation import load_state"),
        ("handlers/ask.py", "from vocab.messages import Reply"),
        ("bot/telegram/app.py", "from telegram.ext import Application"),
        ("bot/serve.py", "from bot.zalo import oa_serve"),
        ("store/postgres_db.py", "import asyncpg"),
    ],
)
def test_downward_imports_pass(path: str, source: str) -> None:
    """Imports that follow the layers are not reported."""
    assert check(path, source) == []
