"""Admin views to import questions (with a preview, nothing written on error) and export a category."""

import secrets

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify

from assessments.formats.common import ImportResult
from assessments.formats.gift import parse_gift
from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.models import QuestionCategory
from assessments.services.questions import ImportRefused
from assessments.services.questions import export_category as export_xml
from assessments.services.questions import import_questions as write

MAX_IMPORT_BYTES = 2 * 1024 * 1024
SESSION_KEY = "assessments.pending_import"
FILE_TOO_LARGE = "The file must be smaller than 2 MB"
UNKNOWN_FORMAT = "The file must be a GIFT (.gift or .txt) or Moodle XML (.xml) file"
NOT_TEXT = "The file must be text encoded as UTF-8"
IMPORT_EXPIRED = "The preview has expired. Upload the file again."


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


def parse(upload: dict) -> ImportResult:
    return parse_moodle_xml(upload["text"]) if upload["format"] == "xml" else parse_gift(upload["text"])


def import_questions(request):
    if not request.user.has_perm("assessments.add_question"):
        raise PermissionDenied
    if request.method == "POST" and "confirm" in request.POST:
        pending = request.session.get(SESSION_KEY)
        if not pending or pending.get("token") != request.POST.get("token"):
            messages.error(request, IMPORT_EXPIRED)
            return redirect("assessments_import")
        category = get_object_or_404(QuestionCategory, pk=pending["category_id"])
        try:
            created = write(result=parse(pending["upload"]), category=category, user=request.user)
        except ImportRefused as refused:
            return render(
                request, "assessments/admin/import.html", {"form": ImportForm(), "problems": refused.problems}
            )
        del request.session[SESSION_KEY]
        messages.success(
            request, f"Imported {len(created)} question{'s' if len(created) != 1 else ''} into {category}."
        )
        return redirect("wagtailsnippets_assessments_question:list")
    form = ImportForm(request.POST or None, request.FILES or None)
    context = {"form": form, "categories": QuestionCategory.objects.all()}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        result = parse(upload)
        context.update(result=result, upload=upload, category=form.cleaned_data["category"])
        if result.ok and result.questions:
            token = secrets.token_urlsafe(16)
            request.session[SESSION_KEY] = {
                "token": token,
                "upload": upload,
                "category_id": form.cleaned_data["category"].pk,
            }
            context["token"] = token
        elif result.ok:
            context["problems"] = [(1, "The file has no questions in it.")]
        else:
            context["problems"] = [(problem.line, problem.message) for problem in result.errors]
    return render(request, "assessments/admin/import.html", context)


def export_category(request, category_id: int):
    if not request.user.has_perm("assessments.view_question") and not request.user.has_perm(
        "assessments.change_question"
    ):
        raise PermissionDenied
    category = get_object_or_404(QuestionCategory, pk=category_id)
    response = HttpResponse(export_xml(category=category), content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(category.name) or "questions"}.xml"'
    return response
