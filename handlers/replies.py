"""Shared pieces of replies: unit labels, criteria lines, sources, plan flags."""

from __future__ import annotations

from collections.abc import Iterable

from store.plan_import import PLAN
from vocab.i18n import Translator
from vocab.places import COMMUNE_KINDS, Place, bare_name


def unit_label(place: Place) -> str:
    """Name a unit with its district when it is a commune: 'Xã Mẫu Sơn (Huyện Cao Lộc)'."""
    if place.kind in COMMUNE_KINDS and place.parent_name:
        return f"{place.name} ({place.parent_name})"
    return place.name


def criteria_lines(numbers: Iterable[int], names: dict[int, str]) -> str:
    """List criteria one a line, by number and name."""
    return "\n".join(f"• {n}. {names.get(n, '?')}" for n in numbers)


def numbers_text(numbers: Iterable[int | str]) -> str:
    """Join criterion numbers: '2, 4, 5'."""
    return ", ".join(str(n) for n in numbers)


def set_label(t: Translator, set_code: str) -> str:
    """Name a criteria set in the reader's language."""
    labels = {
        "ntm": t._("New Rural (NTM) criteria for communes"),
        "nang_cao": t._("advanced NTM (nâng cao) criteria"),
        "kieu_mau": t._("model NTM (kiểu mẫu) conditions"),
        "huyen": t._("district NTM criteria"),
        "ntm_2026": t._("NTM criteria for communes 2026-2030 (QĐ 51/2025/QĐ-TTg)"),
    }
    return labels.get(set_code, set_code)


def met_word(t: Translator, met: bool | None) -> str:
    """'met' / 'not met' / 'unknown' in the reader's language."""
    if met is None:
        return t._("unknown")
    return t._("met") if met else t._("not met")


def criterion_text(t: Translator, name: str | None, set_code: str, number: int) -> str:
    """'criterion 2 (Giao thông), New Rural (NTM) criteria for communes'."""
    return t._("criterion {n} ({name}), {set}").format(
        n=number, name=name or "?", set=set_label(t, set_code)
    )


def plan_source(t: Translator, appendix: int | str) -> str:
    """Say that a figure comes from the 2023 plan's appendix."""
    return t._("Source: plan {plan}, appendix {appendix} (2023 plan).").format(
        plan=PLAN, appendix=appendix
    )


def flag_note(t: Translator, flag: str) -> str:
    """Explain one importer flag on a plan row in words."""
    kind, _, detail = flag.partition(":")
    if kind == "target_already_met":
        return t._("the plan lists criterion {item} both as met and as a 2023 target").format(
            item=detail
        )
    if kind == "target_item_unclear":
        return t._(
            "the plan's target '{item}' is a sub-indicator or unclear; kept as printed"
        ).format(item=detail)
    if kind == "met_item_unclear":
        return t._("the plan's entry '{item}' among the met criteria is unclear").format(
            item=detail
        )
    if kind == "met_list_omitted_count_is_full_set":
        return t._("the plan gives the count only (all criteria met), not the list")
    if kind.startswith("met_count_"):
        count, listed = kind.removeprefix("met_count_").split("_but_lists_")
        return t._("the plan counts {count} criteria met but lists {listed}").format(
            count=count, listed=listed
        )
    if kind.startswith("target_count_"):
        count, listed = kind.removeprefix("target_count_").split("_but_lists_")
        return t._("the plan counts {count} targets but lists {listed} items").format(
            count=count, listed=listed
        )
    if kind.startswith("met_differs_from_appendix_"):
        return t._("this row's met criteria differ from appendix {n}").format(
            n=kind.rsplit("_", 1)[1]
        )
    return flag


def place_short(place: Place) -> str:
    """A unit's bare name, for buttons: 'Mẫu Sơn (Cao Lộc)'."""
    if place.parent_name and place.kind in COMMUNE_KINDS:
        return f"{bare_name(place.name)} ({bare_name(place.parent_name)})"
    return place.name
