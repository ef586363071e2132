"""Course, module and lesson pages use a fixed number of queries whatever the number of modules and lessons."""

import pytest

from courses.models import ModulePage
from courses.selectors import course_outline
from tests.built_once import rolled_back_at_the_end
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

MAX_QUERIES = 20  # Wagtail routing walks the tree one level per query: 5 levels down to a lesson


def pages_of(course):
    outline = course_outline(course=course)
    module = ModulePage.objects.child_of(course).order_by("path").last()
    return {"course": course.url, "module": module.url, "lesson": outline.items[len(outline.items) // 2].url}


@pytest.fixture(scope="module")
def courses(django_db_setup, django_db_blocker):
    """The courses (and learners) every test here reads, built once: a 100-item course takes seconds."""
    with rolled_back_at_the_end(django_db_blocker):
        courses = {
            "small": make_course(modules=1, lessons=2, slug="small"),
            "large": make_course(modules=8, lessons=12, slug="large"),
            "5 items": make_course(modules=1, lessons=5, slug="five-items"),
            "100 items": make_course(modules=10, lessons=10, slug="hundred-items"),
        }
        learners = {name: learner_with_progress(courses[name]) for name in ("5 items", "100 items")}
        learners["200 completions"] = learner_with_history(courses["100 items"])
        learners["no completions"] = learner_with_history(courses["100 items"], completed=False)
        yield courses, learners


@pytest.mark.parametrize("kind", ["course", "module", "lesson"])
def test_query_count_is_the_same_for_a_small_and_a_large_course(
    client, django_assert_max_num_queries, courses, kind, settings
):
    settings.ACADEMY_PAGE_CACHE_SECONDS = 0  # the rendering, not the page cache (tests/courses/test_page_cache.py)
    small, large = (pages_of(courses[0][name]) for name in ("small", "large"))
    client.get(small[kind])  # warm Wagtail's site cache
    counts = []
    for url in (small[kind], large[kind]):
        with django_assert_max_num_queries(MAX_QUERIES) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts


# Signed-in learners: progress on course and lesson pages, and "My learning" ------------------------------------

# The session and the user, the page itself, the learner's enrolment and completions, the menu's "Cohorts" and the
# admin bar's permission; the site, the route, the view restrictions, the course, its outline, the breadcrumbs and
# the footer come from the cache (academy.core.routecache, courses.selectors.outline) until a page changes.
LEARNER_MAX_QUERIES = 10  # issue 14


def learner_with_progress(course):
    from courses.services.progress import complete_item
    from tests.academy.accounts.factories import UserFactory

    learner = UserFactory()
    for item in course_outline(course=course).items[:2]:  # the middle lesson, tested below, is still to do
        complete_item(user=learner, item=item.page)
    return learner


@pytest.mark.parametrize("kind", ["course", "module", "lesson"])
def test_a_learners_query_count_is_the_same_for_5_and_100_items(client, django_assert_max_num_queries, courses, kind):
    courses, learners = courses
    assert len(course_outline(course=courses["100 items"]).items) == 100
    counts = []
    for name in ("5 items", "100 items"):
        course = courses[name]
        client.force_login(learners[name])
        url = pages_of(course)[kind]
        client.get(url)  # warm Wagtail's site cache
        with django_assert_max_num_queries(LEARNER_MAX_QUERIES) as captured:
            response = client.get(url)
        assert response.status_code == 200
        if kind == "course":
            assert "Your progress" in response.content.decode()
        if kind == "lesson":
            assert "Mark as complete and continue" in response.content.decode()
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
    print(f"{kind} page, signed-in learner: {counts[0]} queries for 5 and for 100 items")


def learner_with_history(course, *, completed: bool = True):
    """A learner enrolled on ``course`` who (``completed``) finished all of it once and, on a second cycle, all but
    the middle item: about 200 completions; otherwise none at all."""
    from courses.services.progress import complete_item, enrol, start_again
    from tests.academy.accounts.factories import UserFactory

    learner = UserFactory()
    enrolment = enrol(user=learner, course=course)
    if not completed:
        return learner
    outline = course_outline(course=course)
    for item in outline.items:
        complete_item(user=learner, item=item.page, outline=outline)
    enrolment.refresh_from_db()
    start_again(enrolment=enrolment)
    middle = outline.items[len(outline.items) // 2]
    for item in outline.items:
        if item is not middle:
            complete_item(user=learner, item=item.page, outline=outline)
    return learner


@pytest.mark.parametrize("kind", ["course", "module", "lesson"])
def test_a_learners_query_count_is_the_same_with_no_history_and_200_completions(
    client, django_assert_max_num_queries, courses, kind
):
    from courses.models import ItemCompletion

    courses, learners = courses
    assert ItemCompletion.objects.filter(enrolment__user=learners["200 completions"]).count() == 199
    url = pages_of(courses["100 items"])[kind]
    counts = []
    for name in ("no completions", "200 completions"):
        client.force_login(learners[name])
        client.get(url)  # warm the caches the first visit after a change fills
        client.get(url)
        with django_assert_max_num_queries(LEARNER_MAX_QUERIES) as captured:
            response = client.get(url)
        assert response.status_code == 200
        if kind == "lesson":
            assert "Mark as complete and continue" in response.content.decode()
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
    print(f"{kind} page, signed-in learner: {counts[0]} queries with no history and with 199 completions")


MY_LEARNING_MAX_QUERIES = 8  # DESIGN: at most 10 on a signed-in page (issue 14: 7 today), when worked out afresh
MY_LEARNING_KEPT_MAX_QUERIES = 2  # kept for the learner (courses.learning_cache): who is signed in, nothing more


def quick_course(index_page, n: int):
    """A live course with one module and one lesson, made without revisions so that thirty are quick to build."""
    from courses.models import CoursePage, LessonPage
    from courses.models import ModulePage as Module
    from tests.courses.factories import PARAGRAPH

    course = index_page.add_child(
        instance=CoursePage(title=f"Course {n}", slug=f"course-{n}", summary="A course.", audience="Everyone.")
    )
    module = course.add_child(instance=Module(title="Module 1", slug="module-1"))
    module.add_child(
        instance=LessonPage(
            title=f"Lesson {n}", slug="lesson-1", summary="A lesson.", body=[{"type": "paragraph", "value": PARAGRAPH}]
        )
    )
    return course


def learner_with_enrolments(count: int, start: int):
    """A learner with ``count`` enrolments: in progress, completed, and a completed earlier cycle."""
    from courses.services.progress import complete_item, enrol, start_again
    from tests.academy.accounts.factories import UserFactory
    from tests.courses.factories import course_index

    index_page = course_index()
    learner = UserFactory()
    for n in range(start, start + count):
        course = quick_course(index_page, n)
        if n % 3 == 0:
            enrol(user=learner, course=course)
            continue
        complete_item(user=learner, item=course_outline(course=course).items[0].page)
        if n % 3 == 2:
            start_again(enrolment=course.enrolments.get(user=learner))
    return learner


@pytest.mark.parametrize("kept", [False, True], ids=["worked out", "kept"])
def test_my_learning_query_count_is_the_same_for_1_and_30_enrolments(
    client, django_assert_max_num_queries, monkeypatch, kept
):
    from courses import extensions, learning_cache

    calls = []

    def annotator(*, user, enrolments):  # one query, as cohorts' and certificates' annotators must be
        from courses.models import Enrolment

        calls.append(len(enrolments))
        ids = list(Enrolment.objects.filter(pk__in=[e.pk for e in enrolments]).values_list("pk", flat=True))
        return {pk: {"certificate_url": f"/certificates/{pk}/"} for pk in ids}

    monkeypatch.setattr(extensions, "_enrolment_annotators", [annotator])
    ceiling = MY_LEARNING_KEPT_MAX_QUERIES if kept else MY_LEARNING_MAX_QUERIES
    one, thirty = learner_with_enrolments(1, start=1), learner_with_enrolments(30, start=100)
    counts = []
    for learner in (one, thirty):
        client.force_login(learner)
        client.get("/my-learning/")  # warm Wagtail's site cache
        if not kept:
            learning_cache.changed(user_id=learner.pk)  # as after any change to what it shows
        with django_assert_max_num_queries(ceiling) as captured:
            response = client.get("/my-learning/")
        assert response.status_code == 200
        counts.append(len(captured.captured_queries))
    html = response.content.decode()
    assert "In progress</h2>" in html and "Completed</h2>" in html and "Earlier completions" in html
    assert calls[-1] == 40  # 10 in progress, 10 completed, 10 restarted (in progress) with their earlier cycle
    assert counts[0] == counts[1], counts
    print(f"My learning ({'kept' if kept else 'worked out'}): {counts[0]} queries for 1 and for 30 enrolments")
