"""Admin views to import questions (a preview of what is created and skipped, then confirm) and export a category."""

import secrets
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from wagtail.admin import messages

from assessments.categories import category_tree
from assessments.formats.common import ImportResult, ParsedQuestion, plain_text
from assessments.formats.gift import parse_gift
from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.models import Question, QuestionCategory, QuestionImport
from assessments.services.questions import (
    ALREADY_IMPORTED,
    IMPORT_TOO_LARGE,
    MAX_IMPORT_BYTES,
    NOTHING_TO_IMPORT,
    AlreadyImported,
    ImportRefused,
    find_import_category,
)
from assessments.services.questions import export_category as export_xml
from assessments.services.questions import import_questions as write

SESSION_KEY = "assessments.pending_imports"
PENDING_KEPT = 3  # previews kept per session, so a second tab's preview does not cancel the first
FILE_TOO_LARGE = IMPORT_TOO_LARGE
UNKNOWN_FORMAT = "The file must be a GIFT (.gift or .txt) or Moodle XML (.xml) file"
NOT_TEXT = "The file must be text encoded as UTF-8"
IMPORT_EXPIRED = "The preview has expired. Upload the file again."
DUPLICATE = "Possible duplicate: {name} in {category} has the same text."
VIEW_QUESTIONS = "View the questions in {category}"
MAX_LINKS = 5


class ImportForm(forms.Form):
    category = forms.ModelChoiceField(
        queryset=QuestionCategory.objects.all(),
        label="Import into category",
        error_messages={"required": "Choose the category to import into"},
    )
    file = forms.FileField(
        label="Question file",
        help_text="GIFT (.gift, .txt) or Moodle XML (.xml), up to 2 MB.",
        error_messages={"required": "Choose a file to import"},
    )

    def __init__(self, *args, tree=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Indented paths, parents first, so the tree of categories reads in the select.
        self.fields["category"].choices = [("", "Choose a category")] + [
            (node.pk, "\u00a0\u00a0\u00a0" * depth + path) for node, depth, path in (tree or category_tree())
        ]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(FILE_TOO_LARGE)
        name = upload.name.lower()
        if not name.endswith((".gift", ".txt", ".xml")):
            raise forms.ValidationError(UNKNOWN_FORMAT)
        raw = upload.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(NOT_TEXT) from error
        return {"name": upload.name, "format": "xml" if name.endswith(".xml") else "gift", "text": text}


@dataclass
class PreviewRow:
    question: ParsedQuestion
    target: str
    warnings: list[str] = field(default_factory=list)


def parse(upload: dict) -> ImportResult:
    return parse_moodle_xml(upload["text"]) if upload["format"] == "xml" else parse_gift(upload["text"])


def normalised_text(text_html: str) -> str:
    """A question's text as compared for duplicates: its words only, without markup, case or extra spaces."""
    return " ".join(plain_text(text_html).casefold().split())


def preview_rows(result: ImportResult, category: QuestionCategory) -> list[PreviewRow]:
    """Each question to be created, where it will go, and its warnings, including likely duplicates: a question
    already in the target category with the same normalised text, whatever its name (one query per category)."""
    existing: dict[int, dict[str, str]] = {}
    targets: dict[str | None, QuestionCategory | None] = {}
    rows = []
    for parsed in result.questions:
        if parsed.category not in targets:
            targets[parsed.category] = find_import_category(category, parsed.category)
        target = targets[parsed.category]
        row = PreviewRow(question=parsed, target=target.path if target else "(a new sub-category)")
        row.warnings = list(parsed.warnings)
        if target is not None:
            if target.pk not in existing:
                texts: dict[str, str] = {}
                for name, text in Question.objects.filter(category=target).order_by("pk").values_list("name", "text"):
                    texts.setdefault(normalised_text(text), name)
                existing[target.pk] = texts
            twin = existing[target.pk].get(normalised_text(parsed.spec["text"]))
            if twin is not None:
                row.warnings.append(DUPLICATE.format(name=f"“{twin}”", category=target.path))
        rows.append(row)
    return rows


def _questions_url(category: QuestionCategory) -> str:
    return reverse("wagtailsnippets_assessments_question:list") + f"?category={category.pk}"


def import_questions(request):
    if not request.user.has_perm("assessments.add_question"):
        raise PermissionDenied
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm(request, token=request.POST.get("token", ""))
    tree = category_tree()
    form = ImportForm(request.POST or None, request.FILES or None, tree=tree)
    context = {"form": form, "categories": tree}
    if request.method == "POST" and form.is_valid():
        upload, category = form.cleaned_data["file"], form.cleaned_data["category"]
        result = parse(upload)
        context.update(result=result, upload=upload, category=category)
        if not result.ok:
            context["problems"] = [(problem.line, problem.message) for problem in result.errors]
        else:
            context["rows"] = preview_rows(result, category)
            if result.questions:
                context["token"] = _keep_pending(request, upload=upload, category=category)
            else:
                context["nothing"] = NOTHING_TO_IMPORT
    return render(request, "assessments/admin/import.html", context)


def _keep_pending(request, *, upload: dict, category: QuestionCategory) -> str:
    token = secrets.token_urlsafe(24)
    pending = dict(list(request.session.get(SESSION_KEY, {}).items())[-(PENDING_KEPT - 1) :])
    pending[token] = {"upload": upload, "category_id": category.pk}
    request.session[SESSION_KEY] = pending
    return token


def _confirm(request, *, token: str):
    done = QuestionImport.objects.filter(token=token).select_related("category").first() if token else None
    if done is not None:
        return _already_imported(request, done)
    pending = request.session.get(SESSION_KEY, {}).get(token)
    if pending is None:
        messages.error(request, IMPORT_EXPIRED)
        return redirect("assessments_import")
    category = get_object_or_404(QuestionCategory, pk=pending["category_id"])
    result = parse(pending["upload"])
    try:
        outcome = write(
            result=result, category=category, user=request.user, token=token, file_name=pending["upload"]["name"]
        )
    except AlreadyImported as already:
        return _already_imported(request, already.record)
    except ImportRefused as refused:
        context = {"form": ImportForm(), "categories": category_tree(), "problems": refused.problems}
        return render(request, "assessments/admin/import.html", context)
    remaining = request.session.get(SESSION_KEY, {})
    remaining.pop(token, None)
    request.session[SESSION_KEY] = remaining
    count, skipped = len(outcome.questions), len(result.skipped)
    message = f"Imported {count} question{'s' if count != 1 else ''} into {category}."
    if skipped:
        message += f" {skipped} item{'s were' if skipped != 1 else ' was'} skipped."
    return _report(request, message, [question.category for question in outcome.questions], level=messages.success)


def _already_imported(request, record: QuestionImport):
    return _report(request, ALREADY_IMPORTED, _imported_categories(record), level=messages.warning)


def _report(request, message: str, categories: list[QuestionCategory], *, level):
    """Show ``message`` with a link to the questions of each category the import wrote to, and open the first."""
    unique = sorted({category.pk: category for category in categories}.values(), key=lambda category: category.path)
    buttons = [
        messages.button(_questions_url(category), VIEW_QUESTIONS.format(category=category.path))
        for category in unique[:MAX_LINKS]
    ]
    level(request, message, buttons=buttons)
    return redirect(_questions_url(unique[0]))


def _imported_categories(record: QuestionImport) -> list[QuestionCategory]:
    # Imports do not keep their question ids: the categories under the import's category that received questions
    # from the same person since it was confirmed are where they are (or the import's own category).
    subtree = {
        node.pk
        for node, _, path in category_tree()
        if path == record.category.path or path.startswith(record.category.path + " / ")
    }
    ids = (
        Question.objects.filter(
            category_id__in=subtree, created_by=record.imported_by, created_at__gte=record.created_at
        )
        .order_by()
        .values_list("category_id", flat=True)
        .distinct()
    )
    return list(QuestionCategory.objects.filter(pk__in=list(ids))) or [record.category]


def export_category(request, category_id: int):
    if not request.user.has_perm("assessments.view_question") and not request.user.has_perm(
        "assessments.change_question"
    ):
        raise PermissionDenied
    category = get_object_or_404(QuestionCategory, pk=category_id)
    response = HttpResponse(export_xml(category=category), content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(category.name) or "questions"}.xml"'
    return response
