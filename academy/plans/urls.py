from django.urls import path

from academy.plans.views import lead, learner, plans

app_name = "plans"

urlpatterns = [
    path("", learner.MyPlansView.as_view(), name="mine"),
    path("start/<int:cohort_id>/", learner.StartPlanView.as_view(), name="start"),
    path("<int:pk>/", plans.PlanView.as_view(), name="plan"),
    path("<int:pk>/edit/", learner.PlanEditView.as_view(), name="edit"),
    path("<int:pk>/share/", learner.ShareView.as_view(), name="share"),
    path("<int:pk>/versions/<int:number>/", plans.VersionView.as_view(), name="version"),
    path("<int:pk>/compare/", plans.CompareView.as_view(), name="compare"),
    path("<int:pk>/feedback/", plans.FeedbackView.as_view(), name="feedback"),
    path("<int:pk>/accept/", plans.AcceptView.as_view(), name="accept"),
    path("<int:pk>/reviewer/", plans.ReviewerView.as_view(), name="reviewer"),
    path("<int:pk>/comments/", plans.CommentView.as_view(), name="comment"),
    path("comments/<int:comment_id>/report/", plans.ReportCommentView.as_view(), name="report_comment"),
    path("comments/<int:comment_id>/hide/", plans.HideCommentView.as_view(), name="hide_comment"),
    path("groups/<int:group_id>/", lead.GroupView.as_view(), name="group"),
    path("cohorts/<int:pk>/", lead.CohortPlansView.as_view(), name="cohort"),
    path("cohorts/<int:pk>/settings/", lead.CohortPlanSettingsView.as_view(), name="cohort_settings"),
    path("cohorts/<int:pk>/groups/", lead.GroupsView.as_view(), name="groups"),
    path("cohorts/<int:pk>/plans.<str:format>", lead.ExportView.as_view(), name="export"),
]
