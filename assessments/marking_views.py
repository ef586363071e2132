"""The marking queue and the page where a marker marks one attempt's essays (public site, GOV.UK pages)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from assessments.grading import NEEDS_MARKING
from assessments.marking_queue import is_marker, markable_attempts, marking_queue
from assessments.models import AttemptQuestion
from assessments.responses import count_words
from assessments.services.marking import GivenMark, MarkingError, check_marks, mark_answers
from courses.selectors import courses_for_pages

MARKS_SAVED = "Marks saved for {name}. {left}"
ATTEMPT_FINISHED = "Their attempt is complete and they have been emailed their result."
STILL_TO_MARK = "{n} answer{s} still to mark."


@login_required
def queue(request):
    if not is_marker(request.user):
        raise Http404
    rows = marking_queue(request.user)
    courses = courses_for_pages(pages=[row.attempt.quiz for row in rows])
    for row in rows:
        row.course = courses.get(row.attempt.quiz_id)
    return render(request, "assessments/marking/queue.html", {"rows": rows})


@login_required
def mark(request, attempt_id: int):
    # Someone who may not mark this attempt gets "not found": ids reveal nothing.
    attempt = get_object_or_404(markable_attempts(request.user).select_related("quiz", "user"), pk=attempt_id)
    items = list(
        AttemptQuestion.objects.filter(attempt=attempt).select_related("version", "marked_by").order_by("position")
    )
    to_mark = [item for item in items if item.grade_state == NEEDS_MARKING]
    errors: list[tuple[int, str]] = []
    if request.method == "POST" and attempt.is_awaiting_marking:
        given = [
            GivenMark(
                position=item.position,
                mark=request.POST.get(f"mark-{item.position}", ""),
                comment=request.POST.get(f"comment-{item.position}", ""),
            )
            for item in to_mark
        ]
        _, errors = check_marks(given=given, max_marks={item.position: item.max_mark for item in to_mark})
        if not errors:
            try:
                saved = mark_answers(attempt=attempt, marker=request.user, given=given)
            except MarkingError as error:
                messages.error(request, str(error))
                return redirect("assessments:mark", attempt_id=attempt.pk)
            left = AttemptQuestion.objects.filter(attempt=saved, grade_state=NEEDS_MARKING).count()
            status = ATTEMPT_FINISHED if not left else STILL_TO_MARK.format(n=left, s="" if left == 1 else "s")
            name = attempt.user.full_name or attempt.user.email
            messages.success(request, MARKS_SAVED.format(name=name, left=status))
            return redirect("assessments:marking_queue")
    course = courses_for_pages(pages=[attempt.quiz]).get(attempt.quiz_id)
    for item in items:
        is_essay = item.version.spec["type"] == "essay"
        item.word_count = count_words((item.response or {}).get("text", "")) if is_essay else None
        item.posted_mark = request.POST.get(f"mark-{item.position}", "") if errors else ""
        item.posted_comment = request.POST.get(f"comment-{item.position}", "") if errors else ""
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "course": course,
        "items": items,
        "to_mark": to_mark,
        "errors": errors,
        "error_for": dict(errors),
    }
    return render(request, "assessments/marking/mark.html", context, status=400 if errors else 200)
