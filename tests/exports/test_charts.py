"""Charts: PNG images that decode at the expected size, captions that state the figures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from bot.context import Ctx
from handlers.charts import BarSpec, Series, draw, make_chart
from handlers.export_kinds import NoData
from handlers.export_tables import parse_span
from tests.bot.test_cli import _run
from tests.exports.conftest import Clock, registered
from tests.workflows.conftest import CHI_LANG, NHAN_LY, PROVINCE
from tests.workflows.test_cadence import local, send_monthly


def _size(png: bytes) -> tuple[int, int]:
    image = Image.open(io.BytesIO(png))
    image.load()  # decode every pixel, not just the header
    assert image.format == "PNG"
    return image.size


async def _chart(ctx: Ctx, kind: str, unit: str, period: str | None = None) -> tuple[int, str]:
    t = ctx.i18n.get("vi")
    span = parse_span(period) if period else None
    drawn = await make_chart(ctx, t, kind, ctx.gazetteer.places[unit], span, ctx.clock())
    assert _size(drawn.png) == (900, 600)
    return len(drawn.png), drawn.caption


async def test_averages_chart_states_highest_lowest_and_province(ctx: Ctx) -> None:
    """The plan's averages: Thành phố 19,00 highest, Bình Gia 10,72 lowest, province 13,38."""
    _, caption = await _chart(ctx, "averages", PROVINCE)
    assert "cao nhất Thành phố Lạng Sơn (19,00)" in caption
    assert "thấp nhất Huyện Bình Gia (10,72)" in caption and "toàn tỉnh 13,38" in caption
    assert "Phụ lục 6" in caption


async def test_averages_chart_of_a_district_uses_recorded_status(ctx: Ctx) -> None:
    """Chi Lăng: only the xã with a full recorded status are drawn, and the caption says so."""
    _, caption = await _chart(ctx, "averages", CHI_LANG)
    rows = await ctx.db.execute_fetchall(
        "SELECT unit_code, sum(met) FROM status WHERE set_code = 'ntm' AND unit_code IN"
        " (SELECT code FROM unit WHERE parent_code = ?) GROUP BY unit_code",
        (CHI_LANG,),
    )
    met = {str(u): int(m) for u, m in rows}
    assert met[NHAN_LY] == 10
    assert f"{len(met)} trên 18 xã" in caption


async def test_criteria_chart_compares_end_2022_with_the_plan(ctx: Ctx) -> None:
    """Criterion 14: 181 of 181 planned; criterion 1 gains most (+98); 8, 14, 19 unknown."""
    _, caption = await _chart(ctx, "criteria", PROVINCE)
    assert "tiêu chí 14 (181/181 xã)" in caption and "ít nhất tiêu chí 6 (76)" in caption
    assert "tiêu chí 1 (+98 xã)" in caption and "8, 14, 19" in caption
    _, district = await _chart(ctx, "criteria", CHI_LANG)
    assert "nhiều xã đạt nhất là tiêu chí 1, 3, 14, 16, 19 (18/18 xã)" in district
    assert "ít nhất tiêu chí 2, 5, 6, 10, 11, 12, 13 (10)" in district
    assert "chỉ nêu số hết năm 2022 cho toàn tỉnh" in district


async def test_completeness_chart_over_the_last_months(ctx: Ctx, clock: Clock) -> None:
    """One of Chi Lăng's 18 xã reports in November: 1/18 (5,6%), on time; nothing before."""
    official = await registered(ctx, "u-xa", "xa_official", NHAN_LY)
    clock.now = local(2023, 11, 20, 9)
    await send_monthly(official)
    _, caption = await _chart(ctx, "completeness", CHI_LANG, "2023-11")
    assert "tháng 11/2023: 1/18 xã đã báo cáo (5,6%), 1 đúng hạn" in caption
    assert "từ 0,0% lên 5,6%" in caption
    with pytest.raises(NoData):
        await _chart(ctx, "completeness", CHI_LANG, "2023-10")


def test_a_missing_glyph_fails(tmp_path: Path) -> None:
    """A character DejaVu Sans lacks raises (warnings are errors), so tests would catch it."""
    from bot.config import Settings
    from bot.i18n import I18n

    t = I18n(Settings().locales_dir, "vi").get("vi")
    spec = BarSpec("漢字", ("a",), (Series("x", (1.0,), ("1",)),), "y", "nguồn")
    with pytest.raises(UserWarning, match=r"[Gg]lyph"):
        draw(spec, t)


def test_chart_command_writes_a_png_and_prints_the_caption(tmp_path: Path) -> None:
    """`ntm-bot chart averages -o FILE.png`; a wrong extension is refused."""
    db, out = tmp_path / "c.db", tmp_path / "a.png"
    done = _run(["chart", "averages", "-o", str(out)], db)
    assert done.returncode == 0, done.stderr
    assert _size(out.read_bytes()) == (900, 600) and "13,38" in done.stdout
    refused = _run(["chart", "averages", "-o", str(tmp_path / "a.jpg")], db)
    assert refused.returncode == 2 and not (tmp_path / "a.jpg").exists()
