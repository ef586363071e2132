"""Forms: typing a code to verify it, and the reason an administrator gives to revoke or reissue."""

from django import forms

from academy.certificates import codes

CODE_REQUIRED = "Enter the certificate code"
CODE_INVALID = "Enter the certificate code as it is printed on the certificate, like CA-7K3M-Q9XB-2HRT-V"
CODE_MISTYPED = "The certificate code has a typing mistake: check each character against the certificate"
CODE_EXAMPLE = "CA-7K3M-Q9XB-2HRT-V"


class VerifyForm(forms.Form):
    code = forms.CharField(
        label="Certificate code",
        max_length=40,
        help_text=f"It is at the bottom left of the certificate, for example {CODE_EXAMPLE}",
        error_messages={"required": CODE_REQUIRED},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}),
    )

    def clean_code(self) -> str:
        try:
            return codes.parse(self.cleaned_data["code"]).canonical
        except codes.MistypedCode as error:
            raise forms.ValidationError(CODE_MISTYPED) from error
        except codes.InvalidCode as error:
            raise forms.ValidationError(CODE_INVALID) from error


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="Reason",
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        error_messages={"required": "Enter the reason"},
    )
