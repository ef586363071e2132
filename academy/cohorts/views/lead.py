"""The lead area: the cohort list, creating and changing cohorts, the dashboard and a learner's detail."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.generic import FormView, TemplateView

from academy.cohorts import charts, extensions, quizzes
from academy.cohorts.forms import CohortForm, DeadlineForm
from academy.cohorts.models import Cohort, Export, Membership
from academy.cohorts.selectors import (
    SORT_LABELS,
    STATUS_LABELS,
    DashboardFilters,
    cohort_progress_page,
    cohort_summaries,
    cohorts_for,
    is_cohort_admin,
    learner_progress,
    lookups,
    module_progress,
)
from academy.cohorts.selectors.aggregates import (
    dashboard_aggregates,
    dashboard_key,
    dashboard_page_key,
    learner_table_key,
    version_key,
)
from academy.cohorts.services import CohortError
from academy.cohorts.services import cohorts as services
from academy.cohorts.views.mixins import CohortMixin, LeadAreaMixin
from academy.core import pagecache
from courses.extensions import annotate_enrolments
from courses.selectors import course_outline

COHORTS_PER_PAGE = 20


def may_create_cohorts(user) -> bool:
    return is_cohort_admin(user) or user.has_perm("cohorts.lead_cohorts")


class CohortListView(LeadAreaMixin, TemplateView):
    template_name = "cohorts/cohort_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        archived = self.request.GET.get("status") == "archived"
        status = Cohort.Status.ARCHIVED if archived else Cohort.Status.ACTIVE
        cohorts = cohorts_for(self.request.user).filter(status=status)
        page = Paginator(cohorts, COHORTS_PER_PAGE).get_page(self.request.GET.get("page"))
        summaries = cohort_summaries(cohorts=list(page.object_list))
        context.update(
            archived=archived,
            page_obj=page,
            rows=[(cohort, summaries[cohort.pk]) for cohort in page.object_list],
            may_create=may_create_cohorts(self.request.user),
        )
        return context


class CohortCreateView(LeadAreaMixin, FormView):
    template_name = "cohorts/cohort_form.html"
    form_class = CohortForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not may_create_cohorts(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"leads": [self.request.user.pk]}

    def form_valid(self, form):
        try:
            cohort = services.create_cohort(
                name=form.cleaned_data["name"],
                start_date=form.cleaned_data["start_date"],
                courses=list(form.cleaned_data["courses"]),
                leads=list(form.cleaned_data["leads"]),
                created_by=self.request.user,
            )
        except CohortError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, f"Cohort created: {cohort.name}. Set deadlines and invite learners next.")
        return redirect("cohorts:settings", pk=cohort.pk)


def _progress_page(view, cohort_course, outline, filters, **options):
    """The page of learner rows the request asks for, on the dashboard or a module's drill-down."""
    return cohort_progress_page(
        cohort=view.cohort,
        cohort_course=cohort_course,
        outline=outline,
        filters=filters,
        page_number=view.request.GET.get("page"),
        per_page=settings.ACADEMY_COHORT_DASHBOARD_PAGE_SIZE,
        **options,
    )


class CohortDashboardView(CohortMixin, TemplateView):
    """The lead's view of one course in a cohort: summary, charts (each with its table), then a row per learner."""

    template_name = "cohorts/cohort_dashboard.html"

    @classmethod
    def read_ahead(cls, request, kwargs) -> list[str]:
        """The cohort's version, read with the page's shared parts and the lead's facts (``RouteCacheMiddleware``);
        the version of a cohort the visitor may not see is read, never shown."""
        return [version_key(kwargs["pk"])]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        course_id = self.request.GET.get("course")
        cohort_courses = lookups.cohort_courses(cohort=self.cohort)
        cohort_course = self.cohort_course(
            int(course_id) if course_id and course_id.isdigit() else None, among=cohort_courses
        )
        filters = DashboardFilters.from_query(self.request.GET)
        today = timezone.localdate()
        # The body is kept whole (the same for every lead of the cohort) under a key read without the outline; the
        # outline, the figures and the rows are read only when a part that shows them is missing (lazy objects). The
        # figures' key (with the cohort's version, read before any read of the figures or rows) names the figures'
        # and the learner table's own fragments.
        body_key = dashboard_page_key(
            cohort=self.cohort,
            cohort_courses=cohort_courses,
            cohort_course=cohort_course,
            filters=filters,
            query=self.request.GET,
            today=today,
        )
        outline = SimpleLazyObject(
            lambda: course_outline(course=cohort_course.course, request=self.request, read_ahead=False)
        )
        key = SimpleLazyObject(
            lambda: dashboard_key(cohort=self.cohort, cohort_course=cohort_course, outline=outline, today=today)
        )
        figures = SimpleLazyObject(
            lambda: dashboard_aggregates(
                cohort=self.cohort, cohort_course=cohort_course, outline=outline, today=today, key=str(key)
            )
        )
        progress = SimpleLazyObject(lambda: _progress_page(self, cohort_course, outline, filters))
        summary, modules = SimpleLazyObject(lambda: figures.summary), SimpleLazyObject(lambda: figures.modules)
        timeline, quiz_rates = SimpleLazyObject(lambda: figures.timeline), SimpleLazyObject(lambda: figures.quiz_rates)
        title = cohort_course.course.title
        context.update(
            cohort_course=cohort_course,
            cohort_courses=cohort_courses,
            outline=outline,
            filters=filters,
            progress=progress,
            page_obj=SimpleLazyObject(lambda: progress.page),
            table_key=SimpleLazyObject(lambda: learner_table_key(str(key), filters=filters, query=self.request.GET)),
            body_key=body_key,
            summary=summary,
            organisations=SimpleLazyObject(lambda: figures.organisations),
            status_choices=STATUS_LABELS.items(),
            sort_choices=SORT_LABELS.items(),
            extra_columns=extensions.dashboard_columns(),
            extra_filters=[(f, f.key in filters.extra) for f in extensions.column_filters()],
            export_formats=Export.Format.choices,
            has_quizzes=_has_quizzes(cohort_course.course, outline),
            modules=modules,
            figures_key=key,
            # The charts are drawn only when the template's cached fragment of the figures is missing (callables).
            module_chart=lambda: charts.stacked_bar_chart(
                id="module-chart",
                title=f"Progress by module in {title}",
                rows=[
                    (f"Module {m.module.number}: {m.module.title}", [m.completed, m.in_progress, m.not_started])
                    for m in modules
                ],
                series=charts.MODULE_SERIES,
                total=summary["learners"],
                unit="learners",
            ),
            timeline=timeline,
            timeline_chart=lambda: charts.timeline_chart(
                id="timeline-chart",
                title=f"Learners who completed {title} over time, against the deadline",
                timeline=timeline,
                completed=charts.COMPLETED_LINE,
                due=charts.DUE_LINE,
            ),
            quiz_rates=quiz_rates,
            quiz_chart=lambda: charts.stacked_bar_chart(
                id="quiz-chart",
                title=f"Quiz pass rates in {title}",
                rows=[
                    (
                        f"{rate.item.module.number}. {rate.item.title}",
                        [rate.passed, rate.tried_not_passed, rate.not_tried],
                    )
                    for rate in quiz_rates
                ],
                series=charts.QUIZ_SERIES,
                total=summary["learners"],
                unit="learners",
            ),
        )
        return context


def _has_quizzes(course, outline) -> bool:
    """Whether the course has a quiz (the dashboard then offers the quiz results' export), without reading its whole
    outline: kept per course revision until a page changes."""
    return pagecache.remember(
        f"cohorts:has-quizzes:{course.pk}:{course.live_revision_id}", lambda: bool(quizzes.quiz_items(outline))
    )


class ModuleProgressView(CohortMixin, TemplateView):
    """One module of a cohort's course, learner by learner: the dashboard's drill-down."""

    template_name = "cohorts/module_progress.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cohort_course = self.cohort_course(self.kwargs["course_id"])
        outline = course_outline(course=cohort_course.course, request=self.request)
        module = outline.module(self.kwargs["module_id"])
        if module is None:
            raise Http404("No such module in this course")
        filters = DashboardFilters.from_query(self.request.GET)
        # The drill-down shows the module's items, not the other apps' columns.
        progress = _progress_page(self, cohort_course, outline, filters, with_columns=False)
        position = outline.modules.index(module)
        lines = [
            {
                "row": row,
                "status": row.modules[position][1],
                "items": [(item, "completed" if item.pk in row.done else "not_started") for item in module.items],
                "done": sum(1 for item in module.items if item.pk in row.done),
            }
            for row in progress.rows
        ]
        totals = next(
            m
            for m in module_progress(cohort=self.cohort, cohort_course=cohort_course, outline=outline)
            if m.module.pk == module.pk
        )
        context.update(
            cohort_course=cohort_course,
            outline=outline,
            module=module,
            totals=totals,
            filters=filters,
            lines=lines,
            page_obj=progress.page,
        )
        return context


class CohortSettingsView(CohortMixin, TemplateView):
    """The cohort's details, courses with their deadlines, and the archive and delete actions."""

    template_name = "cohorts/cohort_settings.html"
    section = "settings"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cohort_courses"] = list(self.cohort.cohort_courses.select_related("course"))
        context["leads"] = list(self.cohort.leads.order_by("full_name", "email"))
        return context


class CohortEditView(CohortMixin, FormView):
    template_name = "cohorts/cohort_form.html"
    form_class = CohortForm
    section = "settings"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "cohort": self.cohort}

    def get_initial(self):
        return {
            "name": self.cohort.name,
            "start_date": self.cohort.start_date,
            "courses": list(self.cohort.cohort_courses.values_list("course_id", flat=True)),
            "leads": list(self.cohort.leads.values_list("pk", flat=True)),
        }

    def form_valid(self, form):
        try:
            services.update_cohort(
                cohort=self.cohort,
                name=form.cleaned_data["name"],
                start_date=form.cleaned_data["start_date"],
                courses=list(form.cleaned_data["courses"]),
                leads=list(form.cleaned_data["leads"]),
            )
        except CohortError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, "Cohort details saved.")
        if not self.cohort.leads.filter(pk=self.request.user.pk).exists() and not is_cohort_admin(self.request.user):
            return redirect("cohorts:list")  # they removed themselves as lead
        return redirect("cohorts:settings", pk=self.cohort.pk)


class DeadlineView(CohortMixin, FormView):
    template_name = "cohorts/deadline_form.html"
    form_class = DeadlineForm
    section = "settings"

    def get_cohort_course(self):
        if not hasattr(self, "_cohort_course"):
            self._cohort_course = self.cohort_course(self.kwargs["course_id"])
        return self._cohort_course

    def get_initial(self):
        cohort_course = self.get_cohort_course()
        if cohort_course.deadline_date:
            return {"kind": "date", "deadline_date": cohort_course.deadline_date}
        if cohort_course.deadline_days:
            return {"kind": "days", "deadline_days": cohort_course.deadline_days}
        return {"kind": "none"}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cohort_course"] = self.get_cohort_course()
        return context

    def form_valid(self, form):
        try:
            services.set_deadline(
                cohort_course=self.get_cohort_course(),
                kind=form.cleaned_data["kind"],
                deadline_date=form.cleaned_data.get("deadline_date"),
                deadline_days=form.cleaned_data.get("deadline_days"),
            )
        except CohortError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, f"Deadline saved for {self.get_cohort_course().course.title}.")
        return redirect("cohorts:settings", pk=self.cohort.pk)


class CohortArchiveView(CohortMixin, TemplateView):
    """Archive an active cohort, or reactivate an archived one, after confirming."""

    template_name = "cohorts/cohort_confirm_archive.html"
    section = "settings"

    def post(self, request, *args, **kwargs):
        if self.cohort.is_active:
            services.archive_cohort(cohort=self.cohort)
            messages.success(request, f"{self.cohort.name} has been archived.")
        else:
            services.reactivate_cohort(cohort=self.cohort)
            messages.success(request, f"{self.cohort.name} is active again.")
        return redirect("cohorts:settings", pk=self.cohort.pk)


class CohortDeleteView(CohortMixin, TemplateView):
    template_name = "cohorts/cohort_confirm_delete.html"
    section = "settings"

    def post(self, request, *args, **kwargs):
        name = self.cohort.name
        services.delete_cohort(cohort=self.cohort)
        messages.success(request, f"{name} has been deleted. Learners keep their progress and certificates.")
        return redirect("cohorts:list")


class LearnerDetailView(CohortMixin, TemplateView):
    template_name = "cohorts/learner_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            progress = learner_progress(cohort=self.cohort, user_id=self.kwargs["user_id"])
        except Membership.DoesNotExist as error:
            raise Http404("Not a member of this cohort") from error
        learner = progress.membership.user
        enrolments = [line.enrolment for line in progress.courses if line.enrolment is not None]
        facts = annotate_enrolments(user=learner, enrolments=enrolments)
        courses = []
        for line in progress.courses:
            quiz_results = [quizzes.quiz_result(item=item, user=learner) for item in quizzes.quiz_items(line.outline)]
            certificate = facts.get(line.enrolment.pk, {}) if line.enrolment is not None else {}
            courses.append({"line": line, "quiz_results": quiz_results, "certificate": _certificate_view(certificate)})
        context.update(learner=learner, membership=progress.membership, courses=courses)
        return context


def _certificate_view(facts: dict) -> dict | None:
    """The certificate facts that certificates' annotator gives My learning, with its public verification link."""
    code = facts.get("certificate_code")
    if not code:
        return None
    try:
        verify_url = reverse("certificates:verify_code", kwargs={"code": code})
    except NoReverseMatch:
        verify_url = None
    return {"code": code, "state": facts.get("certificate_state", ""), "verify_url": verify_url}


class LearnerRemoveView(CohortMixin, TemplateView):
    """Confirm, then take a learner out of the cohort. Their own learning history is kept."""

    template_name = "cohorts/learner_confirm_remove.html"

    def get_membership(self) -> Membership:
        membership = (
            Membership.objects.filter(cohort=self.cohort, user_id=self.kwargs["user_id"]).select_related("user").first()
        )
        if membership is None:
            raise Http404("Not a member of this cohort")
        return membership

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["learner"] = self.get_membership().user
        return context

    def post(self, request, *args, **kwargs):
        learner = self.get_membership().user
        services.remove_member(cohort=self.cohort, user_id=learner.pk, removed_by=request.user)
        messages.success(
            request, f"{learner.get_full_name()} has been removed from {self.cohort.name}. Their learning is kept."
        )
        return redirect("cohorts:dashboard", pk=self.cohort.pk)
