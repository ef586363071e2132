"""A quiz slot uses only the fields of its kind; a value left in another kind's field is refused with a clear message."""

import pytest
from django.core.exceptions import ValidationError

from assessments.models import QuizSlot
from assessments.models.quiz import FIXED_SLOT_CATEGORY, FIXED_SLOT_COUNT, RANDOM_SLOT_QUESTION
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


def test_a_fixed_slot_refuses_a_category_and_a_count_other_than_one():
    slot = QuizSlot(kind=QuizSlot.Kind.FIXED, question=make_question(), category=make_category(), count=4)
    assert errors(slot) == {"category": [FIXED_SLOT_CATEGORY], "count": [FIXED_SLOT_COUNT]}


def test_a_random_slot_refuses_a_question():
    slot = QuizSlot(kind=QuizSlot.Kind.RANDOM, category=make_category(), question=make_question())
    assert errors(slot) == {"question": [RANDOM_SLOT_QUESTION]}


def test_each_kind_still_asks_for_its_own_field():
    assert errors(QuizSlot(kind=QuizSlot.Kind.FIXED)) == {"question": ["Choose the question for this slot."]}
    assert errors(QuizSlot(kind=QuizSlot.Kind.RANDOM)) == {
        "category": ["Choose the category to draw random questions from."]
    }
