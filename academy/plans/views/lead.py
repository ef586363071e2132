"""The lead's plan pages for one cohort: every member's plan and its status, the cohort's plan settings, the peer
groups, and the exports (a PDF pack for a programme board, a CSV or XLSX of status)."""

import tempfile

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from academy.core import spreadsheets
from academy.plans import exports, selectors, services
from academy.plans.forms import CohortPlanSettingsForm, GroupsForm
from academy.plans.models import Comment, PeerGroup, PeerGroupMember
from academy.plans.views.mixins import LeadCohortMixin

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class CohortPlansView(LeadCohortMixin, TemplateView):
    template_name = "plans/cohort_plans.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = selectors.cohort_plans(self.cohort)
        context["settings"] = selectors.settings_for(self.cohort.pk)
        context["groups"] = list(PeerGroup.objects.filter(cohort=self.cohort))
        context["reported"] = list(
            Comment.objects.filter(plan__cohort=self.cohort, reports__isnull=False, hidden_at__isnull=True)
            .select_related("plan__owner", "author")
            .distinct()
        )
        return context


class CohortPlanSettingsView(LeadCohortMixin, TemplateView):
    template_name = "plans/cohort_settings.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        found = selectors.settings_for(self.cohort.pk)
        context["form"] = kwargs.get("form") or CohortPlanSettingsForm(
            initial={
                "template": found.template_id if found else None,
                "required_for_completion": found.required_for_completion if found else False,
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        form = CohortPlanSettingsForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        services.set_cohort_settings(
            cohort=self.cohort,
            template=form.cleaned_data["template"],
            required=form.cleaned_data["required_for_completion"],
        )
        messages.success(request, "The cohort's 100-day plan settings have been saved.")
        return redirect("plans:cohort", pk=self.cohort.pk)


class GroupsView(LeadCohortMixin, TemplateView):
    """Divide the cohort's members into peer learning groups: name the groups, then choose each member's group."""

    template_name = "plans/groups.html"

    def _form(self, data=None):
        members = [row["user"] for row in selectors.cohort_plans(self.cohort)]
        names = list(PeerGroup.objects.filter(cohort=self.cohort).values_list("name", flat=True))
        assignment = dict(PeerGroupMember.objects.filter(cohort=self.cohort).values_list("user_id", "group__name"))
        return GroupsForm(
            data, initial={"names": "\n".join(names)}, members=members, group_names=names, assignment=assignment
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or self._form()
        return context

    def post(self, request, *args, **kwargs):
        form = self._form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        services.save_groups(cohort=self.cohort, names=form.cleaned_data["names"], assignment=form.assignment())
        messages.success(request, "The peer groups have been saved.")
        return redirect("plans:groups", pk=self.cohort.pk)


class ExportView(LeadCohortMixin, View):
    def get(self, request, *args, **kwargs):
        file_format = kwargs["format"]
        stamp = f"{timezone.localtime():%Y%m%d-%H%M}"
        if file_format == "pdf":
            response = HttpResponse(exports.plans_pdf(self.cohort), content_type="application/pdf")
            response["Content-Disposition"] = f'attachment; filename="100-day-plans-{stamp}.pdf"'
            return response
        header, rows = exports.status_table(self.cohort)
        if file_format == "csv":
            response = StreamingHttpResponse(
                spreadsheets.csv_lines(header, rows), content_type="text/csv; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="100-day-plans-{stamp}.csv"'
            return response
        if file_format == "xlsx":
            handle = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes (and so deletes) it once sent
            spreadsheets.write_xlsx(handle, header, rows, title="100-day plans", widths=exports.WIDTHS)
            handle.seek(0)
            return FileResponse(handle, as_attachment=True, filename=f"100-day-plans-{stamp}.xlsx", content_type=XLSX)
        raise Http404("No such format")


class GroupView(LoginRequiredMixin, TemplateView):
    """A peer group's page for its members (and the cohort's leads): who is in it, and the plans they have shared."""

    template_name = "plans/group.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        try:
            self.group = selectors.group_for_member(request.user, kwargs["group_id"])
        except PeerGroup.DoesNotExist as error:
            raise Http404("No such group") from error
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(group=self.group, cohort=self.group.cohort, members=selectors.group_members(self.group))
        return context
