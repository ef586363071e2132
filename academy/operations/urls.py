from django.urls import path

from academy.operations import health

app_name = "health"
urlpatterns = [
    path("live", health.live, name="live"),
    path("ready", health.ReadinessView.as_view(), name="ready"),
]
