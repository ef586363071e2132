"""Forms for learners' progress actions and the administrators' reset, with GOV.UK error messages."""

from django import forms

from courses.services.progress import REASON_REQUIRED

START_AGAIN_CHOICE_REQUIRED = "Select yes if you want to start this course again"


class RadioSelect(forms.RadioSelect):
    """Radios whose first input carries the field's own id, so the error summary's link lands on it (GOV.UK).

    Keeps Django's class name: components/field.html picks the radios layout from ``widget_type``.
    """

    def id_for_label(self, id_, index=None):
        if index in ("0", 0) and id_:
            return id_
        return super().id_for_label(id_, index)


class StartAgainForm(forms.Form):
    confirm = forms.ChoiceField(
        label="Do you want to start this course again?",
        choices=[("yes", "Yes"), ("no", "No")],
        widget=RadioSelect,
        error_messages={"required": START_AGAIN_CHOICE_REQUIRED},
    )

    @property
    def confirmed(self) -> bool:
        return self.cleaned_data.get("confirm") == "yes"


class ResetProgressForm(forms.Form):
    reason = forms.CharField(
        label="Reason for resetting progress",
        help_text="Kept in the enrolment's history. For example: completed on behalf of a colleague.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1000,
        error_messages={"required": REASON_REQUIRED},
    )
