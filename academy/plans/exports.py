"""The lead's exports of a cohort's plans: a status spreadsheet (through academy.core.spreadsheets, so every cell
is neutralised) and a PDF pack for a programme board: a contents list, then each plan on its own pages.

The pack uses the certificate's embedded fonts (chosen to have a glyph for every character), sets the document's
title, author, subject and language, shows the title rather than the file name, and gives every plan and section
a bookmark in the outline, so a reader can move by heading."""

import io
from functools import partial
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import dateformat, timezone
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer

from academy.certificates.rendering import LANGUAGE
from academy.certificates.rendering.fonts import fonts_for
from academy.certificates.rendering.layout import clean
from academy.cohorts.models import Cohort
from academy.core.spreadsheets import column_width
from academy.plans import diffs, selectors
from academy.plans.models import Plan
from academy.plans.tagged_pdf import HEADINGS, TaggedCanvas
from academy.plans.tagged_pdf import TaggedParagraph as Paragraph

HEADER = [
    "Name",
    "Email",
    "Organisation",
    "Group",
    "Plan status",
    "Plan title",
    "Versions submitted",
    "Last submitted",
    "Accepted on",
    "Peer reviewer",
    "Shared with group",
]
WIDTHS = [
    column_width(HEADER[0], wide=True),
    column_width(HEADER[1], wide=True),
    column_width(HEADER[2], wide=True),
    column_width(HEADER[3]),
    column_width(HEADER[4]),
    column_width(HEADER[5], wide=True),
    column_width(HEADER[6]),
    column_width(HEADER[7], kind="datetime"),
    column_width(HEADER[8], kind="datetime"),
    column_width(HEADER[9], wide=True),
    column_width(HEADER[10]),
]
BRAND = HexColor("#0f5a57")


def status_table(cohort: Cohort) -> tuple[list[str], list[list]]:
    """One row per member: who they are, their group, and their plan's status. Three queries."""
    rows = []
    for row in selectors.cohort_plans(cohort):
        user, plan = row["user"], row["plan"]
        rows.append(
            [
                user.full_name,
                user.email,
                user.organisation,
                row["group"],
                plan.get_status_display() if plan else selectors.NOT_STARTED,
                plan.display_title if plan else "",
                plan.version_count if plan else 0,
                plan.submitted_at if plan else None,
                plan.accepted_at if plan else None,
                (plan.reviewer.full_name or plan.reviewer.email) if plan and plan.reviewer else "",
                "Yes" if plan and plan.shared_with_group else "No",
            ]
        )
    return HEADER, rows


def plans_pdf(cohort: Cohort) -> bytes:
    """Every plan of the cohort that is not an untouched draft: the latest submitted version where there is one
    (what feedback and acceptance were about), the draft otherwise."""
    plans = list(
        Plan.objects.filter(cohort=cohort)
        .select_related("owner")
        .prefetch_related("versions")
        .order_by("owner__full_name", "owner__email")
    )
    title = f"100-day plans: {clean(cohort.name)}"
    texts = [title] + [clean(str(v)) for plan in plans for v in _content(plan).values()]
    fonts = fonts_for(texts)
    styles = {
        "h1": ParagraphStyle("h1", fontName=fonts.bold, fontSize=22, leading=27, textColor=BRAND, spaceAfter=10),
        "h2": ParagraphStyle("h2", fontName=fonts.bold, fontSize=16, leading=20, spaceBefore=6, spaceAfter=6),
        "h3": ParagraphStyle("h3", fontName=fonts.bold, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=fonts.regular, fontSize=10.5, leading=14.5, spaceAfter=3),
        "meta": ParagraphStyle(
            "meta", fontName=fonts.regular, fontSize=10, leading=13.5, textColor=HexColor("#505a5f")
        ),
    }
    story = [
        _heading(title, styles["h1"], level=0, key="pack"),
        Paragraph(
            _text(f"Prepared {dateformat.format(timezone.localdate(), 'j F Y')} for the programme board."), styles["p"]
        ),
        _heading("Contents", styles["h2"], level=1, key="contents"),
    ]
    for plan in plans:
        story.append(
            Paragraph(
                _text(
                    f"{plan.owner.full_name or plan.owner.email}: {plan.display_title} ({plan.get_status_display()})"
                ),
                styles["p"],
            )
        )
    if not plans:
        story.append(Paragraph("No one has started a plan yet.", styles["p"]))
    for number, plan in enumerate(plans):
        content = _content(plan)
        story.append(PageBreak())
        story.append(_heading(plan.display_title, styles["h2"], level=1, key=f"plan{number}"))
        story.append(
            Paragraph(_text(f"{plan.owner.full_name or plan.owner.email}, {plan.owner.organisation}"), styles["meta"])
        )
        story.append(Paragraph(_text(_status_line(plan)), styles["meta"]))
        story.append(Spacer(1, 4 * mm))
        for index, section in enumerate(diffs.readable(content)["sections"]):
            story.append(_heading(section["label"], styles["h3"], level=2, key=f"plan{number}-{index}"))
            for line in section["lines"] or ["Not written yet."]:
                story.append(Paragraph(_text(line), styles["p"]))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=settings.ACADEMY_SERVICE_NAME,
        subject=f"The 100-day plans of {cohort.name}",  # the document information; XMP gets the same
        creator=settings.ACADEMY_SERVICE_NAME,
        lang=LANGUAGE,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        initialFontName=fonts.regular,
    )
    document.afterFlowable = lambda flowable: _bookmark(document, flowable)
    subject = f"The 100-day plans of {cohort.name}"
    document.build(
        story,
        onFirstPage=_first_page(fonts.regular),
        onLaterPages=_footer(fonts.regular),
        canvasmaker=partial(TaggedCanvas, language=LANGUAGE, subject=subject),
    )
    return buffer.getvalue()


def _content(plan: Plan) -> dict:
    versions = sorted(plan.versions.all(), key=lambda v: v.number)
    return versions[-1].content if versions and plan.status != Plan.Status.DRAFT else plan.content()


def _status_line(plan: Plan) -> str:
    parts = [f"Status: {plan.get_status_display()}"]
    if plan.submitted_at:
        parts.append(f"last submitted {dateformat.format(timezone.localtime(plan.submitted_at), 'j F Y')}")
    if plan.accepted_at:
        parts.append(f"accepted {dateformat.format(timezone.localtime(plan.accepted_at), 'j F Y')}")
    return "; ".join(parts)


def _text(value: str) -> str:
    """Paragraph markup is XML: learners' text is escaped so it is printed, never read as markup."""
    return escape(clean(value))


def _heading(text: str, style: ParagraphStyle, *, level: int, key: str) -> Paragraph:
    heading = HEADINGS[level](_text(text), style)
    heading.outline = (clean(text), level, key)
    return heading


def _bookmark(document, flowable) -> None:
    outline = getattr(flowable, "outline", None)
    if outline:
        text, level, key = outline
        document.canv.bookmarkPage(key)
        document.canv.addOutlineEntry(text, key, level=level, closed=False)


def _first_page(font: str):
    footer = _footer(font)

    def draw(canvas, document):
        canvas.showOutline()
        footer(canvas, document)

    return draw


def _footer(font: str):
    def draw(canvas, document):
        canvas.begin_artifact()  # the page number is furniture, not part of the reading order
        canvas.saveState()
        canvas.setFont(font, 9)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {document.page}")
        canvas.restoreState()
        canvas.end_marked()

    return draw
