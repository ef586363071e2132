from django.urls import path

from assessments import author_views, marking_views, views

app_name = "assessments"

urlpatterns = [
    path("<int:quiz_id>/start/", views.start, name="start"),
    path("<int:quiz_id>/report/", views.report, name="report"),
    path("<int:quiz_id>/report/attempts/<int:attempt_id>/", views.report_attempt_view, name="report_attempt"),
    path("<int:quiz_id>/preview/", author_views.quiz_preview, name="quiz_preview"),
    path("questions/<int:question_id>/versions/", author_views.versions, name="question_versions"),
    path("questions/<int:question_id>/versions/compare/", author_views.compare, name="question_compare"),
    path("questions/<int:question_id>/preview/", author_views.question_preview, name="question_preview"),
    path("attempts/<int:attempt_id>/page/<int:page>/", views.attempt_page_view, name="attempt_page"),
    path("attempts/<int:attempt_id>/autosave/", views.autosave, name="autosave"),
    path("attempts/<int:attempt_id>/check/", views.check, name="check"),
    path("attempts/<int:attempt_id>/submit/", views.submit, name="submit"),
    path("attempts/<int:attempt_id>/result/", views.result, name="result"),
    path("marking/", marking_views.queue, name="marking_queue"),
    path("marking/<int:attempt_id>/", marking_views.mark, name="mark"),
]
