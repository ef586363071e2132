"""The demo course "Commissioning and mutualisation", built from courses/demo/content.py. Idempotent."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction

from academy.core.sanitise import sanitise_html
from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage

RICH_TEXT_BLOCKS = {"paragraph", "inset"}
RICH_TEXT_FIELDS = {"body"}  # inside struct blocks: details, case_study


def clean_block(block_type: str, value):
    """Sanitise the HTML parts of a block's raw value: content from files is entered outside Wagtail's editor."""
    if block_type in RICH_TEXT_BLOCKS:
        return sanitise_html(value)
    if isinstance(value, dict):
        return {key: sanitise_html(v) if key in RICH_TEXT_FIELDS else v for key, v in value.items()}
    return value


def stream(blocks: list[tuple[str, object]]) -> list[dict]:
    return [{"type": block_type, "value": clean_block(block_type, value)} for block_type, value in blocks]


def estimated_hours(course_spec: dict) -> Decimal:
    """The course's estimate: the sum of its modules' estimates, in hours to one decimal place.

    A module's estimate, as its page shows it, is the sum of its items' minutes: each lesson's reading time, computed
    from its words when it is saved, and each quiz's time limit (the demo quizzes have none).
    """
    minutes = sum(
        LessonPage(body=stream(lesson["body"])).estimate_reading_minutes()
        for module in course_spec["modules"]
        for lesson in module["lessons"]
    )
    return (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def outcome_text(text: str) -> str:
    """'By the end you will be able to explain X' -> 'explain X' (the page supplies the lead-in)."""
    return text.removeprefix("By the end you will be able to ").strip()


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def ensure_course_index(home: HomePage) -> CourseIndexPage:
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = _publish_child(
            home,
            CourseIndexPage(
                title="Courses",
                slug="courses",
                introduction="<p>Courses for people who commission public services. Each course is a set of "
                "short modules with lessons and a quiz to check your understanding.</p>",
            ),
        )
    return index


@transaction.atomic
def load_demo_course(home: HomePage) -> CoursePage:
    """Create whatever part of the demo course is missing; never overwrite what authors have edited."""
    from courses.demo.content import COURSE, LAST_REVIEWED

    index = ensure_course_index(home)
    course = CoursePage.objects.child_of(index).filter(slug=COURSE["slug"]).first()
    if course is None:
        course = _publish_child(
            index,
            CoursePage(
                title=COURSE["title"],
                slug=COURSE["slug"],
                summary=COURSE["summary"],
                audience=COURSE["audience"],
                estimated_hours=estimated_hours(COURSE),
                learning_outcomes=[
                    {"type": "outcome", "value": outcome_text(text)} for text in COURSE["learning_outcomes"]
                ],
            ),
        )
    reviewed = datetime.date.fromisoformat(LAST_REVIEWED)
    for module_spec in COURSE["modules"]:
        module = ModulePage.objects.child_of(course).filter(slug=module_spec["slug"]).first()
        if module is None:
            module = _publish_child(
                course,
                ModulePage(
                    title=module_spec["title"],
                    slug=module_spec["slug"],
                    introduction=sanitise_html(module_spec["introduction"]),
                ),
            )
        for lesson_spec in module_spec["lessons"]:
            if LessonPage.objects.child_of(module).filter(slug=lesson_spec["slug"]).exists():
                continue
            _publish_child(
                module,
                LessonPage(
                    title=lesson_spec["title"],
                    slug=lesson_spec["slug"],
                    summary=lesson_spec["summary"],
                    optional=lesson_spec.get("optional", False),
                    body=stream(lesson_spec["body"]),
                    sources=[{"type": "source", "value": text} for text in lesson_spec["sources"]],
                    last_reviewed=reviewed,
                ),
            )
    return course
