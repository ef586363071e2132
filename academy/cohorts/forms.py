"""Forms for the lead area and the learner's cohort pages. Error messages follow the GOV.UK patterns."""

from datetime import date

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q

from academy.cohorts import csv_import
from academy.cohorts.selectors import eligible_leads
from courses.selectors import live_courses


class DateInputWidget(forms.MultiWidget):
    """Day, month and year boxes (the GOV.UK date input); rendered by cohorts/includes/date_field.html."""

    def __init__(self, attrs=None):
        super().__init__(
            {
                "day": forms.TextInput(attrs={"inputmode": "numeric"}),
                "month": forms.TextInput(attrs={"inputmode": "numeric"}),
                "year": forms.TextInput(attrs={"inputmode": "numeric"}),
            },
            attrs,
        )

    def decompress(self, value):
        if isinstance(value, date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class DateInputField(forms.MultiValueField):
    widget = DateInputWidget

    def __init__(self, *, label: str, **kwargs):
        self.name_for_errors = label
        kwargs.setdefault("error_messages", {})
        kwargs["error_messages"].setdefault("required", f"Enter the {label.lower()}")
        super().__init__(
            fields=(forms.CharField(required=False), forms.CharField(required=False), forms.CharField(required=False)),
            require_all_fields=False,
            label=label,
            **kwargs,
        )

    def compress(self, data_list):
        if not data_list or not any(data_list):
            return None
        day, month, year = (str(part or "").strip() for part in data_list)
        missing = [name for name, part in (("day", day), ("month", month), ("year", year)) if not part]
        if missing:
            raise ValidationError(f"{self.name_for_errors} must include a {' and '.join(missing)}")
        try:
            value = date(int(year), int(month), int(day))
        except ValueError as error:
            raise ValidationError(f"{self.name_for_errors} must be a real date") from error
        if not 2000 <= value.year <= 2100:
            raise ValidationError(f"{self.name_for_errors} must be between 2000 and 2100")
        return value


class CourseChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.title


class LeadChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.full_name} ({obj.email})" if obj.full_name else obj.email


class CohortForm(forms.Form):
    name = forms.CharField(
        label="Cohort name",
        max_length=200,
        help_text="For example, ‘Northshire commissioners, spring 2026’.",
        error_messages={"required": "Enter a name for the cohort"},
    )
    start_date = DateInputField(label="Start date", help_text="For example, 27 4 2026")
    courses = CourseChoiceField(
        label="Courses",
        queryset=live_courses().none(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Learners who join are enrolled in each course you select.",
        error_messages={"required": "Select at least one course"},
    )
    leads = LeadChoiceField(
        label="Cohort leads",
        queryset=eligible_leads().none(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Leads see this cohort's progress, invite learners and get the weekly summary.",
        error_messages={"required": "Select at least one lead"},
    )

    def __init__(self, *args, cohort=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["courses"].queryset = live_courses()
        leads = eligible_leads()
        if cohort is not None:  # keep current leads choosable even if they have left the "Cohort leads" group
            leads = get_user_model().objects.filter(Q(pk__in=leads.values("pk")) | Q(led_cohorts=cohort)).distinct()
        self.fields["leads"].queryset = leads.order_by("full_name", "email")


class DeadlineForm(forms.Form):
    KIND_CHOICES = [
        ("none", "No deadline"),
        ("date", "On a fixed date"),
        ("days", "A number of days after the learner joins"),
    ]
    kind = forms.ChoiceField(
        label="When must learners complete this course?",
        choices=KIND_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select when learners must complete this course"},
    )
    deadline_date = DateInputField(label="Deadline", required=False, help_text="For example, 30 6 2026")
    deadline_days = forms.IntegerField(
        label="Number of days",
        required=False,
        min_value=1,
        max_value=3650,
        help_text="Counted from the day the learner joins, or the cohort's start date if they join before it.",
        error_messages={
            "invalid": "Number of days must be a whole number, like 42",
            "min_value": "Number of days must be 1 or more",
            "max_value": "Number of days must be 3650 or fewer",
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind == "date" and not cleaned.get("deadline_date") and "deadline_date" not in self.errors:
            self.add_error("deadline_date", "Enter the deadline")
        if kind == "days" and not cleaned.get("deadline_days") and "deadline_days" not in self.errors:
            self.add_error("deadline_days", "Enter the number of days")
        return cleaned


class InviteByEmailForm(forms.Form):
    emails = forms.CharField(
        label="Email addresses",
        help_text="One per line, or separated by commas. You can include a name, like: Sam Jones <sam@council.gov.uk>",
        widget=forms.Textarea(attrs={"rows": 8, "spellcheck": "false", "autocomplete": "off"}),
        error_messages={"required": csv_import.NO_EMAILS_TYPED},
    )

    def clean_emails(self):
        try:
            self.invitees = csv_import.read_email_list(
                self.cleaned_data["emails"], max_rows=settings.ACADEMY_COHORT_UPLOAD_MAX_ROWS
            )
        except csv_import.UploadError as error:
            raise ValidationError(str(error)) from error
        return self.cleaned_data["emails"]


class InviteByUploadForm(forms.Form):
    file = forms.FileField(
        label="Upload a CSV file",
        help_text="Columns: email, name, organisation (name and organisation are optional). The first row may be "
        "a header row.",
        error_messages={
            "required": csv_import.NO_FILE,
            "empty": csv_import.EMPTY_FILE,
            "invalid": csv_import.NOT_A_CSV,
        },
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        try:
            self.invitees = csv_import.read_invitee_csv(
                uploaded,
                max_bytes=settings.ACADEMY_COHORT_UPLOAD_MAX_BYTES,
                max_rows=settings.ACADEMY_COHORT_UPLOAD_MAX_ROWS,
            )
        except csv_import.UploadError as error:
            raise ValidationError(str(error)) from error
        return uploaded


class JoinForm(forms.Form):
    code = forms.CharField(
        label="Join code",
        max_length=20,
        help_text="The person who runs your cohort gives you this code. For example, KD7M-4QPX.",
        error_messages={"required": "Enter your join code"},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}),
    )


class ReminderSettingsForm(forms.Form):
    reminders = forms.ChoiceField(
        label="Do you want emails reminding you about cohort deadlines?",
        choices=[("yes", "Yes, remind me before a deadline and if I miss one"), ("no", "No, do not send reminders")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether you want deadline reminders"},
    )
