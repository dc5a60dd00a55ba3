"""Charts as PNG: plan averages, xã meeting each criterion, monthly reporting completeness.

The figures are read on the event loop; matplotlib draws in a worker thread with its object
API (Figure on an Agg canvas, no pyplot state) in DejaVu Sans, which has every Vietnamese
glyph. Each chart comes with a caption that states its main figures in words.
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from handlers.completeness import expected_communes
from handlers.export_kinds import NoData
from handlers.export_tables import Span, communes_in, month_span
from handlers.periods import Period
from store.period_reports import submissions
from store.plan import CriterionCount
from store.plan_import import PLAN
from store.status_rows import statuses_as_of
from vocab.i18n import Translator, day_text
from vocab.places import Place

if TYPE_CHECKING:
    from handlers.context import Ctx

WIDTH, HEIGHT, DPI = 9.0, 6.0, 100  # 900 x 600 pixels
FONT = "DejaVu Sans"
MONTHS = 6  # the completeness chart's months, ending with the period asked for
SET = "ntm"
COLOURS = ("#2E75B6", "#C55A11")


@dataclass(frozen=True)
class Series:
    """One set of bars: a name for the legend, values and the text written on each bar."""

    name: str
    values: tuple[float, ...]
    shown: tuple[str, ...]


@dataclass(frozen=True)
class BarSpec:
    """What to draw: labelled groups of bars, an axis label, a source line."""

    title: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    axis_label: str
    source: str
    horizontal: bool = True
    reference: tuple[str, float] | None = None


def series(t: Translator, name: str, values: list[float], digits: int = 0) -> Series:
    """Bars written with their values the reader's way (13,24; 17); NaN (unknown) as '?'."""
    shown = ["?" if math.isnan(v) else t.dec(v, digits) for v in values]
    return Series(name, tuple(values), tuple(shown))


@dataclass(frozen=True)
class Chart:
    """A drawn chart: PNG bytes, its caption in words and a file name."""

    png: bytes
    caption: str
    filename: str


async def make_chart(
    ctx: Ctx,
    t: Translator,
    kind: str,
    unit: Place,
    span: Span | None,
    now: datetime,
    criterion: int | None = None,
) -> Chart:
    """Read a chart's figures and draw it off the event loop; raise NoData when empty."""
    zone = ZoneInfo(ctx.settings.timezone)
    today = now.astimezone(zone).date()
    if kind == "averages":
        spec, caption = await _averages(ctx, t, unit, today.isoformat())
    elif kind == "criteria":
        spec, caption = _criteria(ctx, t, unit, criterion)
    elif kind == "completeness":
        spec, caption = await _completeness(ctx, t, unit, span or month_span(today), zone)
    else:
        raise LookupError(kind)
    png = await asyncio.to_thread(draw, spec, t)
    return Chart(png, caption, f"bieu-do-{kind}-{unit.code}.png")


def draw(spec: BarSpec, t: Translator) -> bytes:
    """Draw horizontal or vertical grouped bars with values, title and source; return PNG."""
    figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    count = len(spec.series)
    size = 0.8 / count
    positions = range(len(spec.labels))
    for index, bars in enumerate(spec.series):
        offsets = [p - 0.4 + size * (index + 0.5) for p in positions]
        plot = axes.barh if spec.horizontal else axes.bar
        drawn = plot(offsets, bars.values, size, label=bars.name, color=COLOURS[index % 2])
        axes.bar_label(drawn, labels=list(bars.shown), padding=2, fontsize=7, family=FONT)
    if spec.horizontal:
        axes.set_yticks(list(positions), spec.labels, fontsize=8, family=FONT)
        axes.invert_yaxis()
        axes.set_xlabel(spec.axis_label, family=FONT)
    else:
        axes.set_xticks(list(positions), spec.labels, fontsize=8, family=FONT)
        axes.set_ylabel(spec.axis_label, family=FONT)
    if spec.reference is not None:
        name, value = spec.reference
        line = axes.axvline if spec.horizontal else axes.axhline
        line(value, color="#555555", linestyle="--", linewidth=1, label=name)
    if count > 1 or spec.reference is not None:
        axes.legend(
            prop={"family": FONT, "size": 8},
            loc="lower left",
            bbox_to_anchor=(0, 1.0),
            ncols=3,
            frameon=False,
        )
    value_axis = axes.xaxis if spec.horizontal else axes.yaxis
    value_axis.set_major_formatter(
        FuncFormatter(lambda v, _pos: t.dec(v, 0 if float(v).is_integer() else 1))
    )
    axes.set_title(spec.title, family=FONT, fontsize=11, wrap=True, pad=22)
    for label in (*axes.get_xticklabels(), *axes.get_yticklabels()):
        label.set_fontfamily(FONT)
    figure.text(0.01, 0.01, spec.source, family=FONT, fontsize=7, color="#444444")
    figure.subplots_adjust(left=0.3 if spec.horizontal else 0.08, bottom=0.12, right=0.97)
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _short(label: str, limit: int = 34) -> str:
    """Cut a long axis label with an ellipsis."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


async def _averages(ctx: Ctx, t: Translator, unit: Place, as_of: str) -> tuple[BarSpec, str]:
    """The province: each district's planned average; a district: each xã's criteria met."""
    if unit.kind == "province":
        averages = ctx.plan.district_averages(SET)
        names = {p.code: p.name for p in ctx.gazetteer.places.values()}
        province = ctx.plan.average(SET, unit.code)
        labels = tuple(names.get(a.unit_code, a.unit_code) for a in averages)
        values = tuple(round(a.value, 2) for a in averages)
        source = t._("Source: {plan}, appendix 6 (2023 plan).").format(plan=PLAN)
        spec = BarSpec(
            t._("Average criteria per commune by district, 2023 plan"),
            labels,
            (series(t, t._("2023 plan"), list(values), 2),),
            t._("criteria per commune"),
            source,
            reference=(t._("province"), round(province.value, 2)),
        )
        caption = t._(
            "Average New Rural criteria per commune, 2023 plan: highest {top} ({top_value}),"
            " lowest {low} ({low_value}); the province {province}."
        ).format(
            top=labels[0],
            top_value=t.dec(values[0]),
            low=labels[-1],
            low_value=t.dec(values[-1]),
            province=t.dec(province.value),
        )
        return spec, caption + "\n" + source
    communes = communes_in(ctx.gazetteer.places.values(), unit)
    wanted = {c.code: c for c in communes}
    scope = ("district", unit.code) if unit.kind == "district" else ("unit", unit.code)
    met: dict[str, int] = {}
    async for found in statuses_as_of(ctx.db, SET, as_of, *scope):
        if found.unit_code in wanted and len(found.items) == 19:
            met[found.unit_code] = sum(1 for i in found.items if i.met)
    if not met:
        raise NoData("averages")
    ordered = sorted(met, key=lambda c: (-met[c], c))
    labels = tuple(wanted[c].name.removeprefix("Xã ") for c in ordered)
    values = tuple(float(met[c]) for c in ordered)
    mean = sum(values) / len(values)
    source = t._("Source: recorded status as of {day} (plan {plan}, imports, approved reports).")
    source = source.format(day=day_text(datetime.fromisoformat(as_of)), plan=PLAN)
    spec = BarSpec(
        t._("Criteria met per commune, {unit}").format(unit=unit.name),
        labels,
        (series(t, t._("criteria met"), list(values)),),
        t._("criteria met (of 19)"),
        source,
        reference=(t._("average"), round(mean, 2)),
    )
    caption = t._(
        "{unit}: {n} of {total} communes have a recorded status on all 19 criteria; they meet"
        " {mean} criteria on average, most {top} ({top_value}), fewest {low} ({low_value})."
    ).format(
        unit=unit.name,
        n=len(values),
        total=len(communes),
        mean=t.dec(mean),
        top=labels[0],
        top_value=int(values[0]),
        low=labels[-1],
        low_value=int(values[-1]),
    )
    return spec, caption + "\n" + source


def _criteria(
    ctx: Ctx, t: Translator, unit: Place, asked: int | None = None
) -> tuple[BarSpec, str]:
    """Xã meeting each criterion: end of 2022 against the 2023 plan (the province)."""
    place = unit
    if unit.kind not in ("province", "district"):
        place = ctx.gazetteer.places.get(unit.parent_code or "", unit)
    counts = [ctx.plan.criterion_count(SET, n, place.code) for n in range(1, 20)]
    labels = tuple(
        _short(f"{c.criterion}. {ctx.plan.criterion_detail(SET, c.criterion).name}")
        for c in counts
    )
    planned = tuple(float(c.planned) for c in counts)
    bars: list[Series] = []
    unknown = [c.criterion for c in counts if c.added is None]
    has_before = place.kind == "province" and len(unknown) < len(counts)
    if has_before:
        before = [float("nan") if c.added is None else float(c.planned - c.added) for c in counts]
        bars.append(series(t, t._("end of 2022"), before))
    bars.append(series(t, t._("2023 plan"), list(planned)))
    source = t._("Source: {plan}, appendix 6 and section I.2.").format(plan=PLAN)
    spec = BarSpec(
        t._("Communes meeting each criterion, {unit} ({n} communes)").format(
            unit=place.name, n=counts[0].of_total
        ),
        labels,
        tuple(bars),
        t._("communes"),
        source,
    )
    most = max(c.planned for c in counts)
    least = min(c.planned for c in counts)
    caption = t._(
        "{unit}, 2023 plan: most communes meet criterion {top} ({top_n} of {total}), fewest"
        " criterion {low} ({low_n})."
    ).format(
        unit=place.name,
        top=", ".join(str(c.criterion) for c in counts if c.planned == most),
        top_n=most,
        total=counts[0].of_total,
        low=", ".join(str(c.criterion) for c in counts if c.planned == least),
        low_n=least,
    )
    if has_before:
        gains = sorted(counts, key=lambda c: (-(c.added or 0), c.criterion))
        caption += " " + t._(
            "Against the end of 2022 the plan adds most to criterion {n} (+{added} communes)."
        ).format(n=gains[0].criterion, added=gains[0].added)
        if unknown:
            caption += " " + t._(
                "The plan gives no end-2022 figure for criteria {numbers}."
            ).format(numbers=", ".join(str(n) for n in unknown))
    else:
        caption += " " + t._("The plan gives the end-2022 figures for the province only.")
    one = next((c for c in counts if c.criterion == asked), None)
    if one is not None:
        caption = _one_criterion(ctx, t, one) + "\n" + caption
    return spec, caption + "\n" + source


def _one_criterion(ctx: Ctx, t: Translator, count: CriterionCount) -> str:
    """'Criterion 17 (Môi trường…): end of 2022 80 communes, 2023 plan 90 of 181.'"""
    name = ctx.plan.criterion_detail(SET, count.criterion).name
    if count.added is None:
        return t._("Criterion {n} ({name}): 2023 plan {planned} of {total} communes.").format(
            n=count.criterion, name=name, planned=count.planned, total=count.of_total
        )
    return t._(
        "Criterion {n} ({name}): end of 2022 {before} communes, 2023 plan {planned} of {total}."
    ).format(
        n=count.criterion,
        name=name,
        before=count.planned - count.added,
        planned=count.planned,
        total=count.of_total,
    )


async def _completeness(
    ctx: Ctx, t: Translator, unit: Place, span: Span, zone: ZoneInfo
) -> tuple[BarSpec, str]:
    """Reported and on time, in percent of the unit's xã, over the last months."""
    last = span.months()[-1]
    months: list[Period] = [last]
    while len(months) < MONTHS:
        months.insert(0, months[0].previous())
    reported: list[int] = []
    on_time: list[int] = []
    totals: list[int] = []  # the xã expected each month (the units of that month)
    for month in months:
        communes = expected_communes(ctx, month, unit)
        totals.append(len(communes))
        done = await submissions(ctx.db, "monthly", month.code)
        mine = [s for code, s in done.items() if code in communes]
        reported.append(len(mine))
        on_time.append(
            sum(
                1
                for s in mine
                if datetime.fromisoformat(s.first_at).astimezone(zone).date() <= month.due
            )
        )
    if not any(reported):
        raise NoData("completeness")
    total = totals[-1]

    def shares(name: str, counts: list[int]) -> Series:
        pairs = list(zip(counts, totals, strict=True))
        values = tuple(100 * n / (of or 1) for n, of in pairs)
        return Series(name, values, tuple(t.pct(n, of or 1) for n, of in pairs))

    labels = tuple(f"{m.number:02d}/{m.year}" for m in months)
    source = t._("Source: monthly reports received by the bot; {n} communes expected.").format(
        n=total
    )
    spec = BarSpec(
        t._("Monthly reports received, {unit}").format(unit=unit.name),
        labels,
        (shares(t._("reported"), reported), shares(t._("on time"), on_time)),
        t._("% of communes"),
        source,
        horizontal=False,
    )
    caption = t._(
        "{unit}, {period}: {reported} of {total} communes reported ({pct}), {on_time} on time."
        " Over the last {n} months the share went from {first} to {last}."
    ).format(
        unit=unit.name,
        period=last.label(t),
        reported=reported[-1],
        total=total,
        pct=t.pct(reported[-1], total),
        on_time=on_time[-1],
        n=MONTHS,
        first=t.pct(reported[0], total),
        last=t.pct(reported[-1], total),
    )
    return spec, caption + "\n" + source
