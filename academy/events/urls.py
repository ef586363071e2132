from django.urls import path

from academy.events.views import lead, learner

app_name = "events"

urlpatterns = [
    # The lead's side, inside the cohort's pages
    path("cohorts/<int:pk>/sessions/", lead.SessionListView.as_view(), name="lead_sessions"),
    path("cohorts/<int:pk>/sessions/new/", lead.SessionCreateView.as_view(), name="session_create"),
    path("cohorts/<int:pk>/sessions/<int:session_id>/edit/", lead.SessionEditView.as_view(), name="session_edit"),
    path("cohorts/<int:pk>/sessions/<int:session_id>/cancel/", lead.SessionCancelView.as_view(), name="session_cancel"),
    path("cohorts/<int:pk>/sessions/<int:session_id>/register/", lead.RegisterView.as_view(), name="register"),
    # The learner's side
    path("sessions/", learner.MySessionsView.as_view(), name="my_sessions"),
    path("sessions/<int:session_id>/", learner.SessionView.as_view(), name="session"),
    path("sessions/<int:session_id>/sign-up/", learner.SignUpView.as_view(), name="sign_up"),
    path("sessions/<int:session_id>/cancel/", learner.CancelBookingView.as_view(), name="cancel_booking"),
    path("sessions/<int:session_id>/calendar.ics", learner.CalendarView.as_view(), name="calendar"),
]
