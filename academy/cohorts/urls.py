from django.urls import path

from academy.cohorts.views import exports, invitations, lead, learner

app_name = "cohorts"

urlpatterns = [
    path("", lead.CohortListView.as_view(), name="list"),
    path("new/", lead.CohortCreateView.as_view(), name="create"),
    path("<int:pk>/", lead.CohortDashboardView.as_view(), name="dashboard"),
    path("<int:pk>/settings/", lead.CohortSettingsView.as_view(), name="settings"),
    path("<int:pk>/settings/edit/", lead.CohortEditView.as_view(), name="edit"),
    path("<int:pk>/courses/<int:course_id>/deadline/", lead.DeadlineView.as_view(), name="deadline"),
    path(
        "<int:pk>/courses/<int:course_id>/modules/<int:module_id>/",
        lead.ModuleProgressView.as_view(),
        name="module",
    ),
    path("<int:pk>/archive/", lead.CohortArchiveView.as_view(), name="archive"),
    path("<int:pk>/delete/", lead.CohortDeleteView.as_view(), name="delete"),
    path("<int:pk>/learners/<int:user_id>/", lead.LearnerDetailView.as_view(), name="learner"),
    path("<int:pk>/learners/<int:user_id>/remove/", lead.LearnerRemoveView.as_view(), name="learner_remove"),
    path("<int:pk>/invitations/", invitations.InvitationListView.as_view(), name="invitations"),
    path("<int:pk>/invitations/emails/", invitations.InviteByEmailView.as_view(), name="invite_emails"),
    path("<int:pk>/invitations/upload/", invitations.InviteByUploadView.as_view(), name="invite_upload"),
    path(
        "<int:pk>/invitations/batches/<int:batch_id>/",
        invitations.InvitationBatchView.as_view(),
        name="invitation_batch",
    ),
    path(
        "<int:pk>/invitations/batches/<int:batch_id>/results.csv",
        invitations.InvitationBatchCsvView.as_view(),
        name="invitation_batch_csv",
    ),
    path(
        "<int:pk>/invitations/<int:invitation_id>/resend/",
        invitations.InvitationResendView.as_view(),
        name="invitation_resend",
    ),
    path(
        "<int:pk>/invitations/<int:invitation_id>/revoke/",
        invitations.InvitationRevokeView.as_view(),
        name="invitation_revoke",
    ),
    path("<int:pk>/join-code/", invitations.JoinCodeView.as_view(), name="join_code"),
    path("<int:pk>/exports/", exports.ExportView.as_view(), name="export_create"),
    path("<int:pk>/exports/<int:export_id>/", exports.ExportProgressView.as_view(), name="export"),
    path("<int:pk>/exports/<int:export_id>/status/", exports.ExportStatusView.as_view(), name="export_status"),
    path("<int:pk>/exports/<int:export_id>/download/", exports.ExportDownloadView.as_view(), name="export_download"),
    # The learner's side
    path("invitations/<str:token>/", invitations.AcceptInvitationView.as_view(), name="invitation"),
    path(
        "invitations/<str:token>/create-account/", invitations.InvitationSignUpView.as_view(), name="invitation_signup"
    ),
    path("join/", learner.JoinView.as_view(), name="join"),
    path("joined/<int:pk>/", learner.JoinedView.as_view(), name="joined"),
    path("reminders/", learner.ReminderSettingsView.as_view(), name="reminder_settings"),
]
