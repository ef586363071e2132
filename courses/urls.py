"""The learner's progress pages and actions, under /my-learning/."""

from django.urls import path

from courses import views

app_name = "learning"

urlpatterns = [
    path("", views.my_learning, name="dashboard"),
    path("courses/<int:course_id>/start/", views.start_course, name="start_course"),
    path("items/<int:item_id>/complete/", views.complete, name="complete_item"),
    path("enrolments/<int:enrolment_id>/start-again/", views.start_again_view, name="start_again"),
]
