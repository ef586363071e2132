"""The learner's pages: their sessions, one session (sign up, cancel, the calendar file).
A session is found only among the cohorts the learner is a member of: anyone else gets 404."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from academy.events import ical, selectors
from academy.events.models import Booking, Session
from academy.events.services import SessionError
from academy.events.services import bookings as services


class LearnerSessionMixin(LoginRequiredMixin):
    def get_session(self) -> Session:
        if not hasattr(self, "_session"):
            try:
                self._session = selectors.session_for_learner(user=self.request.user, pk=self.kwargs["session_id"])
            except Session.DoesNotExist as error:
                raise Http404("No such session") from error
        return self._session

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.get_session()
        context.update(
            session=session,
            is_open=not session.is_cancelled and session.starts_at > timezone.now(),
            is_full=session.booked >= session.capacity,
            confirmed=Booking.Status.CONFIRMED,
            waiting=Booking.Status.WAITING,
        )
        return context


class MySessionsView(LoginRequiredMixin, TemplateView):
    template_name = "events/my_sessions.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        sessions = list(selectors.learner_sessions(user=self.request.user))
        context.update(
            upcoming=[s for s in sessions if s.ends_at > now],
            past=[s for s in reversed(sessions) if s.ends_at <= now],
            confirmed=Booking.Status.CONFIRMED,
            waiting=Booking.Status.WAITING,
        )
        return context


class SessionView(LearnerSessionMixin, TemplateView):
    template_name = "events/session_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.get_session()
        if session.my_status == Booking.Status.WAITING:
            context["position"] = selectors.waiting_position(session=session, user=self.request.user)
        return context


class SignUpView(LearnerSessionMixin, TemplateView):
    """Confirm, then book a place (or join the waiting list when the session is full)."""

    template_name = "events/sign_up.html"

    def post(self, request, *args, **kwargs):
        session = self.get_session()
        try:
            booking = services.sign_up(session=session, user=request.user)
        except SessionError as error:
            messages.error(request, str(error))
            return redirect("events:session", session_id=session.pk)
        if booking.status == Booking.Status.CONFIRMED:
            messages.success(request, f"You have a place at {session.title}.")
        else:
            messages.success(
                request,
                f"{session.title} is full, so you are on the waiting list. We will email you if a place comes up.",
            )
        return redirect("events:session", session_id=session.pk)


class CancelBookingView(LearnerSessionMixin, TemplateView):
    template_name = "events/cancel_booking.html"

    def post(self, request, *args, **kwargs):
        session = self.get_session()
        try:
            services.cancel_booking(session=session, user=request.user)
        except SessionError as error:
            messages.error(request, str(error))
            return redirect("events:session", session_id=session.pk)
        messages.success(request, f"You are no longer booked for {session.title}.")
        return redirect("events:session", session_id=session.pk)


class CalendarView(LearnerSessionMixin, View):
    def get(self, request, *args, **kwargs):
        session = self.get_session()
        body = ical.session_calendar(session, url=reverse("events:session", args=[session.pk]))
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
        return response
