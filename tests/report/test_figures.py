"""Figure review: every figure of ``plots`` drawn for the awkward cases (no projects, one, all
values equal, values missing, 500 and 2,000 projects) in Finnish and English, and read as a
reviewer reads it, through the renderer: no tick label runs into another, every number is in
the language's style, counts have whole ticks, every word comes from the catalogue in the
figure's language, legends keep off the data, text stays legible at a Word column's width, the
size is bounded, and ``shown``/``total`` say what was drawn. The checks are proved on figures
built to fail them.
"""

from __future__ import annotations

import base64
import functools
import io
import re

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from figure_tables import FIGURES, tables
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.text import Text
from PIL import Image

from analyysi.analyses.covid import CATEGORIES, COVID_ERAS, PANDEMIC_END, PANDEMIC_START
from analyysi.catalogue import LANGUAGES, MESSAGES
from analyysi.report import plots
from analyysi.report.axes import LanguageFormatter
from analyysi.report.display import FIGURE_DPI, PAGE_DPI, Report, save_figure

CM = 1 / 2.54
COLUMN = 16 * CM  # inches: where an author places a figure in a Word report
LEGIBLE_PT = 7  # the smallest text at that width
MAX_PIXELS = (round(16 * CM * FIGURE_DPI) + 1, round(24 * CM * FIGURE_DPI) + 1)  # 16 × 24 cm

CASES = {  # name: (projects, kind)
    "none": (0, "varied"),
    "one": (1, "varied"),
    "equal": (5, "equal"),
    "missing": (60, "missing"),
    "many": (500, "varied"),
}


@functools.cache
def case(name: str):
    count, kind = CASES[name] if name in CASES else (int(name), "varied")
    return tables(count, kind)


def draw(figure: str, case_name: str, lang: str) -> plots.Chart:
    return FIGURES[figure](case(case_name), lang)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


# --- what a reviewer checks -------------------------------------------------------------

_FI_NUMBER = r"-?\d{1,3}(?:\u00a0\d{3})*(?:,\d+)?"
_EN_NUMBER = r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?"
STYLE = {  # the tick labels of each kind of axis, per language
    ("count", "fi"): r"-?\d{1,3}(?:\u00a0\d{3})*",
    ("count", "en"): r"-?\d{1,3}(?:,\d{3})*",
    ("percent", "fi"): rf"{_FI_NUMBER}\u00a0%",
    ("percent", "en"): rf"{_EN_NUMBER}%",
    ("euro", "fi"): rf"{_FI_NUMBER}(?:\u00a0milj\.\u00a0€)?",
    ("euro", "en"): rf"{_EN_NUMBER}|-?€{_EN_NUMBER} million",
    ("date", "fi"): r"\d{4}|\d{1,2}\.\d{1,2}\.\d{4}",
    ("date", "en"): r"\d{4}|\d{1,2} [A-Z][a-z]{2,3} \d{4}",  # en_GB: "1 Sept 2019"
}
LOOKS_NUMERIC = re.compile(r"[-−+\d\s\u00a0.,%€]+")
PROJECT_CODES = re.compile(r"[A-Z]\d{5,9}(?:, [A-Z]\d{5,9})*")


def drawn_tick_labels(axis) -> list[Text]:
    """The tick labels the renderer drew: visible, not empty, at a tick inside the view."""
    low, high = sorted(axis.get_view_interval())
    slack = 1e-9 * max(high - low, 1)
    labels = []
    for ticks, locs in (
        (axis.get_major_ticks(), axis.get_majorticklocs()),
        (axis.get_minor_ticks(), axis.get_minorticklocs()),
    ):
        for tick, loc in zip(ticks, locs, strict=False):
            if low - slack <= loc <= high + slack:
                labels += [
                    label
                    for label in (tick.label1, tick.label2)
                    if label.get_visible() and label.get_text().strip()
                ]
    return labels


def _overlap(a, b) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5


def overlapping_ticks(fig: Figure) -> list[str]:
    renderer = fig.canvas.get_renderer()
    problems = []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            labels = drawn_tick_labels(axis)
            boxes = [label.get_window_extent(renderer) for label in labels]
            for i in range(len(boxes)):
                for j in range(i + 1, len(boxes)):
                    if _overlap(boxes[i], boxes[j]):
                        problems.append(
                            f"{axis.axis_name}: {labels[i].get_text()!r} runs into "
                            f"{labels[j].get_text()!r}"
                        )
    return problems


def _catalogue_words(lang: str) -> set[str]:
    words = set()
    for message in MESSAGES.values():
        forms = message[lang]
        for form in forms.values() if isinstance(forms, dict) else [forms]:
            if "{" not in form:
                words.add(" ".join(form.split()))
    return words


def foreign_text(fig: Figure, lang: str) -> list[str]:
    """Tick labels of a measured axis not in the language's style; other text that is neither
    a number in that style, nor project codes, nor words of the catalogue in ``lang``."""
    words, problems = _catalogue_words(lang), []
    ticks: set[int] = set()  # tick labels, drawn or not, are checked here and only here
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                ticks.update((id(tick.label1), id(tick.label2)))
            formatter = axis.get_major_formatter()
            for label in drawn_tick_labels(axis):
                shown = label.get_text()
                if not isinstance(formatter, LanguageFormatter):
                    if LOOKS_NUMERIC.fullmatch(shown):
                        problems.append(f"number {shown!r} on an axis that does not say its unit")
                    elif not (" ".join(shown.split()) in words or PROJECT_CODES.fullmatch(shown)):
                        problems.append(f"tick {shown!r} is not {lang} text of the catalogue")
                elif not re.fullmatch(STYLE[formatter.kind, lang], shown):
                    problems.append(f"{formatter.kind} tick {shown!r} is not {lang} style")
    for artist in fig.findobj(Text):
        shown = " ".join(artist.get_text().split())
        if id(artist) in ticks or not shown or not artist.get_visible():
            continue
        if not (
            shown in words
            or PROJECT_CODES.fullmatch(shown)
            or re.fullmatch(STYLE["count", lang], artist.get_text().strip())
        ):
            problems.append(f"{shown!r} is not {lang} text of the catalogue")
    return problems


def repeated_ticks(fig: Figure) -> list[str]:
    """Two ticks of one axis that read alike (0 and 0 a few cents apart), or a minus zero."""
    problems = []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            shown = [label.get_text() for label in drawn_tick_labels(axis)]
            problems += [f"{axis.axis_name}: {t!r} twice" for t in set(shown) if shown.count(t) > 1]
            problems += [
                f"minus zero {t!r}" for t in shown if re.match(r"[-−]0(?![,.]?\d*[1-9])", t)
            ]
    return problems


def fractional_counts(fig: Figure) -> list[str]:
    problems = []
    for ax in fig.axes:
        for axis in (ax.xaxis, ax.yaxis):
            formatter = axis.get_major_formatter()
            if isinstance(formatter, LanguageFormatter) and formatter.kind == "count":
                low, high = sorted(axis.get_view_interval())
                locs = [v for v in axis.get_majorticklocs() if low <= v <= high]
                problems += [f"count tick at {v}" for v in locs if v != round(v)]
    return problems


def legends_over_data(fig: Figure) -> list[str]:
    renderer = fig.canvas.get_renderer()
    return [
        f"legend over the data of {ax}"
        for ax in fig.axes
        if ax.get_legend() is not None
        and _overlap(ax.get_legend().get_window_extent(renderer), ax.get_window_extent(renderer))
    ]


def saved_inches(fig: Figure) -> tuple[float, float]:
    """Width and height as saved (``bbox_inches="tight"``)."""
    box = fig.get_tightbbox(fig.canvas.get_renderer())
    return box.width, box.height


def small_text(fig: Figure) -> list[str]:
    """Text under 7 pt once the saved figure is placed 16 cm wide."""
    scale = COLUMN / saved_inches(fig)[0]
    return [
        f"{t.get_text()!r} at {t.get_fontsize() * scale:.1f} pt"
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip() and t.get_fontsize() * scale < LEGIBLE_PT
    ]


def oversized(fig: Figure) -> list[str]:
    width, height = (round(v * FIGURE_DPI) for v in saved_inches(fig))
    if width > MAX_PIXELS[0] or height > MAX_PIXELS[1]:
        return [f"{width} × {height} px at {FIGURE_DPI} dpi"]
    return []


def review(chart: plots.Chart, lang: str) -> list[str]:
    fig = chart.figure
    fig.canvas.draw()
    return [
        *overlapping_ticks(fig),
        *foreign_text(fig, lang),
        *repeated_ticks(fig),
        *fractional_counts(fig),
        *legends_over_data(fig),
        *small_text(fig),
        *oversized(fig),
    ]


# --- every figure, every case, both languages -------------------------------------------


# A card's funding bars are of one project (test_funding_bars_draw_one_project_only).
DRAWN = [
    (figure, name)
    for figure in FIGURES
    for name, (count, _) in CASES.items()
    if figure != "funding_bars" or count <= 1
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("figure", "case_name"), DRAWN)
def test_every_figure_passes_review(figure, case_name, lang):
    chart = draw(figure, case_name, lang)
    assert review(chart, lang) == []
    assert chart.alt and set(MESSAGES[chart.alt]) == set(LANGUAGES)
    assert 0 <= chart.shown <= chart.total
    assert (chart.shown < chart.total) <= bool(chart.note), "the note says what is left out"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("figure", [f for f in FIGURES if f != "funding_bars"])
def test_size_is_bounded_at_2000_projects(figure, lang):
    chart = draw(figure, "2000", lang)
    assert oversized(chart.figure) == []
    assert overlapping_ticks(chart.figure) == [] and chart.total == 2000


def test_funding_bars_draw_one_project_only():
    two = tables(2).funding.assign(project_code=["S1", "S1", "S2", "S2"])
    with pytest.raises(ValueError, match="draws one project; got 2"):
        plots.funding_bars(two, "en")
    card = plots.funding_bars(tables(1).funding.drop(columns="project_code"), "fi")  # a card's
    assert (card.shown, card.total, card.note) == (1, 1, "")
    nothing = plots.funding_bars(tables(0).funding, "fi")  # a project without amounts
    assert (nothing.shown, nothing.total) == (0, 1) and "puuttuu: 1" in nothing.note


# --- shown and total say what was drawn --------------------------------------------------


@pytest.mark.parametrize("case_name", CASES)
def test_counts_of_the_per_project_figures(case_name):
    made = case(case_name)
    known_periods = made.projects.dropna(subset=["planned_start", "planned_end"])
    both = made.realisation.dropna(subset=["planned_public_eur", "realised_public_eur"])
    unspent = made.realisation["unspent_public_eur"].notna().sum()
    in_pandemic = (known_periods["planned_start"] <= PANDEMIC_END) & (
        known_periods["planned_end"] >= PANDEMIC_START
    )
    era_codes = made.exposure.loc[made.exposure["era"].isin(COVID_ERAS), "project_code"]
    expected = {
        "project_periods": len(known_periods),
        "realisation_dumbbell": len(both),
        "unspent_bars": min(unspent, plots.MAX_ROWS),
        "covid_timelines": int(in_pandemic.sum()),
        "category_heatmap": min(len(era_codes), plots.MAX_ROWS),
    }
    for figure, shown in expected.items():
        chart = draw(figure, case_name, "en")
        assert (chart.shown, chart.total) == (shown, len(made.projects)), figure


def test_a_project_outside_the_pandemic_is_left_out_and_counted():
    made = case("many")
    chart = plots.category_heatmap(made.evidence, made.exposure.head(30), CATEGORIES, "fi")
    outside = made.exposure.head(30)["era"].isin(["pre_covid", "post_covid"]).sum()
    drawn = {label.get_text() for label in chart.figure.axes[0].get_yticklabels()}
    eras = made.exposure.set_index("project_code")["era"]
    assert outside and drawn and all(eras[code] in COVID_ERAS for code in drawn)
    assert chart.total == 30 and chart.shown == 30 - outside
    assert f": {outside} (eivät kuviossa)" in chart.note
    timelines = plots.covid_timelines(made.projects.head(30), made.timeline, "en")
    ax = timelines.figure.axes[0]
    assert len(ax.get_yticklabels()) == timelines.shown
    for bar in ax.containers[0]:  # each bar overlaps the pandemic
        start, end = mdates.num2date(bar.get_x()), mdates.num2date(bar.get_x() + bar.get_width())
        assert start.date() <= PANDEMIC_END.date() and end.date() >= PANDEMIC_START.date()


def test_missing_is_marked_not_drawn_as_zero():
    made = case("missing")
    chart = plots.achievement_bars(made.outcome, "fi")
    marked = [t for t in chart.figure.findobj(Text) if t.get_text().strip() == "ei tiedossa"]
    rows = len(chart.figure.axes[0].get_yticklabels())
    assert marked and rows - len(marked) == chart.shown  # the marked are not counted as shown
    assert f"ei ole tiedossa: {len(marked)};" in chart.note
    bars = plots.funding_bars(made.funding, "en")
    missing = int(made.funding["amount_eur"].isna().sum())
    texts = [t.get_text().strip() for t in bars.figure.findobj(Text)]
    assert missing and texts.count("not known") == missing
    widths = sorted(p.get_width() for c in bars.figure.axes[0].containers for p in c)
    assert widths == [0] * missing + sorted(made.funding["amount_eur"].dropna())


def test_over_the_row_limit_the_largest_are_shown_and_the_note_says_so():
    made = case("many")
    chart = plots.unspent_bars(made.realisation, "en")
    drawn = [label.get_text() for label in chart.figure.axes[0].get_yticklabels()]
    largest = made.realisation.assign(size=made.realisation["unspent_public_eur"].abs())
    largest = largest.nlargest(plots.MAX_ROWS, "size")["project_code"]
    assert sorted(drawn) == sorted(largest) and len(drawn) == plots.MAX_ROWS
    assert "largest unspent or overspent" in chart.note and chart.total == 500


# --- the distribution: bins within the bands ---------------------------------------------

BAND_EDGES = (0.5, 0.8, 1.0)


def bins_of(chart: plots.Chart) -> list[tuple[float, float, float]]:
    bars = [c for c in chart.figure.axes[0].containers if isinstance(c, BarContainer)]
    return [(p.get_x(), p.get_x() + p.get_width(), p.get_height()) for c in bars for p in c]


@pytest.mark.parametrize("case_name", CASES)
def test_no_bin_crosses_a_band_edge(case_name):
    chart = draw("realisation_distribution", case_name, "fi")
    width = plots.bin_width(chart.shown)
    for left, right, _ in bins_of(chart):
        assert not any(left + 1e-9 < edge < right - 1e-9 for edge in BAND_EDGES)
        assert abs(left / width - round(left / width)) < 1e-6
    assert sum(height for *_, height in bins_of(chart)) == chart.shown


def test_each_ratio_falls_in_the_bin_of_its_band():
    # 100 % is in 80–100 % (as funding.realisation_band has it); just over is in the next bin.
    ratios = pd.Series([0.4999, 0.5, 0.8, 0.887, 0.9, 0.95, 1.0, 1.0001, 1.1, 2.5, None])
    chart = plots.realisation_distribution(ratios, "en")
    counted = {(round(left, 2), round(right, 2)): h for left, right, h in bins_of(chart) if h}
    assert counted == {(0.4, 0.5): 1, (0.5, 0.6): 1, (0.8, 0.9): 2, (0.9, 1.0): 3, (1.0, 1.1): 2}
    assert (chart.shown, chart.total) == (9, 11)  # 250 % is beyond the axis, one unknown
    assert "above 200%: 1" in chart.note and "data: 1" in chart.note


def test_the_axis_reads_in_percent():
    chart = draw("realisation_distribution", "many", "fi")
    chart.figure.canvas.draw()
    ticks = [t.get_text() for t in drawn_tick_labels(chart.figure.axes[0].xaxis)]
    assert "100\u00a0%" in ticks and all(t.endswith("\u00a0%") for t in ticks)


# --- the checks catch what they are for --------------------------------------------------


def _bad_euro_figure() -> plots.Chart:
    """The euro axis as it was: default tick labels every 10,000 € on a narrow figure."""
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.barh(["S1", "S2"], [60_000, 160_000])
    ax.set_xticks(np.arange(0, 170_000, 10_000))
    return plots.Chart(fig, 2, 2)


def test_the_review_catches_a_bad_figure():
    chart = _bad_euro_figure()
    chart.figure.canvas.draw()
    overlaps = overlapping_ticks(chart.figure)
    assert overlaps and any("'100000'" in p for p in overlaps)
    assert any("number '100000'" in p for p in foreign_text(chart.figure, "fi"))


def test_the_review_catches_half_counts_foreign_words_and_covered_data():
    fig, ax = plt.subplots(figsize=(COLUMN, 3))
    ax.bar([0, 1], [1, 4], label="planned")  # English on a Finnish figure
    ax.yaxis.set_major_formatter(LanguageFormatter("count", "fi"))  # ticks at 0.5 remain
    ax.xaxis.set_major_formatter(LanguageFormatter("percent", "fi"))
    ax.legend(loc="upper left")  # over the bars
    ax.text(0, 2, "tiny", fontsize=4)
    fig.canvas.draw()
    assert any("'0' twice" in p for p in repeated_ticks(fig))  # 0, 0.5, 1 … written whole
    assert any("count tick at 0.5" in p for p in fractional_counts(fig))
    assert any("'planned' is not fi text" in p for p in foreign_text(fig, "fi"))
    assert any("'tiny'" in p for p in small_text(fig))
    assert legends_over_data(fig)
    ax.xaxis.set_major_formatter(LanguageFormatter("percent", "en"))  # 50% on a Finnish figure
    fig.canvas.draw()
    assert any("percent tick '50%' is not fi style" in p for p in foreign_text(fig, "fi"))


def test_the_size_check_catches_a_figure_that_grows_with_projects():
    fig, _ = plt.subplots(figsize=(7, 0.45 * 300 + 1))  # one row per project, as it was
    fig.canvas.draw()
    assert oversized(fig)


# --- saving: drawn once, the page image from the same pixels, SVG stable -----------------


def test_saved_once_per_format_and_the_page_image_is_the_png_scaled(tmp_path, monkeypatch):
    calls = []
    original = Figure.savefig

    def counting(fig, target, **options):
        calls.append(options.get("format") or str(target).rsplit(".", 1)[-1])
        return original(fig, target, **options)

    monkeypatch.setattr(Figure, "savefig", counting)
    shown = []
    monkeypatch.setattr("analyysi.report.display._show", shown.append)
    report = Report("r", "fi", tmp_path)
    made = case("many")
    report.figure(plots.unspent_bars(made.realisation, "fi"), "unspent")
    assert sorted(calls) == ["rgba", "svg"]  # the pixels (the PNG is written from them)
    png = Image.open(tmp_path / "figures" / "r--unspent.png")
    assert round(png.info["dpi"][0]) == FIGURE_DPI
    assert png.width <= MAX_PIXELS[0] and png.height <= MAX_PIXELS[1]
    data = re.search(r'src="data:image/png;base64,([^"]+)"', shown[0]).group(1)
    page = Image.open(io.BytesIO(base64.b64decode(data)))
    assert page.width == round(png.width * PAGE_DPI / FIGURE_DPI)
    # an opaque figure's page image is RGB: the very pixels of the RGBA PNG scaled down
    scaled = png.resize(page.size, Image.Resampling.LANCZOS)
    assert page.mode == "RGB" and page.tobytes() == scaled.convert("RGB").tobytes()
    # the caption counts and notes what is left out; the alt text carries the note too
    assert "Kuviossa hankkeita 40, kaikkiaan 500." in shown[0]
    assert shown[0].count("Kuvion rivit ovat ne 40 hanketta") == 2


@pytest.mark.parametrize("figure", list(FIGURES))
def test_one_layout_for_both_files_and_the_png_is_savefigs_own(figure, tmp_path, monkeypatch):
    name = "one" if figure == "funding_bars" else "missing"
    expected = io.BytesIO()
    draw(figure, name, "fi").figure.savefig(
        expected, format="png", dpi=FIGURE_DPI, bbox_inches="tight"
    )
    layouts = []
    original = ConstrainedLayoutEngine.execute
    monkeypatch.setattr(
        ConstrainedLayoutEngine, "execute", lambda e, f: layouts.append(f) or original(e, f)
    )
    png, pixels = save_figure(draw(figure, name, "fi").figure, tmp_path / "f.svg")
    assert png == expected.getvalue()
    assert pixels.tobytes() == Image.open(io.BytesIO(png)).tobytes()
    assert len(layouts) == 1
    svg = (tmp_path / "f.svg").read_text(encoding="utf-8")
    width, height = (
        float(v) for v in re.search(r'width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups()
    )
    image = Image.open(io.BytesIO(png))
    assert abs(width / 72 * FIGURE_DPI - image.width) <= 1
    assert abs(height / 72 * FIGURE_DPI - image.height) <= 1


def test_pixels_of_an_unexpected_size_fall_back_to_the_png(tmp_path, monkeypatch):
    expected = io.BytesIO()
    draw("unspent_bars", "missing", "fi").figure.savefig(
        expected, format="png", dpi=FIGURE_DPI, bbox_inches="tight"
    )
    original = Figure.savefig

    def padded(fig, target, **options):  # raw pixels one byte longer than the box
        original(fig, target, **options)
        if options.get("format") == "rgba":
            target.write(b"\0")

    monkeypatch.setattr(Figure, "savefig", padded)
    png, pixels = save_figure(draw("unspent_bars", "missing", "fi").figure, tmp_path / "f.svg")
    assert png == expected.getvalue()
    assert pixels.tobytes() == Image.open(io.BytesIO(png)).tobytes()


def test_svg_is_the_same_on_a_rerun(tmp_path, monkeypatch):
    monkeypatch.setattr("analyysi.report.display._show", lambda markup: None)
    made = case("missing")
    for run in ("a", "b"):
        report = Report("r", "en", tmp_path / run)
        report.figure(plots.covid_timelines(made.projects, made.timeline, "en"), "timelines")
    first, second = ((tmp_path / r / "figures" / "r--timelines.svg").read_bytes() for r in "ab")
    assert first == second and b"<dc:date>" not in first
