"""Access for plan pages: every plan is looked up through selectors.plan_access, so a person who may not see it
gets a 404 (ids reveal nothing); one who may see it but not do the thing gets a 403."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404

from academy.cohorts.models import Cohort
from academy.plans import selectors
from academy.plans.models import Plan


class PlanMixin(LoginRequiredMixin):
    """``self.access`` (plan and role) for ``pk`` in the URL; ``allowed`` names the PlanAccess property needed."""

    allowed: str = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        try:
            self.access = selectors.plan_access(request.user, kwargs["pk"])
        except Plan.DoesNotExist as error:
            raise Http404("No such plan") from error
        self.plan = self.access.plan
        if self.allowed and not getattr(self.access, self.allowed):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(plan=self.plan, access=self.access, cohort=self.plan.cohort)
        return context


class LeadCohortMixin(LoginRequiredMixin):
    """Pages about one cohort's plans (``pk`` in the URL): 404 unless the person leads it or is an administrator."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        try:
            self.cohort = selectors.lead_cohort(request.user, kwargs["pk"])
        except Cohort.DoesNotExist as error:
            raise Http404("No such cohort") from error
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cohort"] = self.cohort
        return context
