"""The learner's own answer as the result page shows it (assessments.review), read from responses in the spec's ids."""

from assessments.review import NOT_MATCHED, EssayBlock, LearnerAnswer, essay_blocks, learner_answer, right_answer
from tests.assessments.factories import SPECS

ESSAY = {"type": "essay", "text": "<p>Explain.</p>"}


def test_no_response_is_not_answered():
    assert learner_answer(SPECS["single_choice"], None) == LearnerAnswer(kind="none")
    assert learner_answer(SPECS["short_text"], {"text": "   "}) == LearnerAnswer(kind="none")


def test_single_choice_shows_the_chosen_choice_text():
    assert learner_answer(SPECS["single_choice"], {"choice": "b"}) == LearnerAnswer(
        kind="choices", choices=("<p>The Treasury</p>",)
    )


def test_multiple_response_shows_the_chosen_choices_in_the_authors_order():
    answer = learner_answer(SPECS["multiple_response"], {"choices": ["c", "a"]})
    assert answer.choices == ("<p>Trusts</p>", "<p>Private limited companies</p>")


def test_true_false_shows_true_or_false():
    assert learner_answer(SPECS["true_false"], {"value": False}) == LearnerAnswer(kind="text", text="False")
    assert learner_answer(SPECS["true_false"], {"value": True}).text == "True"


def test_short_text_and_numeric_show_what_was_typed():
    assert learner_answer(SPECS["short_text"], {"text": "<b>Right</b> to bid"}).text == "<b>Right</b> to bid"
    assert learner_answer(SPECS["numeric"], {"value": "4,242.5"}).text == "4,242.5"


def test_matching_shows_each_prompt_with_the_chosen_answer():
    answer = learner_answer(SPECS["matching"], {"matches": {"p1": "Run the procurement", "p3": "Make the case"}})
    assert answer.matches == (
        ("<p>Challenge</p>", "Run the procurement"),
        ("<p>Collaborate</p>", NOT_MATCHED),
        ("<p>Champion</p>", "Make the case"),
    )


def test_ordering_shows_the_order_given():
    answer = learner_answer(SPECS["ordering"], {"order": ["i3", "i1", "i2"]})
    assert answer == LearnerAnswer(kind="order", order=("2025", "2010", "2013"))


def test_odd_responses_show_what_can_be_shown_and_never_raise():
    assert learner_answer(SPECS["single_choice"], {"choice": "zz"}).choices == ()
    assert learner_answer(SPECS["multiple_response"], {"choices": ["a", 7]}).choices == ("<p>Trusts</p>",)
    assert learner_answer(SPECS["ordering"], {"order": ["i9", "i1"]}).order == ("2010",)
    assert learner_answer(SPECS["matching"], {"matches": {"p1": ["not", "text"]}}).matches[0][1] == NOT_MATCHED


def test_an_essay_is_split_into_paragraphs_at_blank_lines():
    answer = learner_answer(ESSAY, {"text": "First line\nsecond line\n\nNext paragraph"})
    assert answer.kind == "essay"
    assert answer.essay == (
        EssayBlock(kind="paragraph", lines=("First line", "second line")),
        EssayBlock(kind="paragraph", lines=("Next paragraph",)),
    )


def test_lines_starting_with_a_dash_make_a_bulleted_list():
    assert essay_blocks("Options:\n- insource\n- a mutual\r\n- outsource\nThen decide.") == (
        EssayBlock(kind="paragraph", lines=("Options:",)),
        EssayBlock(kind="list", lines=("insource", "a mutual", "outsource")),
        EssayBlock(kind="paragraph", lines=("Then decide.",)),
    )


def test_an_essay_keeps_markup_as_text_for_the_template_to_escape():
    assert essay_blocks("<script>alert(1)</script>") == (
        EssayBlock(kind="paragraph", lines=("<script>alert(1)</script>",)),
    )
    assert essay_blocks("\n\n  \n") == ()


def test_the_right_answer_has_the_same_shape_as_the_learners():
    assert right_answer(SPECS["single_choice"]) == LearnerAnswer(kind="choices", choices=("<p>The Cabinet Office</p>",))
    assert right_answer(SPECS["multiple_response"]).choices == ("<p>Trusts</p>", "<p>Community interest companies</p>")
    assert right_answer(SPECS["true_false"]) == LearnerAnswer(kind="text", text="True")
    assert right_answer(SPECS["short_text"]).text == "ANSWER-SECRET-right to challenge"
    assert right_answer(SPECS["numeric"]).text == "4242.5 ± 0.25"
    assert right_answer(SPECS["matching"]).matches == (
        ("<p>Challenge</p>", "Steer on mutuals"),
        ("<p>Collaborate</p>", "Work with peers"),
        ("<p>Champion</p>", "Make the case"),
    )
    assert right_answer(SPECS["ordering"]).order == ("2010", "2013", "2025")
    assert right_answer(ESSAY) is None
