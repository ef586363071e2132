"""The demo course and its quizzes say what their sources say, point learners to the right lesson and can be passed
only by knowing the answers, not by reading the other questions. The content is read from its data files with the
course importer's own reader."""

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest

from assessments.models import QuizPage
from assessments.models.quiz import GradingMethod, ReviewWhen
from assessments.questions import validate_spec
from courses.demo.course import COURSE_FOLDER, load_demo_course
from courses.demo.site import load_demo_site
from courses.importing.loader import check_course_folder
from courses.selectors import course_outline
from tests.built_once import rolled_back_at_the_end

FOLDER = check_course_folder(COURSE_FOLDER)
MODULES = {module.meta.slug: module for module in FOLDER.modules}
LESSONS = {item.meta.slug: item for module in FOLDER.modules for item in module.items if item.kind == "lesson"}
QUIZZES = {module.meta.slug: item.meta for module in FOLDER.modules for item in module.items if item.kind == "quiz"}
# Each question's one tag is the slug of the lesson that teaches its point (none, or two, name no lesson).
QUESTIONS = [
    (module_slug, {"name": parsed.name, "lesson": " ".join(parsed.tags), "spec": parsed.spec})
    for module_slug, quiz in QUIZZES.items()
    for parsed in quiz.result.questions
]
TAG = re.compile(r"<[^>]+>")
SECTION_33_RULE = "three years ending on the day"
# Ways of putting the section 33 rule that count from the wrong day or leave the period vague.
VAGUE_THREE_YEAR_RULES = ("within three years", "previous three years", "last three years", "three years after")


def plain(html: str) -> str:
    return " ".join(TAG.sub(" ", html).split())


def words_of(value) -> str:
    """All the text in a lesson body or a question spec, tags removed."""
    if isinstance(value, str):
        return plain(value)
    if isinstance(value, dict):
        return " ".join(words_of(item) for item in value.values())
    if isinstance(value, list | tuple):
        return " ".join(words_of(item) for item in value)
    return ""


def lesson_text(slug: str) -> str:
    lesson = LESSONS[slug]
    return words_of([lesson.meta.title, lesson.meta.summary, lesson.blocks])


def shown_before_answering(spec: dict) -> str:
    """What a learner sees of a question while answering: its text and options, never its feedback."""
    parts = [spec["text"]]
    parts += [choice["text"] for choice in spec.get("choices", [])]
    parts += [pair[key] for pair in spec.get("pairs", []) for key in ("prompt", "answer")]
    parts += spec.get("distractors", [])
    parts += [item["text"] for item in spec.get("items", [])]
    return plain(" ".join(parts)).lower()


def keyed_content(spec: dict) -> str:
    """The key and what explains it: right choices and their feedback, full-mark answers' feedback, general
    feedback."""
    parts = [spec.get("general_feedback", "")]
    for choice in spec.get("choices", []):
        if choice["fraction"] > 0:
            parts += [choice["text"], choice.get("feedback", "")]
    parts += [answer.get("feedback", "") for answer in spec.get("answers", []) if answer["fraction"] == 1]
    if spec["type"] == "true_false":
        parts.append(spec["feedback_true"] if spec["correct"] else spec["feedback_false"])
    return plain(" ".join(parts))


QUESTION_IDS = [entry["name"] for _, entry in QUESTIONS]


@pytest.mark.parametrize(("module_slug", "entry"), QUESTIONS, ids=QUESTION_IDS)
def test_every_demo_question_points_to_a_lesson_in_its_own_module(module_slug, entry):
    assert entry["lesson"] in {item.meta.slug for item in MODULES[module_slug].items if item.kind == "lesson"}


@pytest.mark.parametrize(("module_slug", "entry"), QUESTIONS, ids=QUESTION_IDS)
def test_every_demo_question_feedback_names_the_title_of_its_lesson(module_slug, entry):
    named = re.findall(r"Revisit the lesson ‘(.*?)’ for more\.", entry["spec"]["general_feedback"])
    assert named == [LESSONS[entry["lesson"]].meta.title]


@pytest.mark.parametrize(("module_slug", "entry"), QUESTIONS, ids=QUESTION_IDS)
def test_every_demo_question_is_a_valid_question(module_slug, entry):
    assert validate_spec(entry["spec"]) == []


def test_every_demo_quiz_introduction_names_its_module_by_its_title():
    for module_slug, quiz in QUIZZES.items():
        assert f"understanding of the module ‘{MODULES[module_slug].meta.title}’" in quiz.introduction


# The lesson a question points to teaches its answer: for the questions whose answers were once missing from their
# lesson, the fact the key relies on is in the lesson's own words.
LESSON_TEACHES = {
    "Counting the three years (scenario)": ["three years ending on the day", "comparable contract"],
    "Maximum term of a reserved contract": ["Maximum term Five years"],
    "Section 33: who counts as a mutual": ["managed and controlled by its employees"],
    "From EU agreement to the Procurement Act": [
        "December 2012",
        "Regulation 77",
        "26 October 2023",
        "24 February 2025",
    ],
    "Academy timeline": ["6 December 2012", "31 January 2013", "February 2013", "April 2013"],
    "How the Academy was organised": ["eight development days over six months", "site visits and peer learning"],
    "Industrial and provident societies renamed": ["now called co-operative and community benefit societies"],
    "Spinning out with the council": ["many new mutuals had spun out in close collaboration"],
    "Building skills by doing (scenario)": ["Link any training to a real piece of work"],
    "Sources of support": ["A £10 million fund", "£11.5 million", "1,600 visits a week to the Mutuals Information"],
}


@pytest.mark.parametrize(("name", "facts"), LESSON_TEACHES.items())
def test_the_lesson_a_question_points_to_contains_the_fact_it_asks_about(name, facts):
    ((_, entry),) = [(module, entry) for module, entry in QUESTIONS if entry["name"] == name]
    text = lesson_text(entry["lesson"])
    for fact in facts:
        assert fact in text


def test_no_multiple_response_question_says_select_all_that_apply():
    # The template already shows that hint under every multiple-response question.
    texts = [entry["spec"]["text"] for _, entry in QUESTIONS if entry["spec"]["type"] == "multiple_response"]
    assert texts
    assert not [text for text in texts if "select all that apply" in text.lower()]


def test_the_section_33_lesson_states_the_three_year_rule_as_the_act_does():
    text = lesson_text("procurement-act-2023")
    assert "has not entered into a comparable contract during the period of three years ending on the day" in text
    assert "same kind of services, awarded by the same contracting authority and reserved under section 33" in text


def test_no_lesson_states_the_three_year_rule_vaguely_or_from_the_wrong_day():
    for slug in LESSONS:
        text = lesson_text(slug).lower()
        assert not [phrase for phrase in VAGUE_THREE_YEAR_RULES if phrase in text], slug


def test_every_question_on_the_three_year_rule_keys_and_explains_it_precisely():
    about_the_rule = [
        entry
        for _, entry in QUESTIONS
        if "three year" in words_of(entry["spec"]).lower() and "section 33" in words_of(entry["spec"])
    ]
    assert len(about_the_rule) >= 2
    for entry in about_the_rule:
        keyed = keyed_content(entry["spec"])
        assert SECTION_33_RULE in keyed, entry["name"]
        assert not [phrase for phrase in VAGUE_THREE_YEAR_RULES if phrase in keyed.lower()], entry["name"]


def test_the_three_year_scenario_is_keyed_to_the_mutual_not_qualifying():
    ((_, entry),) = [(m, e) for m, e in QUESTIONS if e["name"] == "Counting the three years (scenario)"]
    (right,) = [choice for choice in entry["spec"]["choices"] if choice["fraction"] == 1]
    assert right["text"].startswith("No.") and SECTION_33_RULE in right["text"]


def _answer_fragments(spec: dict) -> list[str]:
    """The text a learner would have to produce for a full mark, as it could appear in another question."""
    if spec["type"] == "short_text":
        patterns = [answer["text"] for answer in spec["answers"] if answer["fraction"] == 1]
        return [max(pattern.split("*"), key=len).strip().lower() for pattern in patterns]
    if spec["type"] == "numeric":
        values = [answer["value"] for answer in spec["answers"] if answer["fraction"] == 1]
        return [f"{value:g}" for value in values] + [f"{value:,.0f}" for value in values]
    return []


@pytest.mark.parametrize("module_slug", QUIZZES)
def test_no_question_shows_the_answer_to_a_short_text_or_numeric_question_in_its_quiz(module_slug):
    questions = [entry for module, entry in QUESTIONS if module == module_slug]
    for entry in questions:
        for fragment in _answer_fragments(entry["spec"]):
            for other in questions:
                if other is entry:
                    continue
                shown = shown_before_answering(other["spec"])
                assert not re.search(rf"(?<![\w,]){re.escape(fragment)}(?![\w,])", shown), (
                    f"{other['name']!r} shows {fragment!r}, the answer to {entry['name']!r}"
                )


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo course and its quizzes, loaded once for this module and rolled back afterwards."""
    with rolled_back_at_the_end(django_db_blocker):
        course = load_demo_course(load_demo_site())
        yield course, list(QuizPage.objects.descendant_of(course))


@pytest.mark.django_db
def test_the_course_estimate_is_the_sum_of_its_module_estimates(demo):
    course, _ = demo
    outline = course_outline(course=course)
    module_minutes = sum(module.minutes for module in outline.modules)
    assert module_minutes > 0
    expected_hours = (Decimal(module_minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert course.estimated_hours == expected_hours


@pytest.mark.django_db
def test_demo_quizzes_allow_three_attempts_and_show_the_right_answers_only_once_passed(demo):
    _, quizzes = demo
    assert len(quizzes) == len(QUIZZES)
    for quiz in quizzes:
        assert quiz.attempts_allowed == 3
        assert quiz.grading_method == GradingMethod.HIGHEST
        assert quiz.show_feedback == ReviewWhen.ONCE_PASSED
        assert quiz.show_correct_answers == ReviewWhen.ONCE_PASSED
