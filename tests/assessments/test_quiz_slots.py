"""A quiz slot uses only the fields of its kind; what another kind left behind (hidden in the editor) is cleared."""

import pytest
from django.core.exceptions import ValidationError

from assessments.models import QuizSlot
from tests.assessments.factories import make_category, make_question

pytestmark = pytest.mark.django_db


def errors(slot) -> dict:
    with pytest.raises(ValidationError) as raised:
        slot.clean()
    return raised.value.message_dict


def test_a_fixed_slot_with_its_question_and_nothing_else_is_valid():
    QuizSlot(kind=QuizSlot.Kind.FIXED, question=make_question()).clean()


def test_a_random_slot_with_its_category_and_count_is_valid():
    QuizSlot(kind=QuizSlot.Kind.RANDOM, category=make_category(), count=3).clean()


def test_a_fixed_slot_drops_the_category_and_count_left_from_a_random_slot():
    question = make_question()
    slot = QuizSlot(kind=QuizSlot.Kind.FIXED, question=question, category=make_category(), count=4)
    slot.clean()
    assert (slot.question, slot.category, slot.count) == (question, None, 1)


def test_a_random_slot_drops_the_question_left_from_a_fixed_slot():
    category = make_category()
    slot = QuizSlot(kind=QuizSlot.Kind.RANDOM, category=category, count=3, question=make_question())
    slot.clean()
    assert (slot.question, slot.category, slot.count) == (None, category, 3)


def test_each_kind_still_asks_for_its_own_field():
    assert errors(QuizSlot(kind=QuizSlot.Kind.FIXED)) == {"question": ["Choose the question for this slot."]}
    assert errors(QuizSlot(kind=QuizSlot.Kind.RANDOM)) == {
        "category": ["Choose the category to draw random questions from."]
    }
