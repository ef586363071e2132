"""Charts for the lead's dashboard as server-rendered SVG: the geometry is worked out here, in Python, and the
templates under ``cohorts/includes/chart_*.html`` draw it. No script, no third-party library, nothing inline that
the Content Security Policy forbids: colours are SVG presentation attributes.

Every chart has a text alternative (``title`` and ``description``, read out through ``role="img"`` and
``aria-labelledby``) and the page shows the same numbers in a table beside it. Colours are from the GOV.UK palette
and each has at least 3:1 contrast with the white background (WCAG 1.4.11); neighbouring bar segments are parted
by a white gap and "in progress" is hatched, so no reading depends on telling colours apart.
"""

from dataclasses import dataclass, field
from datetime import date

from django.utils import dateformat

GREEN = "#00703c"  # 5.9:1 on white
BLUE = "#1d70b8"  # 5.2:1 on white
RED = "#d4351c"  # 4.5:1 on white
GREY = "#505a5f"  # 7.0:1 on white
BLACK = "#0b0c0c"
WHITE = "#ffffff"


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    colour: str
    hatched: bool = False  # white diagonal stripes over the colour
    outlined: bool = False  # the empty remainder of the bar: white with a grey outline


@dataclass
class Segment:
    x: float
    width: float
    series: Series
    value: int


@dataclass
class Bar:
    label: str
    label_y: float
    y: float
    segments: list[Segment]
    track_width: float


@dataclass
class BarChart:
    id: str
    title: str
    description: str
    series: list[Series]
    bars: list[Bar]
    width: int
    height: int
    bar_height: int
    bar_width: int

    @property
    def hatched(self) -> list[Series]:
        return [series for series in self.series if series.hatched]


def stacked_bar_chart(
    *, id: str, title: str, rows: list[tuple[str, list[int]]], series: list[Series], total: int, unit: str
) -> BarChart:
    """One horizontal bar per row, split by ``series`` (values in the same order), each bar ``total`` long.

    The row's label sits above its bar, so the chart stays readable when it is scaled down on a narrow screen.
    """
    width, bar_height, row_height, label_height = 400, 22, 58, 24
    bars = []
    for index, (label, values) in enumerate(rows):
        top = index * row_height
        x = 0.0
        segments = []
        for value, one in zip(values, series, strict=True):
            share = width * value / total if total else 0
            if value:
                segments.append(Segment(x=round(x, 2), width=round(share, 2), series=one, value=value))
            x += share
        bars.append(
            Bar(
                label=_shorten(label, MAX_LABEL),
                label_y=top + 17,
                y=top + label_height,
                segments=segments,
                track_width=width - 2,
            )
        )
    sentences = [
        f"{label}: "
        + ", ".join(f"{value} {one.label.lower()}" for value, one in zip(values, series, strict=True))
        + f" (of {total} {unit})."
        for label, values in rows
    ]
    return BarChart(
        id=id,
        title=title,
        description=" ".join(sentences) or "No data yet.",
        series=series,
        bars=bars,
        width=width,
        height=max(len(rows) * row_height, row_height),
        bar_height=bar_height,
        bar_width=width,
    )


MAX_LABEL = 46  # characters that fit above a 400-unit bar at the chart's font size


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class Tick:
    position: float
    label: str


@dataclass
class Marker:
    x: float
    label: str
    colour: str
    label_x: float
    label_y: float
    anchor: str  # text-anchor: "start" or "end", so the label stays inside the chart


@dataclass
class LineChart:
    id: str
    title: str
    description: str
    width: int
    height: int
    left: int
    top: int
    right: int
    bottom: int
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    lines: list[tuple[Series, str]]  # (series, SVG path)
    markers: list[Marker] = field(default_factory=list)
    dashed: tuple[str, ...] = ("due",)

    @property
    def legend(self) -> list[Series]:
        return [series for series, _ in self.lines]


def _day_label(day: date) -> str:
    return dateformat.format(day, "j M")


def timeline_chart(*, id: str, title: str, timeline, completed: Series, due: Series) -> LineChart:
    """Learners completed by each day (a step line) against learners due by then, with today and a fixed deadline
    marked. ``timeline`` is a ``selectors.charts.Timeline``."""
    width, height, left, right, top, bottom = 480, 260, 44, 468, 14, 220
    start, end = timeline.start, max(timeline.end, timeline.start)
    span = max((end - start).days, 1)
    most = max(timeline.learners, 1)

    def x(day: date) -> float:
        return round(left + (right - left) * (day - start).days / span, 2)

    def y(count: int) -> float:
        return round(bottom - (bottom - top) * count / most, 2)

    def step_path(attribute: str) -> str:
        parts = [f"M{x(start)},{y(0)}"]
        for point in timeline.points:
            parts.append(f"H{x(point.day)}V{y(getattr(point, attribute))}")
        parts.append(f"H{x(end)}")
        return "".join(parts)

    step = max(1, -(-most // 4))  # about four gridlines, in whole learners
    y_ticks = [Tick(position=y(count), label=str(count)) for count in range(0, most + 1, step)]
    if y_ticks[-1].label != str(most):
        y_ticks.append(Tick(position=y(most), label=str(most)))
    x_ticks = [Tick(position=x(start), label=_day_label(start)), Tick(position=x(end), label=_day_label(end))]
    markers = []
    if start < timeline.today < end:
        markers.append(_marker(x(timeline.today), "Today", GREY, left, right, top + 12))
    if timeline.deadline is not None and start <= timeline.deadline <= end:
        label = f"Deadline {_day_label(timeline.deadline)}"
        markers.append(_marker(x(timeline.deadline), label, RED, left, right, top + 30))
    lines = [(completed, step_path("completed"))]
    if timeline.has_deadlines:
        lines.insert(0, (due, step_path("due")))
    last = timeline.points[-1] if timeline.points else None
    if last is None or not timeline.learners:
        description = "Nobody has joined yet."
    else:
        today_point = next((p for p in reversed(timeline.points) if p.day <= timeline.today), None)
        done_now = today_point.completed if today_point else 0
        due_now = today_point.due if today_point else 0
        description = (
            f"From {_day_label(start)} to {_day_label(end)}. By today {done_now} of {timeline.learners} learners "
            f"had completed the course"
            + (f", and {due_now} were due to have completed it." if timeline.has_deadlines else ".")
            + (
                f" By the last deadline, {last.due} learners are due to have completed it."
                if timeline.has_deadlines and last.day > timeline.today
                else ""
            )
        )
    return LineChart(
        id=id,
        title=title,
        description=description,
        width=width,
        height=height,
        left=left,
        top=top,
        right=right,
        bottom=bottom,
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        lines=lines,
        markers=markers,
    )


def _marker(position: float, label: str, colour: str, left: int, right: int, label_y: float) -> Marker:
    # Labels go to the right of the line unless that would run off the chart.
    if position > (left + right) / 2:
        return Marker(x=position, label=label, colour=colour, label_x=position - 5, label_y=label_y, anchor="end")
    return Marker(x=position, label=label, colour=colour, label_x=position + 5, label_y=label_y, anchor="start")


MODULE_SERIES = [
    Series("completed", "Completed", GREEN),
    Series("in_progress", "In progress", BLUE, hatched=True),
    Series("not_started", "Not started", WHITE, outlined=True),
]
QUIZ_SERIES = [
    Series("passed", "Passed", GREEN),
    Series("tried", "Tried, not passed yet", BLUE, hatched=True),
    Series("not_tried", "Not tried", WHITE, outlined=True),
]
COMPLETED_LINE = Series("completed", "Completed the course", GREEN)
DUE_LINE = Series("due", "Due to have completed", RED)
