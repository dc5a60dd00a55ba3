"""A fresh table of questions as xã officials and leaders type them, with what a reply must say.

The rows are split by topic (by_topic.py), those found by probing (probed.py), those typed as
xã and district officials type on phones (officials.py: chatty, teencode, Telex leftovers,
criteria by number in every way, reorganisations, reporting, 2026-2030, follow-ups) and leaders'
quick lookups (leaders.py: averages, counts, shares, rankings, comparisons, groups, compound
messages, abbreviations, English), messages as phone keyboards deliver them across every
kind of question (phones.py: one or two typing styles a row), and the last message of short
chats (dialogues.py: follow-ups, corrections, pointing back, asking for more, thanks between
questions, 'xã em'), one question naming each unit of 2023 and of today (names.py), and the
monthly reporting cadence (reporting.py: due days, sending, content, approval, late and
corrected reports, who has not reported by the month's units, reminders, registration codes,
status statements and typed reports against questions), and the province's NTM office and
departments looking figures up for reports (province.py: a criterion across districts, xã below
N, groups, I.2 targets and funding, comparisons, rankings, a sở's own criterion, charts and
exports in words, district figures after the 2025 reorganisation), and a month of traffic
written before it was run (month.py: every kind of user in rough real proportions), the two
extremes of typing (terse.py: one or two words, long voice-typed messages) and the officials of
today's units (newxa.py: their xã's predecessors, the 2026-2030 set, reporting as a new unit).
Written apart from the tables the parser was built on (no text folds to one of theirs; the test
checks it): phone typing with and without diacritics, abbreviations (tc, nc, bq, h., x., bn,
ko/k/hok, đc, j), slips, missing spaces, polite forms, English mixed in, follow-ups.

Each row states what a correct reply contains: its intent label (alternatives joined by "|")
and facts that must appear in its text. Every figure is taken from the plan as transcribed
(store/data/kh18_2023 and the section files; the seed's appendix is named in the comment),
never from the bot. District sizes are appendix 6's "Cộng" ÷ its average (e.g. Cao Lộc 236 ÷
11.80 = 20 xã). Units since 1 July 2025 come from store/data/langson_2025_old_to_new.csv.
"""

from __future__ import annotations

from tests.handlers.fresh.by_topic import BY_TOPIC
from tests.handlers.fresh.dialogues import ROWS as DIALOGUES
from tests.handlers.fresh.leaders import ROWS as LEADERS
from tests.handlers.fresh.month import ROWS as MONTH
from tests.handlers.fresh.names import ROWS as NAMES
from tests.handlers.fresh.newxa import ROWS as NEWXA
from tests.handlers.fresh.officials import ROWS as OFFICIALS
from tests.handlers.fresh.phones import ROWS as PHONES
from tests.handlers.fresh.probed import PROBED
from tests.handlers.fresh.province import ROWS as PROVINCE
from tests.handlers.fresh.reporting import ROWS as REPORTING
from tests.handlers.fresh.row import F
from tests.handlers.fresh.terse import ROWS as TERSE
from tests.handlers.fresh.today_units import ROWS as TODAY_UNITS
from tests.handlers.fresh.week import ROWS as WEEK

FRESH: tuple[F, ...] = (
    BY_TOPIC
    + PROBED
    + OFFICIALS
    + LEADERS
    + WEEK
    + TODAY_UNITS
    + PHONES
    + DIALOGUES
    + NAMES
    + REPORTING
    + MONTH
    + PROVINCE
    + TERSE
    + NEWXA
)

__all__ = ["FRESH", "F"]
