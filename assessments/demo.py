"""Demo quizzes: one per module of the demo course, from assessments/demo_questions.py. Idempotent."""

from django.db import transaction
from wagtail.models import Page

from assessments import questions as q
from assessments.demo_questions import QUIZZES
from assessments.models import Attempt, AttemptQuestion, Question, QuestionCategory, QuizPage, QuizSlot
from assessments.models.quiz import GradingMethod, ReviewWhen
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from assessments.services.questions import create_question
from courses.models import CoursePage, LessonPage, ModulePage
from courses.services.progress import complete_item

BANK_NAME = "Commissioning and mutualisation"
# A passed quiz counts towards a certificate, so a retake must not be a formality: three attempts, the best counts,
# and the feedback (which explains the answers) and the right answers only once the learner has passed. Before that
# the result page shows which questions were right, so a learner knows what to revisit.
CERTIFICATE_QUIZ_SETTINGS = {
    "attempts_allowed": 3,
    "grading_method": GradingMethod.HIGHEST,
    "show_feedback": ReviewWhen.ONCE_PASSED,
    "show_correct_answers": ReviewWhen.ONCE_PASSED,
}


@transaction.atomic
def load_demo_quizzes(course: CoursePage) -> list[QuizPage]:
    """Add the demo quiz to the end of each module that lacks one; questions are filed by module in the bank."""
    root, _ = QuestionCategory.objects.get_or_create(parent=None, name=BANK_NAME)
    quizzes = []
    for module in ModulePage.objects.child_of(course):
        spec = QUIZZES.get(module.slug)
        if spec is None:
            continue
        category, _ = QuestionCategory.objects.get_or_create(parent=root, name=module.title[:200])
        questions = []
        lesson_titles = {lesson.slug: lesson.title for lesson in LessonPage.objects.child_of(module)}
        for entry in spec["questions"]:
            question = Question.objects.filter(category=category, name=entry["name"]).first()
            if question is None:
                question = create_question(
                    category=category, name=entry["name"], spec=entry["spec"], tags=[entry["lesson"]]
                )
            questions.append(question)
            if entry["lesson"] not in lesson_titles:
                raise ValueError(f"Demo question {entry['name']!r} points at an unknown lesson {entry['lesson']!r}")
        quiz = QuizPage.objects.child_of(module).first()
        if quiz is None:
            quiz = QuizPage(
                title=spec["title"],
                slug="check-your-understanding",
                introduction=spec["intro"],
                pass_mark=spec["pass_mark"],
                questions_per_page=3,
                **CERTIFICATE_QUIZ_SETTINGS,
            )
            quiz.slots = [QuizSlot(kind=QuizSlot.Kind.FIXED, question=question) for question in questions]
            module.add_child(instance=quiz)
            quiz.save_revision().publish()
        quizzes.append(quiz)
    return quizzes


def right_response(spec: dict) -> dict | None:
    """The response that earns full marks on ``spec``, in the shape an attempt stores; None for an essay."""
    question = q.parse_spec(spec)
    if isinstance(question, q.SingleChoice):
        return {"choice": max(question.choices, key=lambda choice: choice.fraction).id}
    if isinstance(question, q.MultipleResponse):
        return {"choices": [choice.id for choice in question.choices if choice.fraction > 0]}
    if isinstance(question, q.TrueFalse):
        return {"value": question.correct}
    if isinstance(question, q.ShortText):
        best = max(question.answers, key=lambda answer: answer.fraction)
        return {"text": best.text.replace("*", "")}  # a wildcard matches anything, including nothing
    if isinstance(question, q.Numeric):
        return {"value": q.format_number(max(question.answers, key=lambda answer: answer.fraction).value)}
    if isinstance(question, q.Matching):
        return {"matches": {pair.id: pair.answer for pair in question.pairs}}
    if isinstance(question, q.Ordering):
        return {"order": [item.id for item in question.items]}
    return None


def pass_demo_quiz(*, user, quiz: QuizPage) -> Attempt:
    """A demo learner's passed attempt at ``quiz``, taken the way a learner takes it: started, answered right and
    submitted through the attempt services, so it is graded and reported to progress. Idempotent."""
    passed = Attempt.objects.filter(quiz=quiz, user=user, passed=True).first()
    if passed is not None:
        return passed
    attempt = start_attempt(user=user, quiz=quiz)
    versions = AttemptQuestion.objects.filter(attempt=attempt).select_related("version")
    save_responses(attempt=attempt, responses={item.position: right_response(item.version.spec) for item in versions})
    return submit_attempt(attempt=attempt)


def complete_demo_item(*, user, item: Page) -> None:
    """Complete a demo course item for a demo learner: a quiz by passing it, anything else directly."""
    if isinstance(item, QuizPage):
        pass_demo_quiz(user=user, quiz=item)
    else:
        complete_item(user=user, item=item)
