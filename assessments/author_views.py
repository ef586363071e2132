"""Pages for course authors (GOV.UK pages on the public site, linked from the Wagtail admin, like the quiz report):
a question's versions and what changed between two, and previews of a question or a quiz that store nothing."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from assessments.models import Question, QuestionVersion, QuizPage
from assessments.previews import (
    grade_preview,
    new_seed,
    question_preview_questions,
    quiz_preview_questions,
    read_answers,
    read_seed,
)
from assessments.version_changes import compare_specs
from assessments.versions import question_versions

CHOOSE_FROM = "Choose the version to compare from"
CHOOSE_TO = "Choose the version to compare with"
SAME_VERSION = "Choose two different versions"
NO_QUESTIONS = "This quiz has no questions to preview yet. Add questions to its slots first."


def can_use_question_bank(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("assessments.change_question") or user.has_perm("assessments.view_question")
    )


def can_edit_quiz(user, quiz: QuizPage) -> bool:
    return user.is_authenticated and (user.is_superuser or quiz.permissions_for_user(user).can_edit())


def _question_for(request, question_id: int) -> Question:
    if not can_use_question_bank(request.user):
        raise PermissionDenied
    return get_object_or_404(Question.objects.select_related("category"), pk=question_id)


@login_required
def versions(request, question_id: int):
    question = _question_for(request, question_id)
    return render(
        request,
        "assessments/authors/versions.html",
        {
            "question": question,
            "versions": question_versions(question=question),
            "edit_url": reverse("wagtailsnippets_assessments_question:edit", args=[question.pk]),
        },
    )


class CompareForm(forms.Form):
    before = forms.TypedChoiceField(
        label="Compare version", coerce=int, error_messages={"required": CHOOSE_FROM, "invalid_choice": CHOOSE_FROM}
    )
    after = forms.TypedChoiceField(
        label="with version", coerce=int, error_messages={"required": CHOOSE_TO, "invalid_choice": CHOOSE_TO}
    )

    def __init__(self, *args, numbers: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(number, f"Version {number}") for number in numbers]
        self.fields["before"].choices = choices
        self.fields["after"].choices = choices

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("before") is not None and cleaned.get("before") == cleaned.get("after"):
            self.add_error("after", SAME_VERSION)
        return cleaned


@login_required
def compare(request, question_id: int):
    question = _question_for(request, question_id)
    specs = dict(QuestionVersion.objects.filter(question=question).values_list("number", "spec"))
    numbers = sorted(specs)
    data = request.GET if "before" in request.GET or "after" in request.GET else None
    if data is None and len(numbers) >= 2:
        data = {"before": numbers[-2], "after": numbers[-1]}
    form = CompareForm(data, numbers=numbers)
    changes = None
    if data is not None and form.is_valid():
        changes = compare_specs(specs[form.cleaned_data["before"]], specs[form.cleaned_data["after"]])
    return render(
        request,
        "assessments/authors/compare.html",
        {
            "question": question,
            "form": form,
            "numbers": numbers,
            "changes": changes,
            "changed": [change for change in changes or [] if change.changed],
            "unchanged": [change for change in changes or [] if not change.changed],
        },
        status=400 if data is not None and form.errors else 200,
    )


@login_required
def question_preview(request, question_id: int):
    question = _question_for(request, question_id)
    chosen = QuestionVersion.objects.filter(question=question).order_by("-number")
    number = request.GET.get("version", "")
    version = get_object_or_404(chosen, number=int(number)) if number.isdigit() else chosen.first()
    if version is None:
        raise Http404  # a question is saved with its first version; without one it cannot be shown
    action = reverse("assessments:question_preview", args=[question.pk]) + (
        f"?version={version.number}" if number.isdigit() else ""
    )
    return _preview(
        request,
        build=lambda seed: question_preview_questions(version=version, seed=seed),
        context={
            "title": question.name,
            "caption": f"Question preview: version {version.number}",
            "action": action,
            "back_url": reverse("assessments:question_versions", args=[question.pk]),
            "back_label": "Back to the question's versions",
        },
    )


@login_required
def quiz_preview(request, quiz_id: int):
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    if not can_edit_quiz(request.user, quiz):
        raise PermissionDenied
    return _preview(
        request,
        build=lambda seed: quiz_preview_questions(quiz=quiz, seed=seed),
        context={
            "title": quiz.title,
            "caption": "Quiz preview",
            "quiz": quiz,
            "action": reverse("assessments:quiz_preview", args=[quiz.pk]),
            "back_url": reverse("wagtailadmin_pages:edit", args=[quiz.pk]),
            "back_label": "Back to editing the quiz",
        },
    )


def _preview(request, *, build, context: dict):
    """Show the questions for a seed; on POST, grade the answers against the same questions. Nothing is stored."""
    seed = read_seed(request.POST.get("seed")) if request.method == "POST" else None
    posted = seed is not None
    seed = seed if posted else new_seed()
    questions = build(seed)
    context.update(seed=seed, questions=questions, errors=[], error_for={}, results=None)
    if not questions:
        context["nothing"] = NO_QUESTIONS
    elif posted:
        errors = read_answers(questions, request.POST)
        context.update(errors=errors, error_for=dict(errors))
        if not errors:
            results, marks, out_of = grade_preview(questions)
            context.update(results=results, marks=marks, out_of=out_of)
    return render(request, "assessments/authors/preview.html", context, status=400 if context["errors"] else 200)
