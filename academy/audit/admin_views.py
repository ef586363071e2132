"""The audit log in the Wagtail admin: administrators search it and export it (CSV or XLSX); nobody can edit it."""

import tempfile

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from academy.audit import actions, selectors
from academy.audit.services import Target, record
from academy.core.spreadsheets import column_width, write_csv, write_xlsx

PAGE_SIZE = 50
VIEW_PERMISSION = "audit.view_auditentry"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def can_view(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm(VIEW_PERMISSION))


class AuditSearchForm(forms.Form):
    actor = forms.CharField(required=False, max_length=254, label="Who (email or user id)")
    action = forms.ChoiceField(required=False, label="Action")
    date_from = forms.DateField(required=False, label="From (date)", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To (date)", widget=forms.DateInput(attrs={"type": "date"}))
    text = forms.CharField(required=False, max_length=200, label="Containing text")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].choices = [("", "Any action"), *selectors.action_choices()]

    def filters(self) -> selectors.AuditFilters:
        data = self.cleaned_data if self.is_valid() else {}
        return selectors.AuditFilters(
            actor=data.get("actor", ""),
            action=data.get("action", ""),
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
            text=data.get("text", ""),
        )


def audit_log(request):
    if not can_view(request.user):
        raise PermissionDenied
    form = AuditSearchForm(request.GET or None)
    filters = form.filters() if form.is_bound else selectors.AuditFilters()
    entries = selectors.search_entries(filters)
    export = request.GET.get("export")
    if export in {"csv", "xlsx"}:
        return _export(request, entries, export, filters)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    query.pop("export", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    return TemplateResponse(request, "audit/admin/audit_log.html", context)


def _export(request, entries, kind: str, filters) -> HttpResponse:
    record(
        actions.AUDIT_EXPORTED,
        actor=request.user,
        request=request,
        target=Target(type="audit.auditentry", label="Audit log export"),
        detail={"format": kind, "filters": {k: str(v) for k, v in vars(filters).items() if v}},
    )
    name = f"audit-log-{timezone.localtime():%Y%m%d-%H%M}.{kind}"
    rows = selectors.export_rows(entries)
    if kind == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        write_csv(response, selectors.EXPORT_HEADER, rows)
        return response
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes (and so deletes) it once sent
    widths = [
        column_width(heading, kind="datetime" if heading == "When" else "") for heading in selectors.EXPORT_HEADER
    ]
    write_xlsx(handle, selectors.EXPORT_HEADER, rows, title="Audit log", widths=widths)
    handle.seek(0)
    return FileResponse(handle, as_attachment=True, filename=name, content_type=XLSX_TYPE)
