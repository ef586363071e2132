from django import forms

ENTER_PASSWORD = "Enter your password"  # noqa: S105 - a message, not a password
WRONG_PASSWORD = "The password is not right: enter the password you use to sign in"  # noqa: S105 - a message
CONFIRM = "Confirm that you understand your account will be deleted"


class DeleteAccountForm(forms.Form):
    """Deleting an account: the password again (when the account has one), and a clear 'yes'."""

    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": ENTER_PASSWORD},
    )
    confirm = forms.BooleanField(
        label="I understand that my account will be deleted and cannot be restored",
        error_messages={"required": CONFIRM},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if not user.has_usable_password():  # signs in with single sign-on: re-authenticated by allauth instead
            del self.fields["password"]

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(WRONG_PASSWORD, code="wrong_password")
        return password
