"""Wagtail's user admin, with this project's profile fields (full name, organisation, job title)."""

from django import forms
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

PROFILE_FIELDS = {"email", "full_name", "organisation", "job_title", "is_superuser", "groups"}


class AcademyUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None
    full_name = forms.CharField(required=True, label="Full name", max_length=200)

    class Meta(UserCreationForm.Meta):
        fields = PROFILE_FIELDS


class AcademyUserEditForm(UserEditForm):
    first_name = None
    last_name = None
    full_name = forms.CharField(required=True, label="Full name", max_length=200)

    class Meta(UserEditForm.Meta):
        fields = PROFILE_FIELDS | {"is_active"}


class AcademyUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return AcademyUserEditForm if for_update else AcademyUserCreationForm
