"""The lead's pages for a cohort's sessions: list, create, change, cancel, and the attendance register.
Every page looks the cohort up through CohortMixin (its leads and administrators only; 404 for anyone else)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.views.generic import FormView, TemplateView

from academy.cohorts.views.mixins import CohortMixin
from academy.events import selectors
from academy.events.forms import SessionForm, register_marks
from academy.events.models import Attendance, Booking, Session
from academy.events.services import SessionError
from academy.events.services import attendance as attendance_services
from academy.events.services import sessions as session_services


class SessionsSectionMixin(CohortMixin):
    section = "sessions"

    def get_session(self) -> Session:
        if not hasattr(self, "_session"):
            session = Session.objects.filter(cohort=self.cohort, pk=self.kwargs["session_id"]).first()
            if session is None:
                raise Http404("No such session in this cohort")
            self._session = session
        return self._session


class SessionListView(SessionsSectionMixin, TemplateView):
    template_name = "events/session_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sessions"] = list(selectors.cohort_sessions(cohort=self.cohort))
        return context


class SessionCreateView(SessionsSectionMixin, FormView):
    template_name = "events/session_form.html"
    form_class = SessionForm

    def form_valid(self, form):
        session = session_services.create_session(cohort=self.cohort, **form.session_fields())
        messages.success(self.request, f"Session added: {session.title}.")
        return redirect("events:lead_sessions", pk=self.cohort.pk)


class SessionEditView(SessionsSectionMixin, FormView):
    template_name = "events/session_form.html"
    form_class = SessionForm

    def get_initial(self):
        return SessionForm.initial_for(self.get_session())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["session"] = self.get_session()
        return context

    def form_valid(self, form):
        session = session_services.update_session(session=self.get_session(), **form.session_fields())
        messages.success(self.request, f"Session saved: {session.title}.")
        return redirect("events:lead_sessions", pk=self.cohort.pk)


class SessionCancelView(SessionsSectionMixin, TemplateView):
    template_name = "events/session_confirm_cancel.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["session"] = self.get_session()
        return context

    def post(self, request, *args, **kwargs):
        session = session_services.cancel_session(session=self.get_session())
        messages.success(request, f"{session.title} has been cancelled. Everyone booked or waiting has been emailed.")
        return redirect("events:lead_sessions", pk=self.cohort.pk)


class RegisterView(SessionsSectionMixin, TemplateView):
    """The register on the day: one row of radios per person, one form, works on a phone and without JavaScript."""

    template_name = "events/register.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.get_session()
        context.update(
            session=session,
            lines=kwargs.get("lines") or selectors.register_lines(session=session),
            statuses=Attendance.Status.choices,
            confirmed=Booking.Status.CONFIRMED,
            waiting=Booking.Status.WAITING,
        )
        return context

    def post(self, request, *args, **kwargs):
        session = self.get_session()
        lines = selectors.register_lines(session=session)
        marks = register_marks(request.POST, user_ids=[line.user_id for line in lines])
        try:
            changed = attendance_services.record_attendance(session=session, marks=marks, recorded_by=request.user)
        except SessionError as error:
            return self.render_to_response(self.get_context_data(lines=lines, error=str(error)), status=400)
        messages.success(request, f"Attendance saved ({changed} change{'' if changed == 1 else 's'}).")
        return redirect("events:register", pk=self.cohort.pk, session_id=session.pk)
