"""Exports from the dashboard: small ones answered at once, large ones as a task with a progress page."""

import tempfile

from django.conf import settings
from django.http import FileResponse, Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from academy.audit import actions
from academy.audit import services as audit
from academy.cohorts.models import Export
from academy.cohorts.selectors import DashboardFilters
from academy.cohorts.services import exports as services
from academy.cohorts.views.mixins import CohortMixin
from academy.core import spreadsheets

CONTENT_TYPES = {
    Export.Format.CSV: "text/csv; charset=utf-8",
    Export.Format.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class ExportView(CohortMixin, View):
    """POST from the dashboard with its filters, a kind and a format."""

    def post(self, request, *args, **kwargs):
        course_id = request.POST.get("course", "")
        cohort_course = self.cohort_course(int(course_id) if course_id.isdigit() else None)
        kind = request.POST.get("kind", Export.Kind.DASHBOARD)
        file_format = request.POST.get("format", Export.Format.CSV)
        if kind not in Export.Kind.values or file_format not in Export.Format.values:
            raise Http404("No such export")
        filters = DashboardFilters.from_query(request.POST)
        table = services.export_table(cohort=self.cohort, cohort_course=cohort_course, kind=kind, filters=filters)
        audit.record(
            actions.COHORT_EXPORTED,
            actor=request.user,
            request=request,
            target=self.cohort,
            detail={"kind": kind, "format": file_format, "rows": table.total},
        )
        if services.must_run_in_background(
            kind=kind, total=table.total, stream_max_rows=settings.ACADEMY_COHORT_EXPORT_STREAM_MAX_ROWS
        ):
            export = services.start_export(
                cohort=self.cohort,
                cohort_course=cohort_course,
                kind=kind,
                file_format=file_format,
                filters=filters,
                user=request.user,
            )
            return redirect("cohorts:export", pk=self.cohort.pk, export_id=export.pk)
        filename = f"{kind.replace('_', '-')}-{timezone.localtime():%Y%m%d-%H%M}.{file_format}"
        if file_format == Export.Format.CSV:
            response = StreamingHttpResponse(
                spreadsheets.csv_lines(table.header, table.rows), content_type=CONTENT_TYPES[file_format]
            )
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
        handle = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes (and so deletes) it once sent
        services.write_table(handle, table, file_format=file_format)
        handle.seek(0)
        return FileResponse(handle, as_attachment=True, filename=filename, content_type=CONTENT_TYPES[file_format])


class _ExportMixin(CohortMixin):
    def get_export(self) -> Export:
        return get_object_or_404(self.cohort.exports.select_related("course"), pk=self.kwargs["export_id"])


class ExportProgressView(_ExportMixin, TemplateView):
    template_name = "cohorts/export_progress.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        export = self.get_export()
        context.update(
            export=export,
            stalled=export.is_stalled,
            stalled_message=services.EXPORT_STALLED,
            status_url=reverse("cohorts:export_status", args=[self.cohort.pk, export.pk]),
        )
        return context


class ExportStatusView(_ExportMixin, View):
    """For the progress page's script: the export's state as JSON."""

    def get(self, request, *args, **kwargs):
        export = self.get_export()
        return JsonResponse(
            {
                "status": "failed" if export.is_stalled else export.status,
                "rows_done": export.rows_done,
                "rows_total": export.rows_total,
                "percent": export.percent,
                "finished": export.is_finished or export.is_stalled,
            }
        )


class ExportDownloadView(_ExportMixin, View):
    def get(self, request, *args, **kwargs):
        export = self.get_export()
        if export.status != Export.Status.READY or not export.file:
            raise Http404("The export is not ready")
        audit.record(
            actions.COHORT_EXPORTED,
            actor=request.user,
            request=request,
            target=self.cohort,
            detail={"kind": export.kind, "format": export.format, "downloaded_export": export.pk},
        )
        return FileResponse(
            export.file.open("rb"),
            as_attachment=True,
            filename=export.download_name,
            content_type=CONTENT_TYPES[export.format],
        )
