"""Attempt pages: start, answer page by page (with or without JavaScript), check and submit, results, report."""

import html
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import strip_tags
from django.views.decorators.http import require_POST

from academy.core import spreadsheets
from assessments.models import Attempt, AttemptQuestion, QuizPage
from assessments.responses import form_values, parse_response, posted_values
from assessments.review import LearnerAnswer, learner_answer
from assessments.selectors import (
    attempt_page,
    quiz_overview,
    quiz_report,
    report_answers,
    report_attempt,
    result_main_action,
    review_options,
    reviewed_questions,
)
from assessments.services.attempts import AttemptClosed, AttemptError, save_responses, start_attempt, submit_attempt
from courses.selectors import course_for_page, course_outline, live_course_item


def _own_attempt(request, attempt_id: int) -> Attempt:
    # Another learner's attempt is not found, not forbidden: ids reveal nothing.
    return get_object_or_404(Attempt.objects.select_related("quiz"), pk=attempt_id, user=request.user)


@login_required
@require_POST
def start(request, quiz_id: int):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    if live_course_item(item=quiz, request=request) is None:
        raise Http404
    try:
        attempt = start_attempt(user=request.user, quiz=quiz)
    except AttemptError as error:
        messages.error(request, str(error))
        return redirect(quiz.url)
    return redirect("assessments:attempt_page", attempt_id=attempt.pk, page=1)


@login_required
def attempt_page_view(request, attempt_id: int, page: int):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_open:
        return redirect("assessments:result", attempt_id=attempt.pk)
    questions, pages = attempt_page(attempt=attempt, page_number=page)
    errors = []
    if request.method == "POST":
        responses = {}
        for question in questions:
            response, error = parse_response(question, request.POST)
            if error:
                errors.append((question.position, error))
            if response is not None or not error:  # never overwrite a saved answer with nothing
                responses[question.position] = response
        try:
            save_responses(attempt=attempt, responses=responses)
        except AttemptClosed as closed:
            messages.info(request, str(closed))
            return redirect("assessments:result", attempt_id=attempt.pk)
        if not errors:
            if "previous" in request.POST and page > 1:
                return redirect("assessments:attempt_page", attempt_id=attempt.pk, page=page - 1)
            if page < pages:
                return redirect("assessments:attempt_page", attempt_id=attempt.pk, page=page + 1)
            return redirect("assessments:check", attempt_id=attempt.pk)
        questions, pages = attempt_page(attempt=attempt, page_number=page)
    error_for = dict(errors)
    for question in questions:
        if question.position in error_for:
            question.values = posted_values(question, request.POST)
        else:
            question.values = form_values(question)
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "questions": questions,
        "page_number": page,
        "pages": pages,
        "errors": errors,
        "error_for": error_for,
    }
    return render(request, "assessments/attempt_page.html", context, status=400 if errors else 200)


@login_required
@require_POST
def autosave(request, attempt_id: int):
    """JavaScript autosave of the current page's answers. Returns JSON, never answers or grades."""
    attempt = _own_attempt(request, attempt_id)
    try:
        page = int(request.POST.get("page", "1") or 1)
    except ValueError:
        return JsonResponse(
            {"saved": 0, "closed": False, "message": "The page number must be a whole number."}, status=400
        )
    questions, _ = attempt_page(attempt=attempt, page_number=page)
    responses = {}
    for question in questions:
        response, error = parse_response(question, request.POST)
        if response is not None or not error:
            responses[question.position] = response
    try:
        saved = save_responses(attempt=attempt, responses=responses)
    except AttemptClosed as closed:
        return JsonResponse({"saved": 0, "closed": True, "message": str(closed)}, status=409)
    return JsonResponse({"saved": saved, "closed": False})


@login_required
def check(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_open:
        return redirect("assessments:result", attempt_id=attempt.pk)
    items = list(AttemptQuestion.objects.filter(attempt=attempt).order_by("position"))
    per_page = max(attempt.quiz.questions_per_page, 1)
    rows = [
        {"position": item.position, "answered": item.response is not None, "page": (item.position - 1) // per_page + 1}
        for item in items
    ]
    return render(
        request,
        "assessments/check.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "rows": rows,
            "unanswered": sum(1 for row in rows if not row["answered"]),
        },
    )


@login_required
@require_POST
def submit(request, attempt_id: int):
    try:  # the ownership check is the query that locks the attempt's row
        attempt = submit_attempt(attempt=Attempt(pk=attempt_id), owner=request.user)
    except Attempt.DoesNotExist:
        raise Http404("No such attempt") from None
    return redirect("assessments:result", attempt_id=attempt.pk)


@login_required
def result(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        return redirect("assessments:check", attempt_id=attempt.pk)
    overview = quiz_overview(quiz=attempt.quiz, user=request.user)
    outline = course_outline(course=course_for_page(page=attempt.quiz), request=request)
    return render(
        request,
        "assessments/result.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": reviewed_questions(attempt=attempt),
            "review": review_options(attempt=attempt, overview=overview),
            "overview": overview,
            "main_action": result_main_action(attempt=attempt, overview=overview),
            "position": outline.position(attempt.quiz),
            "course_url": outline.url,
        },
    )


def _can_see_report(user, quiz: QuizPage) -> bool:
    return user.is_authenticated and (user.is_superuser or quiz.permissions_for_user(user).can_edit())


REPORT_TABLES = ("summary", "questions", "versions", "choices", "learners", "answers")
UNKNOWN_REPORT_TABLE = (
    "There is no report table called {table}. Choose summary, questions, versions, choices, learners or answers."
)


@login_required
def report(request, quiz_id: int):
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not _can_see_report(request.user, quiz):
        raise PermissionDenied
    if request.GET.get("format") == "csv":
        table = request.GET.get("table", "summary")
        if table not in REPORT_TABLES:
            return HttpResponse(
                UNKNOWN_REPORT_TABLE.format(table=table[:50]), status=400, content_type="text/plain; charset=utf-8"
            )
        if table == "answers":
            return _answers_csv(quiz, report_answers(quiz=quiz))
        return _report_csv(quiz_report(quiz=quiz), table)
    url = reverse("assessments:report", args=[quiz.pk])
    return render(
        request,
        "assessments/report.html",
        {
            "quiz": quiz,
            "report": quiz_report(quiz=quiz),
            "csv_urls": {table: f"{url}?{urlencode({'format': 'csv', 'table': table})}" for table in REPORT_TABLES},
        },
    )


def _report_csv(data, table: str) -> HttpResponse:
    """One table per file, every text cell neutralised against spreadsheet formulas."""
    header, rows = _report_table(data, table)
    return _csv_response(f"quiz-{data.quiz.pk}-{table}.csv", header, rows)


def _report_table(data, table: str) -> tuple[list[str], list[list]]:
    if table == "summary":
        header = ["Quiz", "Attempts counted", "Learners", "Average score (%)", "Pass rate (%)", "Awaiting marking"]
        return header, [
            [
                data.quiz.title,
                data.attempts,
                data.learners,
                _number(data.average_percent),
                _number(data.pass_rate, times=100),
                data.awaiting_marking,
            ]
        ]
    if table == "questions":
        header = ["Question", "Type", "Attempts", "Fully correct", "Facility index (%)", "Discrimination index"]
        return header, [
            [
                question.name,
                question.type_label,
                question.attempts,
                question.correct,
                _number(question.facility),
                _number(question.discrimination),
            ]
            for question in data.questions
        ]
    if table == "versions":
        header = ["Question", "Version", "Attempts", "Fully correct", "Facility index (%)", "Discrimination index"]
        return header, [
            [
                question.name,
                version.number,
                version.attempts,
                version.correct,
                _number(version.facility),
                _number(version.discrimination),
            ]
            for question in data.questions
            for version in question.versions
        ]
    if table == "learners":
        header = ["Learner", "Email", "Attempts counted", "Best score (%)", "Passed"]
        return header, [
            [
                learner.name,
                learner.email,
                len(learner.attempts),
                _number(learner.best_percent),
                "" if learner.passed is None else ("Yes" if learner.passed else "No"),
            ]
            for learner in data.learner_rows
        ]
    header = ["Question", "Response", "Credit (%)", "Count", "Share of attempts (%)"]
    return header, [
        [
            question.name,
            html.unescape(strip_tags(row.label)),
            _number(row.credit, times=100),
            row.count,
            _number(row.share, times=100),
        ]
        for question in data.questions
        for row in question.responses
    ]


def _answers_csv(quiz: QuizPage, answers: list[AttemptQuestion]) -> HttpResponse:
    """Every answer of every counted attempt, one row each."""
    header = ["Learner", "Email", "Attempt", "Position", "Question", "Version", "Answer", "Mark", "Out of"]
    rows = (
        [
            item.attempt.user.full_name,
            item.attempt.user.email,
            item.attempt.number,
            item.position,
            item.version.question.name,
            item.version.number,
            _answer_text(learner_answer(item.version.spec, item.response)),
            _number(item.mark),
            _number(item.max_mark),
        ]
        for item in answers
    )
    return _csv_response(f"quiz-{quiz.pk}-answers.csv", header, rows)


def _csv_response(filename: str, header: list[str], rows) -> HttpResponse:
    # Not streamed: a quiz report is built in memory anyway. No byte-order mark, as before.
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    spreadsheets.write_csv(response, header, rows, bom=False)
    return response


def _plain(html_text: str) -> str:
    return " ".join(html.unescape(strip_tags(html_text)).split())


def _answer_text(answer: LearnerAnswer) -> str:
    """An answer as one line of plain text: choices, pairs and items separated by semicolons."""
    if answer.kind == "choices":
        return "; ".join(_plain(choice) for choice in answer.choices) or "None of the choices"
    if answer.kind == "text":
        return answer.text
    if answer.kind == "matches":
        return "; ".join(f"{_plain(prompt)} → {chosen}" for prompt, chosen in answer.matches)
    if answer.kind == "order":
        return "; ".join(answer.order)
    if answer.kind == "essay":
        return " ".join(" ".join(block.lines) for block in answer.essay)
    return "Not answered"


@login_required
def report_attempt_view(request, quiz_id: int, attempt_id: int):
    """One learner's attempt in the report: every answer beside the right one, with its mark and feedback."""
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not _can_see_report(request.user, quiz):
        raise PermissionDenied
    attempt = report_attempt(quiz=quiz, attempt_id=attempt_id)
    if attempt is None:
        raise Http404
    return render(
        request,
        "assessments/report_attempt.html",
        {
            "quiz": quiz,
            "attempt": attempt,
            "questions": reviewed_questions(attempt=attempt),
            "review": {"correct_answers": True, "feedback": True},
        },
    )


def _number(value, *, times: int = 1):
    """A number rounded to one decimal place for a CSV cell; blank when undefined."""
    return "" if value is None else round(float(value) * times, 1) + 0.0  # + 0.0 turns -0.0 into 0.0
