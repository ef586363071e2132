"""The learner's cohort pages: join with a code, the "you have joined" page, and the reminder setting."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404
from django.shortcuts import redirect
from django.views.generic import FormView, TemplateView

from academy.cohorts.forms import JoinForm, ReminderSettingsForm
from academy.cohorts.models import Membership
from academy.cohorts.services import CohortError
from academy.cohorts.services import cohorts as services
from academy.cohorts.services.reminders import reminders_enabled, set_reminder_preference
from academy.core import ratelimit
from courses.extensions import annotate_enrolments
from courses.selectors import current_enrolments

JOIN_SCOPE = "cohorts-join"
JOIN_ATTEMPTS = 10
JOIN_WINDOW_SECONDS = 600
TOO_MANY_ATTEMPTS = "You have entered too many join codes. Wait 10 minutes, then try again."


class JoinView(LoginRequiredMixin, FormView):
    template_name = "cohorts/join.html"
    form_class = JoinForm

    def form_valid(self, form):
        learner = str(self.request.user.pk)
        if ratelimit.hits(JOIN_SCOPE, learner) >= JOIN_ATTEMPTS:
            form.add_error("code", TOO_MANY_ATTEMPTS)
            return self.form_invalid(form)
        try:
            membership, created = services.join_with_code(user=self.request.user, code=form.cleaned_data["code"])
        except CohortError as error:
            ratelimit.hit(JOIN_SCOPE, learner, period=JOIN_WINDOW_SECONDS)  # only wrong codes count
            form.add_error("code", str(error))
            return self.form_invalid(form)
        if created:
            messages.success(self.request, f"You have joined {membership.cohort.name}.")
        else:
            messages.info(self.request, f"You are already in {membership.cohort.name}.")
        return redirect("cohorts:joined", pk=membership.cohort_id)


class JoinedView(LoginRequiredMixin, TemplateView):
    """The learner's view of a cohort they are in: its courses and their deadlines."""

    template_name = "cohorts/joined.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        membership = (
            Membership.objects.select_related("cohort").filter(cohort_id=self.kwargs["pk"], user=self.request.user)
        ).first()
        if membership is None:
            raise Http404("Not in this cohort")
        cohort_courses = list(membership.cohort.cohort_courses.select_related("course"))
        enrolments = list(
            current_enrolments(user_id=self.request.user.pk, course_ids=[cc.course_id for cc in cohort_courses])
        )
        facts = annotate_enrolments(user=self.request.user, enrolments=enrolments)
        by_course = {enrolment.course_id: enrolment for enrolment in enrolments}
        courses = []
        for cohort_course in cohort_courses:
            enrolment = by_course.get(cohort_course.course_id)
            courses.append(
                {
                    "course": cohort_course.course,
                    "enrolment": enrolment,
                    "deadline": cohort_course.deadline_for(
                        membership.joined_at, start_date=membership.cohort.start_date
                    ),
                    "overdue": facts.get(enrolment.pk, {}).get("overdue", False) if enrolment else False,
                }
            )
        context.update(
            membership=membership,
            cohort=membership.cohort,
            courses=courses,
            reminders_on=reminders_enabled(self.request.user),
        )
        return context


class ReminderSettingsView(LoginRequiredMixin, FormView):
    template_name = "cohorts/reminder_settings.html"
    form_class = ReminderSettingsForm

    def get_initial(self):
        return {"reminders": "yes" if reminders_enabled(self.request.user) else "no"}

    def form_valid(self, form):
        enabled = form.cleaned_data["reminders"] == "yes"
        set_reminder_preference(user=self.request.user, enabled=enabled)
        messages.success(
            self.request,
            "You will get deadline reminders." if enabled else "You will not get deadline reminders.",
        )
        return redirect("cohorts:reminder_settings")
