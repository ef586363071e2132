from allauth.account import forms as allauth_forms


class LoginForm(allauth_forms.LoginForm):
    """allauth's login form with GOV.UK wording: sentence case labels, no placeholders."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Email address"
        self.fields["password"].label = "Password"
        self.fields["password"].help_text = ""
        self.fields["remember"].label = "Keep me signed in on this device"
        _drop_placeholders(self)


class SignupForm(allauth_forms.SignupForm):
    """allauth's sign-up form (with ProfileSignupForm's fields) in the order a person expects."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Work email address"
        self.fields["email"].help_text = "We will send you an email to confirm this address."
        self.fields["password1"].label = "Create a password"
        self.fields["password2"].label = "Confirm your password"
        self.order_fields(["full_name", "organisation", "job_title", "email", "password1", "password2"])
        _drop_placeholders(self)


class ResetPasswordForm(allauth_forms.ResetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Email address"
        _drop_placeholders(self)


def _drop_placeholders(form) -> None:
    # GOV.UK: placeholders disappear as people type and fail contrast; labels and hints do the job.
    for field in form.fields.values():
        field.widget.attrs.pop("placeholder", None)
