"""Reads shared by quiz pages, attempt pages, results and the author report; the apps built on assessments
(cohorts) read quiz results only through here.

``QuizPage`` asks these selectors, so they reach the models as a module (``models.Attempt``), looked up when a
function runs rather than when the module loads.
"""

from assessments.selectors.attempts import (
    CONTINUE,
    RESUME,
    RETRY,
    TYPE_LABELS,
    DisplayedQuestion,
    QuizOverview,
    QuizPassCount,
    ReviewedQuestion,
    attempt_page,
    displayed_question,
    is_quiz,
    quiz_grade,
    quiz_overview,
    quiz_overviews,
    quiz_pass_counts,
    quiz_question_count,
    result_main_action,
    review_options,
    reviewed_questions,
)
from assessments.selectors.reports import (
    LearnerReport,
    QuestionReport,
    QuizReport,
    VersionReport,
    quiz_report,
    report_answers,
    report_attempt,
    report_excluded_users,
)

__all__ = [
    "CONTINUE",
    "RESUME",
    "RETRY",
    "TYPE_LABELS",
    "DisplayedQuestion",
    "LearnerReport",
    "QuestionReport",
    "QuizOverview",
    "QuizPassCount",
    "QuizReport",
    "ReviewedQuestion",
    "VersionReport",
    "attempt_page",
    "displayed_question",
    "is_quiz",
    "quiz_grade",
    "quiz_overview",
    "quiz_overviews",
    "quiz_pass_counts",
    "quiz_question_count",
    "quiz_report",
    "report_answers",
    "report_attempt",
    "report_excluded_users",
    "result_main_action",
    "review_options",
    "reviewed_questions",
]
