from django.urls import path

from academy.records import views

app_name = "records"

urlpatterns = [
    path("activities/pages/<int:page_id>/", views.page_activity, name="page_activity"),
]
