from django.urls import path

from academy.accounts import profile

urlpatterns = [path("profile/", profile.profile, name="accounts_profile")]
