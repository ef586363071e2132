"""allauth's forms in GOV.UK wording: sentence-case labels, hints instead of placeholders, and an error message per
field that says what to do (the words are in ``wording``)."""

from allauth.account import forms as allauth_forms
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.totp import forms as totp_forms
from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext

from academy.accounts import wording
from academy.accounts.passwords import min_password_length

# The user table's column: a longer address would pass the form and fail in the database.
EMAIL_MAX_LENGTH = 254
# allauth's message when the two passwords differ (it gives it no code), replaced by one that says what to do.
ALLAUTH_PASSWORDS_DIFFER = "You must type the same password each time."


class _PasswordsMatchMixin:
    def add_error(self, field, error):
        if field == "password2" and str(error) == gettext(ALLAUTH_PASSWORDS_DIFFER):
            error = forms.ValidationError(wording.PASSWORDS_DIFFER, code="password_mismatch")
        super().add_error(field, error)


class LoginForm(allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email(self.fields["login"], label="Email address")
        _password(self.fields["password"], label="Password", required=wording.ENTER_PASSWORD)
        self.fields["remember"].label = "Keep me signed in on this device"
        _drop_placeholders(self)


class SignupForm(_PasswordsMatchMixin, allauth_forms.SignupForm):
    """allauth's sign-up form (with ProfileSignupForm's fields) in the order a person expects."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email(self.fields["email"], label="Work email address")
        self.fields["email"].help_text = "We will send you an email to confirm this address."
        _new_password(self.fields["password1"], label="Create a password")
        _password(self.fields["password2"], label="Confirm your password", required=wording.ENTER_PASSWORD_AGAIN)
        self.order_fields(["full_name", "organisation", "job_title", "email", "password1", "password2"])
        _drop_placeholders(self)


class ResetPasswordForm(allauth_forms.ResetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email(self.fields["email"], label="Email address")
        _drop_placeholders(self)


class ResetPasswordKeyForm(_PasswordsMatchMixin, allauth_forms.ResetPasswordKeyForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _new_password(self.fields["password1"], label="New password", required=wording.ENTER_A_NEW_PASSWORD)
        _password(self.fields["password2"], label="Confirm your new password", required=wording.ENTER_PASSWORD_AGAIN)
        _drop_placeholders(self)


class ChangePasswordForm(_PasswordsMatchMixin, allauth_forms.ChangePasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _password(self.fields["oldpassword"], label="Current password", required=wording.ENTER_CURRENT_PASSWORD)
        _new_password(self.fields["password1"], label="New password", required=wording.ENTER_A_NEW_PASSWORD)
        _password(self.fields["password2"], label="Confirm your new password", required=wording.ENTER_PASSWORD_AGAIN)
        _drop_placeholders(self)


class SetPasswordForm(_PasswordsMatchMixin, allauth_forms.SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _new_password(self.fields["password1"], label="Password")
        _password(self.fields["password2"], label="Confirm your password", required=wording.ENTER_PASSWORD_AGAIN)
        _drop_placeholders(self)


class ChangeEmailForm(allauth_forms.AddEmailForm):
    """Changing the account's email address (ACCOUNT_CHANGE_EMAIL: the new address replaces the old once confirmed)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _email(self.fields["email"], label="New email address", required=wording.ENTER_NEW_EMAIL)
        _drop_placeholders(self)


class ReauthenticateForm(allauth_forms.ReauthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _password(self.fields["password"], label="Password", required=wording.ENTER_PASSWORD)
        _drop_placeholders(self)


class _CodeMixin:
    """The one-time code field of the two-factor forms, with its label and messages."""

    code_label = "Code"
    code_hint = "The 6-digit code your authenticator app shows now, or one of your recovery codes."
    code_required = wording.ENTER_CODE
    code_wrong = wording.WRONG_CODE

    def _set_up_code(self) -> None:
        field = self.fields["code"]
        field.label = self.code_label
        field.help_text = self.code_hint
        field.error_messages["required"] = self.code_required
        field.widget.attrs.update({"inputmode": "numeric", "spellcheck": "false"})
        field.widget.attrs.pop("placeholder", None)

    def clean_code(self):
        try:
            return super().clean_code()
        except forms.ValidationError as error:
            if getattr(error, "code", None) == "incorrect_code":
                raise forms.ValidationError(self.code_wrong, code="incorrect_code") from error
            raise


class AuthenticateForm(_CodeMixin, mfa_forms.AuthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_up_code()


class MFAReauthenticateForm(_CodeMixin, mfa_forms.ReauthenticateForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_up_code()


class ActivateTOTPForm(_CodeMixin, totp_forms.ActivateTOTPForm):
    code_label = "Code from your authenticator app"
    code_hint = "The app shows a new 6-digit code every 30 seconds."
    code_required = wording.ENTER_APP_CODE
    code_wrong = wording.WRONG_APP_CODE

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_up_code()


def _email(field, *, label: str, required: str = wording.ENTER_EMAIL) -> None:
    field.label = label
    field.error_messages.update({"required": required, "invalid": wording.EMAIL_FORMAT})
    field.max_length = EMAIL_MAX_LENGTH
    field.validators.append(MaxLengthValidator(EMAIL_MAX_LENGTH, message=wording.EMAIL_TOO_LONG))
    field.widget.attrs.update({"autocomplete": "email", "spellcheck": "false"})


def _password(field, *, label: str, required: str) -> None:
    field.label = label
    field.help_text = ""  # allauth's "Forgot your password?" link: the pages link to the reset page themselves
    field.error_messages["required"] = required


def _new_password(field, *, label: str, required: str = wording.ENTER_NEW_PASSWORD) -> None:
    _password(field, label=label, required=required)
    field.help_text = wording.password_hint(min_password_length())


def _drop_placeholders(form) -> None:
    # GOV.UK: placeholders disappear as people type and fail contrast; labels and hints do the job.
    for field in form.fields.values():
        field.widget.attrs.pop("placeholder", None)
