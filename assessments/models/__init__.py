from assessments.models.attempts import Attempt, AttemptQuestion
from assessments.models.bank import Question, QuestionCategory, QuestionVersion
from assessments.models.imports import QuestionImport
from assessments.models.quiz import GradingMethod, QuizPage, QuizSlot, ReviewWhen

__all__ = [
    "Attempt",
    "AttemptQuestion",
    "GradingMethod",
    "Question",
    "QuestionCategory",
    "QuestionImport",
    "QuestionVersion",
    "QuizPage",
    "QuizSlot",
    "ReviewWhen",
]
