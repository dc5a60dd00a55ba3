"""The kinds of question the bot answers: the label a reply carries (Reply.intent)."""

from __future__ import annotations

from enum import StrEnum

from handlers.query import Measure, Query, Scope, has_no_figure


class Intent(StrEnum):
    """What a user asks for, as a reply labels it for logs, tests and benchmarks."""

    GREET = "greet"
    HELP = "help"
    XA_LACKING = "xa_lacking"
    XA_MET = "xa_met"
    XA_OVERVIEW = "xa_overview"
    AVERAGE = "average"
    CRITERION_COUNT = "criterion_count"
    CRITERION_INFO = "criterion_info"
    RANKING = "ranking"
    GROUP_MEMBERS = "group_members"
    FUNDING = "funding"
    TARGETS = "targets"
    FOLLOWUP = "followup"
    UNKNOWN = "unknown"
    COMPARE = "compare"
    COUNT = "count"
    LIST = "list"
    DISTRICT_OVERVIEW = "district_overview"
    NO_DATA = "no_data"
    TASKS = "tasks"
    REPORT_HOW = "report_how"
    ABOUT = "about"


_SIMPLE = {
    Measure.LACKING: Intent.XA_LACKING,
    Measure.MET: Intent.XA_MET,
    Measure.AVERAGE: Intent.AVERAGE,
    Measure.INFO: Intent.CRITERION_INFO,
    Measure.RANK: Intent.RANKING,
    Measure.FUNDING: Intent.FUNDING,
    Measure.TARGET: Intent.TARGETS,
    Measure.COMPARE: Intent.COMPARE,
    Measure.TASKS: Intent.TASKS,
    Measure.ABOUT: Intent.ABOUT,
    Measure.REPORT_HOW: Intent.REPORT_HOW,
    Measure.REPORT_RULES: Intent.REPORT_HOW,  # how reporting works: its rules
    Measure.HELP: Intent.HELP,
    Measure.GREET: Intent.GREET,
    Measure.FOLLOWUP: Intent.FOLLOWUP,
    Measure.UNKNOWN: Intent.UNKNOWN,
}


def intent_of(q: Query) -> Intent:
    """Name the kind of a query: the label its reply carries."""
    if has_no_figure(q):
        return Intent.NO_DATA
    if q.measure in _SIMPLE:
        return _SIMPLE[q.measure]
    if q.measure == Measure.OVERVIEW:
        commune = q.scope == Scope.COMMUNE or not q.units
        return Intent.XA_OVERVIEW if commune else Intent.DISTRICT_OVERVIEW
    if q.measure == Measure.LIST:
        return Intent.GROUP_MEMBERS if q.group else Intent.LIST
    return Intent.CRITERION_COUNT if q.criterion is not None else Intent.COUNT
