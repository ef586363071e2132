"""`manage.py recompute_progress` rebuilds summaries from completions, and is safe to run at any time."""

import pytest
from django.core.management import CommandError, call_command

from courses.models import Enrolment
from courses.selectors import course_outline
from courses.services.progress import complete_item
from tests.academy.accounts.factories import UserFactory
from tests.courses.factories import make_course, make_lesson

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("recompute_progress", *args, stdout=out)
    return out.getvalue()


def test_recompute_repairs_a_stale_summary_and_reports_the_count():
    course = make_course(modules=1, lessons=2)
    learner = UserFactory()
    items = course_outline(course=course).items
    complete_item(user=learner, item=items[0].page)
    Enrolment.objects.update(percent=0, required_done=0)  # as if a refresh had been lost
    assert "1 enrolment changed" in run()
    enrolment = Enrolment.objects.get()
    assert (enrolment.percent, enrolment.required_done, enrolment.required_total) == (50, 1, 2)


def test_running_it_again_changes_nothing():
    course = make_course(modules=1, lessons=2)
    complete_item(user=UserFactory(), item=course_outline(course=course).items[0].page)
    make_lesson(course_outline(course=course).modules[0].page, 3)  # the on-commit refresh does not run in tests
    assert "1 enrolment changed" in run()
    assert "0 enrolments changed" in run()


def test_completed_enrolments_stay_completed():
    course = make_course(modules=1, lessons=1)
    learner = UserFactory()
    complete_item(user=learner, item=course_outline(course=course).items[0].page)
    make_lesson(course_outline(course=course).modules[0].page, 2)
    run()
    enrolment = Enrolment.objects.get()
    assert enrolment.is_complete and enrolment.percent == 100


def test_one_course_by_id():
    one, other = make_course(slug="one"), make_course(slug="other")
    learner = UserFactory()
    complete_item(user=learner, item=course_outline(course=one).items[0].page)
    complete_item(user=learner, item=course_outline(course=other).items[0].page)
    Enrolment.objects.update(percent=0)
    assert "in 1 course: 1 enrolment changed" in run("--course", str(one.pk))
    assert Enrolment.objects.get(course=other).percent == 0


def test_an_unknown_course_id_is_a_clear_error():
    with pytest.raises(CommandError, match="No course with id 424242"):
        run("--course", "424242")


def test_a_course_id_must_be_a_number():
    with pytest.raises(CommandError, match="invalid int value"):
        run("--course", "first")


def test_the_command_exits_non_zero_on_bad_arguments(capsys):
    # As manage.py runs it (in this process: tests/assessments/test_import_command.py starts a real one).
    from django.core.management import ManagementUtility

    with pytest.raises(SystemExit) as exited:
        ManagementUtility(["manage.py", "recompute_progress", "--course", "first"]).execute()
    assert exited.value.code != 0
    assert "invalid int value" in capsys.readouterr().err
