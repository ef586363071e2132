import pytest

from courses.models import Enrolment, ItemCompletion, ProgressEvent
from courses.selectors import course_outline, course_progress
from courses.services.progress import (
    REASON_REQUIRED,
    ProgressError,
    complete_item,
    enrol,
    refresh_course_summaries,
    reset_progress,
    start_again,
)
from courses.signals import course_completed
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course, make_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def completions_signalled():
    received = []

    def handler(sender, enrolment, **kwargs):
        received.append(enrolment.pk)

    course_completed.connect(handler)
    yield received
    course_completed.disconnect(handler)


def test_completing_every_required_item_completes_the_course_once(
    django_capture_on_commit_callbacks, completions_signalled
):
    course = make_course(modules=2, lessons=2)
    learner = UserFactory()
    items = course_outline(course=course).items
    with django_capture_on_commit_callbacks(execute=True):
        for item in items:
            complete_item(user=learner, item=item.page)
        complete_item(user=learner, item=items[-1].page)
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.is_complete and enrolment.percent == 100
    assert completions_signalled == [enrolment.pk]


def test_optional_items_do_not_count_towards_completion():
    course = make_course(modules=1, lessons=3, optional={(1, 3)})
    learner = UserFactory()
    items = course_outline(course=course).items
    complete_item(user=learner, item=items[0].page)
    assert Enrolment.objects.get(user=learner).percent == 50
    complete_item(user=learner, item=items[1].page)
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.is_complete
    assert enrolment.next_item_id == items[2].pk  # the optional lesson is still offered


def test_completing_twice_writes_one_completion_and_one_event():
    course = make_course(modules=1, lessons=2)
    learner = UserFactory()
    item = course_outline(course=course).items[0].page
    assert complete_item(user=learner, item=item) is True
    assert complete_item(user=learner, item=item) is False
    assert ItemCompletion.objects.count() == 1
    assert ProgressEvent.objects.filter(kind=ProgressEvent.Kind.ITEM_COMPLETED).count() == 1


def test_enrol_is_idempotent():
    course = make_course(modules=1, lessons=1)
    learner = UserFactory()
    assert enrol(user=learner, course=course).pk == enrol(user=learner, course=course).pk


def test_adding_a_required_lesson_lowers_in_progress_percentages_but_not_completed_ones():
    course = make_course(modules=1, lessons=2)
    done_learner, half_learner = UserFactory(), UserFactory()
    items = course_outline(course=course).items
    for item in items:
        complete_item(user=done_learner, item=item.page)
    complete_item(user=half_learner, item=items[0].page)
    module = items[0].module.page
    make_lesson(module, 3)  # publishing queues the refresh (eager in tests)
    refresh_course_summaries(course=course)
    assert Enrolment.objects.get(user=half_learner).percent == 33
    done = Enrolment.objects.get(user=done_learner)
    assert done.is_complete and done.percent == 100


def test_start_again_keeps_the_completed_cycle_as_history():
    course = make_course(modules=1, lessons=1)
    learner = UserFactory()
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    old = Enrolment.objects.get(user=learner)
    new = start_again(enrolment=old)
    old.refresh_from_db()
    assert (old.is_current, old.is_complete, new.cycle, new.percent, new.is_complete) == (False, True, 2, 0, False)
    assert old.completions.count() == 1


def test_start_again_is_refused_before_completion():
    course = make_course(modules=1, lessons=2)
    learner = UserFactory()
    enrolment = enrol(user=learner, course=course)
    with pytest.raises(ProgressError):
        start_again(enrolment=enrolment)


def test_an_administrator_reset_needs_a_reason_and_keeps_it():
    course = make_course(modules=1, lessons=2)
    learner, admin = UserFactory(), UserFactory()
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    enrolment = Enrolment.objects.get(user=learner)
    with pytest.raises(ProgressError, match=REASON_REQUIRED):
        reset_progress(enrolment=enrolment, actor=admin, reason="  ")
    new = reset_progress(enrolment=enrolment, actor=admin, reason="Completed on behalf of a colleague")
    assert new.percent == 0 and new.cycle == 2
    event = ProgressEvent.objects.get(kind=ProgressEvent.Kind.RESET)
    assert event.reason == "Completed on behalf of a colleague" and event.actor == admin


def test_course_progress_reports_item_and_module_states():
    course = make_course(modules=2, lessons=2)
    learner = UserFactory()
    outline = course_outline(course=course)
    complete_item(user=learner, item=outline.items[0].page)
    complete_item(user=learner, item=outline.items[2].page)
    complete_item(user=learner, item=outline.items[3].page)
    progress = course_progress(user=learner, course=course)
    assert [progress.module_status(m) for m in outline.modules] == ["in_progress", "completed"]
    assert progress.item_status(outline.items[1]) == "not_started"


def test_an_item_counts_only_once_complete_item_is_called_for_it():
    # Quizzes report "passed" by calling complete_item; until then, enrolment and visits record nothing.
    course = make_course(modules=1, lessons=2)
    learner = UserFactory()
    items = course_outline(course=course).items
    enrolment = enrol(user=learner, course=course)
    assert (enrolment.required_done, enrolment.percent, ItemCompletion.objects.count()) == (0, 0, 0)
    complete_item(user=learner, item=items[1].page)
    enrolment.refresh_from_db()
    assert (enrolment.required_done, enrolment.percent, enrolment.next_item_id) == (1, 50, items[0].pk)


def test_pages_that_are_not_course_items_cannot_be_completed():
    from courses.services.progress import NOT_A_COURSE_ITEM

    course = make_course(modules=1, lessons=1)
    with pytest.raises(ProgressError, match=NOT_A_COURSE_ITEM):
        complete_item(user=UserFactory(), item=course)
    assert Enrolment.objects.count() == 0


def test_unpublishing_a_required_lesson_raises_in_progress_percentages():
    course = make_course(modules=1, lessons=4)
    learner = UserFactory()
    items = course_outline(course=course).items
    complete_item(user=learner, item=items[0].page)
    assert Enrolment.objects.get(user=learner).percent == 25
    items[3].page.unpublish()
    refresh_course_summaries(course=course)
    assert Enrolment.objects.get(user=learner).percent == 33


def test_making_the_last_remaining_lesson_optional_completes_the_course():
    course = make_course(modules=1, lessons=2)
    learner = UserFactory()
    first, second = (item.page for item in course_outline(course=course).items)
    complete_item(user=learner, item=first)
    second.optional = True
    second.save_revision().publish()
    assert refresh_course_summaries(course=course) == 1
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.is_complete and enrolment.percent == 100


def test_a_reset_learner_starts_from_nothing_but_the_old_completions_remain():
    course = make_course(modules=1, lessons=2)
    learner, admin = UserFactory(), UserFactory()
    for item in course_outline(course=course).items:
        complete_item(user=learner, item=item.page)
    old = Enrolment.objects.get(user=learner)
    new = reset_progress(enrolment=old, actor=admin, reason="Shared account")
    assert course_progress(user=learner, course=course).done == set()
    assert old.completions.count() == 2 and new.completions.count() == 0
