"""Question bank and quiz builders for Django-level tests."""

import factory

from assessments.models import Attempt, QuestionCategory, QuizPage, QuizSlot
from assessments.services.questions import create_question
from tests.courses.factories import publish

SPECS = {
    "single_choice": {
        "type": "single_choice",
        "text": "<p>Which body led the 2013 support for employee-led mutuals?</p>",
        "general_feedback": "<p>GENERAL-SECRET-1</p>",
        "choices": [
            {"id": "a", "text": "<p>The Cabinet Office</p>", "fraction": 1.0, "feedback": "<p>FEEDBACK-SECRET-A</p>"},
            {"id": "b", "text": "<p>The Treasury</p>", "fraction": 0.0, "feedback": "<p>FEEDBACK-SECRET-B</p>"},
            {"id": "c", "text": "<p>Ofsted</p>", "fraction": 0.0, "feedback": "<p>FEEDBACK-SECRET-C</p>"},
        ],
    },
    "multiple_response": {
        "type": "multiple_response",
        "text": "<p>Which bodies are automatically subject to an asset lock?</p>",
        "scoring": "partial",
        "choices": [
            {"id": "a", "text": "<p>Trusts</p>", "fraction": 0.5, "feedback": "<p>FEEDBACK-SECRET-D</p>"},
            {"id": "b", "text": "<p>Community interest companies</p>", "fraction": 0.5, "feedback": ""},
            {"id": "c", "text": "<p>Private limited companies</p>", "fraction": -0.5, "feedback": ""},
        ],
    },
    "true_false": {
        "type": "true_false",
        "text": "<p>The Social Value Act came into force on 31 January 2013.</p>",
        "correct": True,
        "feedback_true": "<p>FEEDBACK-SECRET-TRUE</p>",
        "feedback_false": "<p>FEEDBACK-SECRET-FALSE</p>",
    },
    "short_text": {
        "type": "short_text",
        "text": "<p>Name the right employees can use to bid to run a service.</p>",
        "answers": [
            {"text": "ANSWER-SECRET-right to challenge", "fraction": 1.0, "feedback": "<p>FEEDBACK-SECRET-S</p>"}
        ],
    },
    "numeric": {
        "type": "numeric",
        "text": "<p>How many mutuals were there in January 2013?</p>",
        "answers": [{"value": 4242.5, "tolerance": 0.25, "fraction": 1.0, "feedback": "<p>FEEDBACK-SECRET-N</p>"}],
    },
    "matching": {
        "type": "matching",
        "text": "<p>Match each role to what it means.</p>",
        "pairs": [
            {"id": "p1", "prompt": "<p>Challenge</p>", "answer": "Steer on mutuals"},
            {"id": "p2", "prompt": "<p>Collaborate</p>", "answer": "Work with peers"},
            {"id": "p3", "prompt": "<p>Champion</p>", "answer": "Make the case"},
        ],
        "distractors": ["Run the procurement"],
    },
    "ordering": {
        "type": "ordering",
        "text": "<p>Put these in order.</p>",
        "items": [{"id": "i1", "text": "2010"}, {"id": "i2", "text": "2013"}, {"id": "i3", "text": "2025"}],
    },
}

ESSAY = {
    "type": "essay",
    "text": "<p>Describe how you would involve staff in designing a mutual.</p>",
    "general_feedback": "<p>GENERAL-ESSAY</p>",
    "default_mark": 4.0,
    "word_limit": 50,
    "response_template": "",
    "marking_guidance": "<p>MARKING-GUIDANCE-SECRET: award 2 marks for consultation, 2 for a staff vote.</p>",
}

RIGHT = {
    "single_choice": {"choice": "a"},
    "multiple_response": {"choices": ["a", "b"]},
    "true_false": {"value": True},
    "short_text": {"text": "ANSWER-SECRET-right to challenge"},
    "numeric": {"value": "4242.5"},
    "matching": {"matches": {"p1": "Steer on mutuals", "p2": "Work with peers", "p3": "Make the case"}},
    "ordering": {"order": ["i1", "i2", "i3"]},
}


class AttemptFactory(factory.django.DjangoModelFactory):
    """An attempt row written directly, for tests of the database's rules; learners start attempts through
    ``assessments.services.attempts.start_attempt``."""

    class Meta:
        model = Attempt

    number = 1
    seed = 1


def make_category(name="Test bank", parent=None):
    category, _ = QuestionCategory.objects.get_or_create(name=name, parent=parent)
    return category


def make_question(qtype="single_choice", *, category=None, name=None, spec=None):
    spec = spec or (ESSAY if qtype == "essay" else SPECS[qtype])
    return create_question(category=category or make_category(), name=name or f"{qtype} question", spec=spec)


def make_quiz(module, *, questions=None, random_from=None, random_count=1, slug="quiz", **settings):
    quiz = QuizPage(title="Check your understanding", slug=slug, **{"pass_mark": 50, **settings})
    slots = [QuizSlot(kind=QuizSlot.Kind.FIXED, question=question) for question in (questions or [])]
    if random_from is not None:
        slots.append(QuizSlot(kind=QuizSlot.Kind.RANDOM, category=random_from, count=random_count))
    quiz.slots = slots
    return publish(module, quiz)
