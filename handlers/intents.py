"""The kinds of question the bot understands."""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    """What a user asks for; the routing table maps each to one answer function."""

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
