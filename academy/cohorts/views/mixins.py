"""Permission scoping for the lead area: every cohort page looks its cohort up through cohort_for(), so a lead
only ever reaches their own cohorts (others are 404) and a learner reaches none."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from academy.cohorts.models import Cohort, CohortCourse
from academy.cohorts.selectors import cohort_for, may_lead


class LeadAreaMixin(LoginRequiredMixin):
    """Signed-in leads and administrators only; anyone else is refused (403)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if not may_lead(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CohortMixin(LoginRequiredMixin):
    """Views of one cohort (``pk`` in the URL): 404 unless the person leads it or is an administrator."""

    section = "progress"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        try:
            self.cohort = cohort_for(request.user, kwargs["pk"])
        except Cohort.DoesNotExist as error:
            raise Http404("No such cohort") from error
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cohort"] = self.cohort
        context["section"] = self.section
        return context

    def cohort_course(self, course_id: int | None = None, *, among: list[CohortCourse] | None = None) -> CohortCourse:
        """The cohort's course with ``course_id``, or its first course; 404 if the cohort has no such course.
        ``among``: the cohort's courses when already read (in their order), to pick from without a query."""
        if among is not None:
            found = next((c for c in among if course_id is None or c.course_id == course_id), None)
            if found is None:
                raise Http404("The cohort has no such course")
            return found
        courses = self.cohort.cohort_courses.select_related("course")
        if course_id is None:
            first = courses.first()
            if first is None:
                raise Http404("The cohort has no courses")
            return first
        return get_object_or_404(courses, course_id=course_id)
