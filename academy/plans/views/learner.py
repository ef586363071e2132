"""The learner's plan pages: their plans, starting one, writing it (with autosave), submitting it, sharing it."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from academy.plans import forms, selectors, services
from academy.plans.models import SECTIONS
from academy.plans.views.mixins import PlanMixin

SAVED = "Your draft has been saved."
SUBMITTED = "Your plan has been submitted for feedback."
AUTOSAVE_NOT_SAVED = "Not saved: check the dates, then use ‘Save draft’."


class MyPlansView(LoginRequiredMixin, TemplateView):
    template_name = "plans/my_plans.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = selectors.my_plan_cohorts(self.request.user)
        context["led"] = list(selectors.led_cohorts(self.request.user))
        return context


class StartPlanView(LoginRequiredMixin, View):
    def post(self, request, cohort_id: int):
        try:
            plan = services.start_plan(user=request.user, cohort_id=cohort_id)
        except services.PlanError as error:
            raise Http404(str(error)) from error
        return redirect("plans:edit", pk=plan.pk)


class PlanEditView(PlanMixin, TemplateView):
    """The plan as a form. "Save draft" and "Submit for feedback" work without JavaScript; with it, the same form
    is posted in the background as the learner types (``autosave=1``), answered with JSON."""

    template_name = "plans/plan_edit.html"
    allowed = "may_edit"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if "plan_form" not in kwargs:
            context["plan_form"], context["formsets"] = forms.plan_forms(self.plan)
        template = selectors.template_for(self.plan)
        context.update(template=template, guidance=template.guidance() if template else {}, sections=dict(SECTIONS))
        context["latest_feedback"] = self._latest_feedback()
        return context

    def _latest_feedback(self):
        version = self.plan.versions.order_by("-number").prefetch_related("feedback").first()
        return list(version.feedback.all())[-1] if version and version.feedback.all() else None

    def post(self, request, *args, **kwargs):
        plan_form, formsets = forms.plan_forms(self.plan, request.POST)
        rows_valid = [formset.is_valid() for formset in formsets.values()]  # every one, so each shows its errors
        valid = plan_form.is_valid() and all(rows_valid)
        autosave = request.POST.get("autosave") == "1"
        if not valid:
            if autosave:
                return JsonResponse({"saved": False, "message": AUTOSAVE_NOT_SAVED})
            return self.render_to_response(
                self.get_context_data(plan_form=plan_form, formsets=formsets, errors=_errors(plan_form, formsets))
            )
        try:
            services.save_draft(plan=self.plan, data=forms.cleaned_plan(plan_form, formsets))
        except services.PlanError as error:
            if autosave:
                return JsonResponse({"saved": False, "message": str(error)})
            messages.error(request, str(error))
            return redirect("plans:plan", pk=self.plan.pk)
        if autosave:
            return JsonResponse({"saved": True, "at": timezone.localtime().strftime("%H:%M")})
        if "submit" in request.POST:
            try:
                services.submit_plan(plan=self.plan, user=request.user)
            except services.PlanError as error:
                plan_form.add_error("challenge", str(error))
                return self.render_to_response(
                    self.get_context_data(plan_form=plan_form, formsets=formsets, errors=_errors(plan_form, formsets))
                )
            messages.success(request, SUBMITTED)
            return redirect("plans:plan", pk=self.plan.pk)
        messages.success(request, SAVED)
        return redirect("plans:edit", pk=self.plan.pk)


def _errors(plan_form, formsets) -> list[dict]:
    """Every error, in page order, with the id of its field: for the error summary."""
    found = [
        {"id": plan_form[name].auto_id, "text": error} for name, errs in plan_form.errors.items() for error in errs
    ]
    for formset in formsets.values():
        for error in formset.non_form_errors():
            found.append({"id": "", "text": error})
        for row in formset.forms:
            found.extend(
                {"id": row[name].auto_id, "text": error} for name, errs in row.errors.items() for error in errs
            )
    return found


class ShareView(PlanMixin, View):
    allowed = ""

    def post(self, request, *args, **kwargs):
        if self.access.role != selectors.Role.OWNER:
            raise Http404("No such plan")
        shared = request.POST.get("shared") == "1"
        services.set_sharing(plan=self.plan, shared=shared)
        messages.success(
            request, "Your plan is shared with your group." if shared else "Your plan is no longer shared."
        )
        return redirect("plans:plan", pk=self.plan.pk)
