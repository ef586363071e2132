"""Essays are marked by a person: the attempt waits, markers see a queue, and the result follows the marks."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from assessments.marking_queue import marking_queue, may_mark
from assessments.models import Attempt, AttemptQuestion
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from assessments.services.marking import (
    MARK_OUT_OF_RANGE,
    NOT_AWAITING,
    GivenMark,
    MarkingError,
    mark_answers,
)
from courses.models import ModulePage
from courses.selectors import course_progress
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.assessments.factories import make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

ESSAY_TEXT = "Staff would be consulted in workshops.\n\nThen:\n- a ballot\n- a shadow board"


@pytest.fixture
def course():
    return make_course(modules=1, lessons=0)


@pytest.fixture
def quiz(course):
    module = ModulePage.objects.child_of(course).get()
    return make_quiz(module, questions=[make_question("essay"), make_question("true_false")], pass_mark=60)


@pytest.fixture
def marker():
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Markers"))
    return user


def submitted_essay(quiz, learner=None, text=ESSAY_TEXT):
    learner = learner or UserFactory()
    attempt = start_attempt(user=learner, quiz=quiz)
    positions = {item.version.spec["type"]: item.position for item in attempt.questions.select_related("version")}
    save_responses(
        attempt=attempt, responses={positions["essay"]: {"text": text}, positions["true_false"]: {"value": True}}
    )
    return submit_attempt(attempt=attempt), positions


def signed_in(client, user):
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    return client


def test_an_answered_essay_makes_the_attempt_wait_for_marking_without_a_result(quiz):
    attempt, positions = submitted_essay(quiz)
    assert attempt.state == Attempt.State.AWAITING_MARKING
    assert (attempt.percent, attempt.passed) == (None, None)
    assert attempt.score == Decimal(1)  # the true/false question is marked already
    essay = attempt.questions.get(position=positions["essay"])
    assert essay.grade_state == "needs_marking" and essay.mark == 0
    assert not course_progress(user=attempt.user, course=quiz.get_parent().get_parent().specific).is_complete


def test_an_unanswered_essay_needs_no_marking(quiz):
    learner = UserFactory()
    attempt = start_attempt(user=learner, quiz=quiz)
    attempt = submit_attempt(attempt=attempt)
    assert attempt.state == Attempt.State.SUBMITTED and attempt.percent == 0


def test_marking_every_essay_finishes_the_attempt_completes_the_course_and_emails_the_learner(
    quiz, course, marker, mailoutbox, django_capture_on_commit_callbacks
):
    attempt, positions = submitted_essay(quiz)
    with django_capture_on_commit_callbacks(execute=True):
        mark_answers(attempt=attempt, marker=marker, given=[GivenMark(positions["essay"], "3", "Good on ballots.")])
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.SUBMITTED
    assert attempt.percent == Decimal("80.00") and attempt.passed is True  # (3 + 1) / (4 + 1)
    essay = attempt.questions.get(position=positions["essay"])
    assert (essay.mark, essay.grade_state, essay.marked_by, essay.marker_comment) == (
        Decimal(3),
        "partial",
        marker,
        "Good on ballots.",
    )
    assert course_progress(user=attempt.user, course=course).is_complete
    marked_mail = [m for m in mailoutbox if "have been marked" in m.subject]
    assert len(marked_mail) == 1 and marked_mail[0].to == [attempt.user.email]
    assert "You passed, with 80%" in marked_mail[0].body
    assert reverse("assessments:result", args=[attempt.pk]) in marked_mail[0].body


def test_a_low_mark_fails_the_attempt_and_the_course_stays_incomplete(quiz, course, marker):
    attempt, positions = submitted_essay(quiz)
    mark_answers(attempt=attempt, marker=marker, given=[GivenMark(positions["essay"], "0")])
    attempt.refresh_from_db()
    assert attempt.passed is False and attempt.percent == Decimal("20.00")
    assert not course_progress(user=attempt.user, course=course).is_complete


def test_an_attempt_cannot_be_marked_twice(quiz, marker):
    attempt, positions = submitted_essay(quiz)
    mark_answers(attempt=attempt, marker=marker, given=[GivenMark(positions["essay"], "4")])
    with pytest.raises(MarkingError, match=NOT_AWAITING):
        mark_answers(attempt=attempt, marker=marker, given=[GivenMark(positions["essay"], "0")])
    assert attempt.questions.get(position=positions["essay"]).mark == 4


def test_a_mark_above_the_maximum_is_refused_and_nothing_is_saved(quiz, marker):
    attempt, positions = submitted_essay(quiz)
    with pytest.raises(MarkingError, match="between 0 and 4"):
        mark_answers(attempt=attempt, marker=marker, given=[GivenMark(positions["essay"], "4.5")])
    assert attempt.questions.get(position=positions["essay"]).grade_state == "needs_marking"


def test_two_essays_can_be_marked_one_at_a_time(course, marker):
    module = ModulePage.objects.child_of(course).get()
    quiz = make_quiz(module, questions=[make_question("essay", name="one"), make_question("essay", name="two")])
    learner = UserFactory()
    attempt = start_attempt(user=learner, quiz=quiz)
    save_responses(attempt=attempt, responses={1: {"text": "First answer"}, 2: {"text": "Second answer"}})
    attempt = submit_attempt(attempt=attempt)
    mark_answers(attempt=attempt, marker=marker, given=[GivenMark(1, "2"), GivenMark(2, "")])
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.AWAITING_MARKING
    assert marking_queue(marker)[0].to_mark == 1
    mark_answers(attempt=attempt, marker=marker, given=[GivenMark(2, "4")])
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.SUBMITTED and attempt.percent == Decimal("75.00")


# Who may mark


def test_markers_and_course_authors_may_mark_any_attempt_but_learners_may_not(quiz, marker):
    attempt, _ = submitted_essay(quiz)
    author = UserFactory()
    author.groups.add(Group.objects.get(name="Course authors"))
    assert may_mark(marker, attempt) and may_mark(author, attempt)
    assert not may_mark(UserFactory(), attempt)


def test_nobody_marks_their_own_attempt(quiz, marker):
    attempt, _ = submitted_essay(quiz, learner=marker)
    assert not may_mark(marker, attempt)
    assert marking_queue(marker) == []


def test_a_cohort_lead_marks_only_their_cohorts_learners(quiz, course):
    lead, other_lead = make_lead(), make_lead()
    cohort = make_cohort(courses=[course], leads=[lead])
    make_cohort(courses=[course], leads=[other_lead], name="Other cohort")
    member = add_learner(cohort).user
    theirs, _ = submitted_essay(quiz, learner=member)
    outsider, _ = submitted_essay(quiz)
    assert [row.attempt for row in marking_queue(lead)] == [theirs]
    assert not may_mark(lead, outsider)
    assert marking_queue(other_lead) == []


def test_the_queue_lists_only_attempts_awaiting_marking_oldest_first(quiz, marker):
    first, positions = submitted_essay(quiz)
    second, _ = submitted_essay(quiz)
    done, _ = submitted_essay(quiz)
    mark_answers(attempt=done, marker=marker, given=[GivenMark(positions["essay"], "1")])
    assert [row.attempt for row in marking_queue(marker)] == [first, second]


def test_the_queue_uses_the_same_queries_for_one_or_many_attempts(client, quiz, marker, django_assert_max_num_queries):
    signed_in(client, marker)
    submitted_essay(quiz)
    with django_assert_max_num_queries(12) as small:
        client.get(reverse("assessments:marking_queue"))
    for _ in range(8):
        submitted_essay(quiz)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(reverse("assessments:marking_queue"))
    assert response.content.decode().count("mark attempt 1 at") == 9


# The pages


def test_a_learner_gets_not_found_for_the_queue_and_for_marking_pages(client, quiz):
    attempt, _ = submitted_essay(quiz)
    signed_in(client, UserFactory())
    assert client.get(reverse("assessments:marking_queue")).status_code == 404
    assert client.get(reverse("assessments:mark", args=[attempt.pk])).status_code == 404
    assert client.post(reverse("assessments:mark", args=[attempt.pk]), {"mark-1": "4"}).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in_from_the_marking_pages(client, quiz):
    attempt, _ = submitted_essay(quiz)
    for url in (reverse("assessments:marking_queue"), reverse("assessments:mark", args=[attempt.pk])):
        response = client.post(url, {"mark-1": "4"})
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    attempt.refresh_from_db()
    assert attempt.is_awaiting_marking


def test_a_lead_of_another_cohort_gets_not_found(client, quiz, course):
    other_lead = make_lead()
    make_cohort(courses=[course], leads=[other_lead])
    attempt, positions = submitted_essay(quiz)
    signed_in(client, other_lead)
    response = client.post(reverse("assessments:mark", args=[attempt.pk]), {f"mark-{positions['essay']}": "4"})
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_awaiting_marking


def test_the_marking_page_shows_the_answer_escaped_with_the_guidance(client, quiz, marker):
    attempt, positions = submitted_essay(quiz, text="<script>alert(1)</script>\n\n- one\n- two")
    signed_in(client, marker)
    html = client.get(reverse("assessments:mark", args=[attempt.pk])).content.decode()
    assert "MARKING-GUIDANCE-SECRET" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<ul class="govuk-list govuk-list--bullet"><li>one</li><li>two</li></ul>' in html
    assert f'name="mark-{positions["essay"]}"' in html


def test_a_bad_mark_gets_an_error_summary_and_keeps_what_was_typed(client, quiz, marker):
    attempt, positions = submitted_essay(quiz)
    signed_in(client, marker)
    n = positions["essay"]
    response = client.post(reverse("assessments:mark", args=[attempt.pk]), {f"mark-{n}": "9", f"comment-{n}": "Hmm"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error:" in html and "There is a problem" in html
    assert MARK_OUT_OF_RANGE.format(n=n, max="4") in html
    assert 'value="9"' in html and ">Hmm</textarea>" in html
    attempt.refresh_from_db()
    assert attempt.is_awaiting_marking


def test_saving_marks_returns_to_the_queue_with_a_success_message(client, quiz, marker):
    attempt, positions = submitted_essay(quiz)
    signed_in(client, marker)
    response = client.post(
        reverse("assessments:mark", args=[attempt.pk]), {f"mark-{positions['essay']}": "2.5"}, follow=True
    )
    html = response.content.decode()
    assert "Marks saved for" in html and "There is nothing to mark." in html
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.SUBMITTED and attempt.percent == Decimal("70.00")


def test_the_learner_never_sees_the_marking_guidance_on_the_attempt_page(client, quiz):
    learner = UserFactory()
    signed_in(client, learner)
    client.post(reverse("assessments:start", args=[quiz.pk]))
    attempt = Attempt.objects.get(user=learner)
    html = client.get(reverse("assessments:attempt_page", args=[attempt.pk, 1])).content.decode()
    assert "MARKING-GUIDANCE-SECRET" not in html and "Describe how you would involve staff" in html


def test_an_essay_over_the_word_limit_is_kept_but_the_learner_is_told(client, quiz):
    learner = UserFactory()
    signed_in(client, learner)
    client.post(reverse("assessments:start", args=[quiz.pk]))
    attempt = Attempt.objects.get(user=learner)
    essay = AttemptQuestion.objects.get(attempt=attempt, version__spec__type="essay")
    long_answer = " ".join(["word"] * 51)
    response = client.post(
        reverse("assessments:attempt_page", args=[attempt.pk, 1]), {f"q{essay.position}": long_answer}
    )
    assert response.status_code == 400
    assert f"Your answer to question {essay.position} must be 50 words or fewer; it has 51" in response.content.decode()
    essay.refresh_from_db()
    assert essay.response == {"text": long_answer}
