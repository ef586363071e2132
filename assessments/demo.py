"""Taking the demo quizzes as a demo learner would. The quizzes themselves are items of the demo course folder
(courses/demo/content/), imported with the course."""

from wagtail.models import Page

from assessments import questions as q
from assessments.models import Attempt, AttemptQuestion, QuizPage
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from courses.services.progress import complete_item


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
