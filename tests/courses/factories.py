"""Builders for course trees. Pages are created through Wagtail's tree API, as authors would."""

import factory
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from courses.demo.site import ensure_home_page
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage, ModulePage

PARAGRAPH = "<p>Commissioners decide what outcomes a service must achieve and who is best placed to deliver them.</p>"


class EnrolmentFactory(factory.django.DjangoModelFactory):
    """An enrolment of ``user`` on ``course`` (both required) with nothing done yet; the progress services make the
    rest."""

    class Meta:
        model = Enrolment


class ImageFactory(factory.django.DjangoModelFactory):
    """A Wagtail image: a small PNG unless given a ``file``."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.LazyFunction(get_test_image_file)


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
