from assessments.models.attempts import Attempt, AttemptQuestion
from assessments.models.bank import Question, QuestionCategory, QuestionVersion
from assessments.models.imports import QuestionImport
from assessments.models.quiz import QuizPage, QuizSlot

__all__ = [
    "Attempt",
    "AttemptQuestion",
    "Question",
    "QuestionCategory",
    "QuestionImport",
    "QuestionVersion",
    "QuizPage",
    "QuizSlot",
]
