"""Demo quizzes: one per module of the demo course, from assessments/demo_questions.py. Idempotent."""

from django.db import transaction

from assessments.demo_questions import QUIZZES
from assessments.models import Question, QuestionCategory, QuizPage, QuizSlot
from assessments.models.quiz import GradingMethod, ReviewWhen
from assessments.services.questions import create_question
from courses.models import CoursePage, LessonPage, ModulePage

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
