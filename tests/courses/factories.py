"""Builders for course trees. Pages are created through Wagtail's tree API, as authors would."""

from django.utils import timezone

from courses.demo.site import ensure_home_page
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

PARAGRAPH = "<p>Commissioners decide what outcomes a service must achieve and who is best placed to deliver them.</p>"


def course_index():
    home = ensure_home_page()
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = CourseIndexPage(title="Courses", slug="courses")
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def publish(parent, page, *, revision: bool = False):
    """Add ``page`` under ``parent``, live. Tests that need Wagtail's publishing (a revision, the page_published
    signal) ask for ``revision=True``; the rest skip it, which makes building a course about three times faster."""
    if revision:
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page
    now = timezone.now()
    page.live, page.has_unpublished_changes = True, False
    page.first_published_at = page.last_published_at = now
    parent.add_child(instance=page)
    return page


def make_lesson(module, n: int = 1, *, revision: bool = False, **fields) -> LessonPage:
    defaults = {
        "title": f"Lesson {module.slug}-{n}",
        "slug": f"lesson-{n}",
        "summary": "What this lesson teaches.",
        "body": [{"type": "paragraph", "value": PARAGRAPH}],
    }
    return publish(module, LessonPage(**{**defaults, **fields}), revision=revision)


def make_course(*, modules: int = 2, lessons: int = 3, slug: str = "test-course", optional: set | None = None):
    """A published course with ``modules`` modules of ``lessons`` lessons each."""
    course = publish(
        course_index(),
        CoursePage(title=f"Course {slug}", slug=slug, summary="A course.", audience="Everyone.", estimated_hours=2),
    )
    for m in range(1, modules + 1):
        module = publish(course, ModulePage(title=f"Module {m}", slug=f"module-{m}", introduction="<p>Intro</p>"))
        for n in range(1, lessons + 1):
            make_lesson(module, n, optional=(m, n) in (optional or set()))
    return course
