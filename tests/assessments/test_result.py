"""The learner's result page: their own answers, the right answers and feedback as review allows, essays waiting for
marking and marked, and the main action after a pass or a fail."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from assessments.models import Attempt, AttemptQuestion
from assessments.selectors import CONTINUE, RESUME, RETRY, quiz_overview, result_main_action
from assessments.services.attempts import finish_grading, save_responses, start_attempt, submit_attempt
from assessments.services.questions import create_question
from courses.models import ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.assessments.factories import RIGHT, SPECS, make_category, make_question, make_quiz
from tests.courses.factories import make_course, make_lesson

pytestmark = pytest.mark.django_db

ESSAY = {"type": "essay", "text": "<p>Why might a council spin out a mutual?</p>", "default_mark": 2}
ESSAY_TEXT = "It keeps <staff> engaged.\nAnd it saves money.\n\n- lower costs\n- more say\n\nSo: try it."
ANSWERS = {  # one of each type, mostly wrong, in the spec's own ids as stored
    1: {"choice": "b"},
    2: {"choices": ["a", "c"]},
    3: {"value": False},
    4: {"text": "<script>alert('x')</script>"},
    5: {"value": "12"},
    6: {"matches": {"p1": "Run the procurement", "p2": "Work with peers"}},
    7: {"order": ["i2", "i1", "i3"]},
}


@pytest.fixture
def module():
    return ModulePage.objects.child_of(make_course(modules=1, lessons=1)).get()


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


def quiz_in(module, questions, **settings):
    quiz = make_quiz(module, questions=questions, **settings)
    make_lesson(module, 2, title="After the quiz")  # the next item in the course
    return quiz


def every_type_quiz(module, **settings):
    return quiz_in(module, [make_question(qtype) for qtype in SPECS], questions_per_page=10, **settings)


def submitted(user, quiz, responses):
    attempt = start_attempt(user=user, quiz=quiz)
    save_responses(attempt=attempt, responses=responses)
    return submit_attempt(attempt=attempt)


def result_html(client, attempt) -> str:
    response = client.get(reverse("assessments:result", args=[attempt.pk]))
    assert response.status_code == 200
    return response.content.decode()


def cards(html: str) -> list[dict[str, str]]:
    """Each question's summary card as {row key: row value text}, with its tag under "Status"."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for card in soup.select(".govuk-summary-card"):
        rows = {"Status": card.select_one(".govuk-tag").get_text(" ", strip=True)}
        for row in card.select(".govuk-summary-list__row"):
            rows[row.dt.get_text(strip=True)] = " ".join(row.dd.get_text(" ").split())
        found.append(rows)
    return found


def buttons(html: str) -> list[tuple[str, str]]:
    """(text, classes) of the buttons in the page's last button group, in order."""
    group = BeautifulSoup(html, "html.parser").select(".govuk-button-group")[-1]
    return [
        (" ".join(element.get_text(" ").split()), " ".join(element.get("class", [])))
        for element in group.find_all(["a", "button"])
    ]


# The learner's own answers ---------------------------------------------------------------------------------------


def test_the_learners_own_answers_are_shown_even_when_review_shows_nothing_else(client, learner, module):
    quiz = every_type_quiz(module, show_correct_answers="never", show_feedback="never")
    html = result_html(client, submitted(learner, quiz, ANSWERS))
    assert [card["Your answer"] for card in cards(html)] == [
        "The Treasury",
        "Trusts Private limited companies",
        "False",
        "<script>alert('x')</script>",
        "12",
        "Your matches for question 6 Item Your match Challenge Run the procurement Collaborate Work with peers Champion "
        "Not answered",
        "2013 2010 2025",
    ]
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html  # what the learner typed is escaped
    assert all(set(card) == {"Status", "Your answer", "Mark"} for card in cards(html))  # no right answer or feedback
    assert "SECRET" not in html.replace("<script>", "")  # no feedback, general feedback or accepted answer


def test_each_question_has_its_state_and_mark(client, learner, module):
    quiz = every_type_quiz(module)
    html = result_html(client, submitted(learner, quiz, {**ANSWERS, 1: RIGHT["single_choice"], 3: None}))
    assert [(card["Status"], card["Mark"]) for card in cards(html)] == [
        ("Correct", "1 out of 1"),
        ("Incorrect", "0 out of 1"),  # 0.5 - 0.5
        ("Not answered", "0 out of 1"),
        ("Incorrect", "0 out of 1"),
        ("Incorrect", "0 out of 1"),
        ("Partly correct", "0.33 out of 1"),
        ("Partly correct", "0.33 out of 1"),
    ]
    assert cards(html)[2]["Your answer"] == "Not answered"


def test_the_right_answer_and_feedback_are_shown_beside_the_learners_answer_when_review_allows(client, learner, module):
    quiz = every_type_quiz(module)  # review after each attempt
    first = cards(result_html(client, submitted(learner, quiz, ANSWERS)))[0]
    assert first == {
        "Status": "Incorrect",
        "Your answer": "The Treasury",
        "Mark": "0 out of 1",
        "The right answer": "The Cabinet Office",
        "Feedback": "FEEDBACK-SECRET-B GENERAL-SECRET-1",
    }


def test_the_right_answer_to_every_type_is_shown_in_the_same_form_as_the_learners(client, learner, module):
    quiz = every_type_quiz(module)
    html = result_html(client, submitted(learner, quiz, ANSWERS))
    assert [card["The right answer"] for card in cards(html)] == [
        "The Cabinet Office",
        "Trusts Community interest companies",
        "True",
        "ANSWER-SECRET-right to challenge",
        "4242.5 ± 0.25",
        "Right matches for question 6 Item Right match Challenge Steer on mutuals Collaborate Work with peers "
        "Champion Make the case",
        "2010 2013 2025",
    ]


def test_right_answers_wait_until_a_pass_when_review_says_so(client, learner, module):
    quiz = every_type_quiz(module, show_correct_answers="once_passed", pass_mark=50)
    html = result_html(client, submitted(learner, quiz, ANSWERS))
    assert all("The right answer" not in card for card in cards(html))
    assert "The right answers are shown once you pass." in html


def test_every_element_has_a_govuk_style_or_sits_in_styled_rich_text(client, learner, module):
    quiz = every_type_quiz(module)
    html = result_html(client, submitted(learner, quiz, ANSWERS))
    main = BeautifulSoup(html, "html.parser").main
    styled = ("govuk-", "app-")
    for element in main.find_all(["p", "ul", "ol", "table", "h1", "h2", "h3", "dl", "div", "strong"]):
        classes = " ".join(element.get("class", []))
        inside = [parent for parent in element.parents if "app-rich-text" in " ".join(parent.get("class", []))]
        if element.name == "strong" and element.find_parent(class_="govuk-panel__body"):
            continue
        if element.name == "div" and not classes:
            continue
        assert classes.startswith(styled) or " govuk-" in classes or inside, element.prettify()[:200]


# Essays waiting for marking, and marked ------------------------------------------------------------------------


@pytest.fixture
def essay_quiz(module):
    essay = create_question(category=make_category(), name="Why a mutual", spec=ESSAY)
    return quiz_in(module, [make_question("true_false"), essay], pass_mark=50)


def test_an_attempt_waiting_for_marking_says_so_without_a_percentage(client, learner, essay_quiz):
    attempt = submitted(learner, essay_quiz, {1: RIGHT["true_false"], 2: {"text": ESSAY_TEXT}})
    assert attempt.state == Attempt.State.AWAITING_MARKING
    html = result_html(client, attempt)
    panel = BeautifulSoup(html, "html.parser").select_one(".govuk-panel")
    assert panel.h1.get_text(strip=True) == "Your answers are waiting to be marked"
    assert "%" not in panel.get_text()
    assert "Your score<br>" not in html
    true_false, essay = cards(html)
    assert (true_false["Status"], true_false["Mark"]) == ("Correct", "1 out of 1")
    assert (essay["Status"], essay["Mark"]) == ("Waiting for marking", "Waiting for marking")
    assert "The right answer" not in essay


def test_an_unmarked_essay_waits_for_marking_even_when_its_state_was_stored_cut_short(client, learner, essay_quiz):
    attempt = submitted(learner, essay_quiz, {2: {"text": ESSAY_TEXT}})
    AttemptQuestion.objects.filter(attempt=attempt, position=2).update(grade_state="needs_markin")  # varchar(12) on PG
    assert cards(result_html(client, attempt))[1]["Status"] == "Waiting for marking"


def test_an_essay_is_shown_escaped_in_paragraphs_and_lists(client, learner, essay_quiz):
    html = result_html(client, submitted(learner, essay_quiz, {2: {"text": ESSAY_TEXT}}))
    answer = BeautifulSoup(html, "html.parser").select(".app-learner-answer")[1]
    assert [(element.name, element.get_text(" ", strip=True)) for element in answer.find_all(["p", "li"])] == [
        ("p", "It keeps <staff> engaged. And it saves money."),
        ("li", "lower costs"),
        ("li", "more say"),
        ("p", "So: try it."),
    ]
    assert "It keeps &lt;staff&gt; engaged.<br>And it saves money." in html


def mark_essay(attempt, *, mark: str, comment: str):
    """Record a person's mark as the marking service does, and finish grading the attempt."""
    marker = UserFactory()
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().select_related("quiz").get(pk=attempt.pk)
        essay = AttemptQuestion.objects.get(attempt=locked, position=2)
        essay.mark, essay.fraction = Decimal(mark), float(Decimal(mark) / essay.max_mark)
        essay.grade_state = "correct" if essay.fraction == 1 else "partial"
        essay.marked_by, essay.marked_at, essay.marker_comment = marker, timezone.now(), comment
        essay.save()
        total = sum(item.mark for item in AttemptQuestion.objects.filter(attempt=locked))
        finish_grading(attempt=locked, total=total)
    return locked


def test_once_marked_the_result_shows_the_score_the_mark_and_the_markers_comment(client, learner, essay_quiz):
    attempt = submitted(learner, essay_quiz, {1: RIGHT["true_false"], 2: {"text": ESSAY_TEXT}})
    mark_essay(attempt, mark="1", comment="A fair start.\n\nSay more about <risks> & costs.")
    html = result_html(client, attempt)
    panel = BeautifulSoup(html, "html.parser").select_one(".govuk-panel")
    assert panel.h1.get_text(strip=True) == "You passed"
    assert panel.select_one(".govuk-panel__body").get_text(" ", strip=True) == "Your score 66.7%"  # 2 of 3 marks
    essay = cards(html)[1]
    assert (essay["Status"], essay["Mark"]) == ("Partly correct", "1 out of 2")
    assert essay["Marker's comment"] == "A fair start. Say more about <risks> & costs."
    assert "<p>A fair start.</p>\n\n<p>Say more about &lt;risks&gt; &amp; costs.</p>" in html


# The main action -----------------------------------------------------------------------------------------------


def test_after_a_fail_try_again_is_the_main_action_and_continue_is_secondary(client, learner, module):
    quiz = every_type_quiz(module, pass_mark=80, attempts_allowed=3)
    html = result_html(client, submitted(learner, quiz, ANSWERS))
    assert buttons(html) == [
        ("Try again", "govuk-button"),
        ("Continue to After the quiz", "govuk-button govuk-button--secondary"),
        ("Back to the quiz", "govuk-link"),
    ]
    form = BeautifulSoup(html, "html.parser").find("form", action=reverse("assessments:start", args=[quiz.pk]))
    assert form["method"] == "post" and form.find("input", attrs={"name": "csrfmiddlewaretoken"})


def test_try_again_starts_the_next_attempt(client, learner, module):
    quiz = every_type_quiz(module, pass_mark=80)
    submitted(learner, quiz, ANSWERS)
    response = client.post(reverse("assessments:start", args=[quiz.pk]))
    second = Attempt.objects.get(user=learner, quiz=quiz, number=2)
    assert response["Location"] == reverse("assessments:attempt_page", args=[second.pk, 1])


def test_after_a_pass_continue_to_the_next_item_is_the_main_action(client, learner, module):
    quiz = every_type_quiz(module, pass_mark=10)
    html = result_html(client, submitted(learner, quiz, {1: RIGHT["single_choice"]}))
    assert buttons(html) == [("Continue to After the quiz", "govuk-button"), ("Back to the quiz", "govuk-link")]


def test_after_the_last_allowed_attempt_fails_continue_is_the_main_action(client, learner, module):
    quiz = every_type_quiz(module, pass_mark=80, attempts_allowed=1)
    html = result_html(client, submitted(learner, quiz, ANSWERS))
    assert "You have used all your attempts at this quiz." in html
    assert buttons(html) == [("Continue to After the quiz", "govuk-button"), ("Back to the quiz", "govuk-link")]


def test_with_another_attempt_open_the_main_action_is_to_continue_it(client, learner, module):
    quiz = every_type_quiz(module, pass_mark=80)
    failed = submitted(learner, quiz, ANSWERS)
    open_attempt = start_attempt(user=learner, quiz=quiz)
    html = result_html(client, failed)
    assert buttons(html)[0] == ("Continue your attempt", "govuk-button")
    assert f'href="{reverse("assessments:attempt_page", args=[open_attempt.pk, 1])}"' in html


def test_a_fail_after_an_earlier_pass_does_not_ask_the_learner_to_try_again(learner, module):
    quiz = every_type_quiz(module, pass_mark=50)
    submitted(learner, quiz, {n: RIGHT[qtype] for n, qtype in enumerate(SPECS, start=1)})
    failed = submitted(learner, quiz, {})
    assert result_main_action(attempt=failed, overview=quiz_overview(quiz=quiz, user=learner)) == CONTINUE


def test_main_actions_by_state(learner, module):
    quiz = every_type_quiz(module, pass_mark=80, attempts_allowed=2)
    failed = submitted(learner, quiz, {})
    assert result_main_action(attempt=failed, overview=quiz_overview(quiz=quiz, user=learner)) == RETRY
    start_attempt(user=learner, quiz=quiz)
    assert result_main_action(attempt=failed, overview=quiz_overview(quiz=quiz, user=learner)) == RESUME


def test_the_last_item_in_the_course_leads_back_to_the_course(client, learner):
    course = make_course(modules=1, lessons=1, slug="short")
    quiz = make_quiz(ModulePage.objects.child_of(course).get(), questions=[make_question()], pass_mark=None)
    html = result_html(client, submitted(learner, quiz, {1: RIGHT["single_choice"]}))
    assert buttons(html) == [("Go to the course overview", "govuk-button"), ("Back to the quiz", "govuk-link")]
    assert BeautifulSoup(html, "html.parser").find("a", string="Go to the course overview")["href"] == course.url
