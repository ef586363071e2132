"""Fields added to allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS). Must not import allauth's forms."""

from django import forms

from academy.accounts import wording


class ProfileSignupForm(forms.Form):
    """Extra fields on allauth's sign-up form: who the learner is and where they work."""

    full_name = forms.CharField(
        label="Full name",
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
        error_messages={"required": wording.ENTER_FULL_NAME, "max_length": wording.FULL_NAME_TOO_LONG},
    )
    organisation = forms.CharField(
        label="Organisation",
        max_length=200,
        help_text="For example, the council, department or NHS trust you work for.",
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"required": wording.ENTER_ORGANISATION, "max_length": wording.ORGANISATION_TOO_LONG},
    )
    job_title = forms.CharField(
        label="Job title",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
        error_messages={"max_length": wording.JOB_TITLE_TOO_LONG},
    )

    def signup(self, request, user) -> None:
        user.full_name = self.cleaned_data["full_name"].strip()
        user.organisation = self.cleaned_data["organisation"].strip()
        user.job_title = self.cleaned_data.get("job_title", "").strip()
        user.save(update_fields=["full_name", "organisation", "job_title"])
