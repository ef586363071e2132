"""Forms for plans (the plan with its repeating rows, feedback against criteria) and for leads (settings, groups,
reviewer). Every text box accepts any text; a due date that is not a real date is an error, never a crash."""

import re
from datetime import date

from django import forms
from django.forms import formset_factory

from academy.plans.models import Feedback, PlanTemplate

BAD_DATE = "Due date must be a real date, like 27 3 2026"
TEXTAREA = forms.Textarea(attrs={"rows": 4})
MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}  # fmt: skip


def parse_date(text: str) -> date | None:
    """A date typed as 27 3 2026, 27/03/2026, 2026-03-27 or 27 March 2026; None if it is not one."""
    text = text.strip().lower()
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        year, month, day = (int(part) for part in match.groups())
    elif match := re.fullmatch(r"(\d{1,2})[\s/.-]+(\d{1,2}|[a-z]+)[\s/.-]+(\d{4})", text):
        day, month_text, year = match.groups()
        month = (
            int(month_text)
            if month_text.isdigit()
            else MONTHS.get(month_text)
            or next((n for name, n in MONTHS.items() if len(month_text) >= 3 and name.startswith(month_text)), 0)
        )
        day, year = int(day), int(year)
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


class PlanForm(forms.Form):
    title = forms.CharField(
        label="Plan title",
        required=False,
        max_length=200,
        help_text="A short name for your plan, used on your certificate.",
    )
    challenge = forms.CharField(label="Commissioning challenge", required=False, widget=TEXTAREA)
    outcome = forms.CharField(label="Outcome sought", required=False, widget=TEXTAREA)
    measures = forms.CharField(label="How the outcome will be measured", required=False, widget=TEXTAREA)
    review = forms.CharField(label="Review at 100 days", required=False, widget=TEXTAREA)


class ActionRowForm(forms.Form):
    action = forms.CharField(label="Action", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    owner = forms.CharField(label="Owner", required=False, max_length=200)
    due = forms.CharField(label="Due date", required=False, max_length=40, help_text="For example, 27 3 2026")

    def clean_due(self):
        text = self.cleaned_data["due"].strip()
        if not text:
            return ""
        parsed = parse_date(text)
        if parsed is None:
            raise forms.ValidationError(BAD_DATE)
        return parsed.isoformat()


class StakeholderRowForm(forms.Form):
    KINDS = [
        ("", "Choose a type"),
        ("staff", "Staff"),
        ("provider", "Provider"),
        ("service_user", "Service users"),
        ("partner", "Partner organisation"),
        ("other", "Other"),
    ]
    name = forms.CharField(label="Name or group", required=False, max_length=200)
    kind = forms.ChoiceField(label="Type", required=False, choices=KINDS)
    interest = forms.CharField(label="Their interest", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RiskRowForm(forms.Form):
    risk = forms.CharField(label="Risk", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    mitigation = forms.CharField(label="Mitigation", required=False, widget=forms.Textarea(attrs={"rows": 2}))


ROWS = {
    "actions": formset_factory(ActionRowForm, extra=2),
    "stakeholders": formset_factory(StakeholderRowForm, extra=2),
    "risks": formset_factory(RiskRowForm, extra=2),
}
KIND_LABELS = dict(StakeholderRowForm.KINDS)


def plan_forms(plan, data=None) -> tuple[PlanForm, dict]:
    """The plan's form and one formset per kind of row, filled from the plan (plus two blank rows each)."""
    form = PlanForm(
        data, initial={f: getattr(plan, f) for f in ("title", "challenge", "outcome", "measures", "review")}
    )
    formsets = {kind: ROWS[kind](data, initial=list(getattr(plan, kind)), prefix=kind) for kind in ROWS}
    return form, formsets


def cleaned_plan(form: PlanForm, formsets: dict) -> dict:
    """What ``save_draft`` stores: the texts, and the rows that have anything in them."""
    data = dict(form.cleaned_data)
    for kind, formset in formsets.items():
        data[kind] = [
            {key: str(value).strip() for key, value in row.items()}
            for row in (f.cleaned_data for f in formset.forms)
            if any(str(value).strip() for value in row.values())
        ]
    return data


class FeedbackForm(forms.Form):
    summary = forms.CharField(label="Overall feedback", required=False, widget=TEXTAREA)

    def __init__(self, *args, criteria: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for number, criterion in enumerate(self.criteria):
            self.fields[f"rating_{number}"] = forms.ChoiceField(
                label=criterion.title,
                choices=Feedback.Rating.choices,
                widget=forms.RadioSelect,
                help_text=criterion.description,
                error_messages={"required": f"Choose a rating for {criterion.title}"},
            )
            self.fields[f"comment_{number}"] = forms.CharField(
                label=f"Comment on {criterion.title}", required=False, widget=TEXTAREA
            )

    def rows(self) -> list[dict]:
        return [
            {
                "criterion": criterion.title,
                "rating": self.cleaned_data[f"rating_{number}"],
                "comment": self.cleaned_data.get(f"comment_{number}", ""),
            }
            for number, criterion in enumerate(self.criteria)
        ]

    def pairs(self):
        return [(self[f"rating_{n}"], self[f"comment_{n}"]) for n in range(len(self.criteria))]


class CohortPlanSettingsForm(forms.Form):
    template = forms.ModelChoiceField(
        label="Plan template",
        queryset=PlanTemplate.objects.all(),
        required=False,
        empty_label="No 100-day plan",
        help_text="Authors edit templates in the admin, under Snippets.",
    )
    required_for_completion = forms.BooleanField(
        label="Learners need an accepted plan before their course certificate is issued", required=False
    )


class GroupsForm(forms.Form):
    names = forms.CharField(
        label="Group names",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One group a line. Save the names first, then choose each member's group.",
    )

    def __init__(self, *args, members: list, group_names: list[str], assignment: dict[int, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.members = members
        choices = [("", "No group"), *((name, name) for name in group_names)]
        for user in members:
            self.fields[f"member_{user.pk}"] = forms.ChoiceField(
                label=user.full_name or user.email, choices=choices, required=False, initial=assignment.get(user.pk, "")
            )

    def clean_names(self):
        return [line.strip() for line in self.cleaned_data["names"].splitlines() if line.strip()]

    def member_fields(self):
        return [self[f"member_{user.pk}"] for user in self.members]

    def assignment(self) -> dict[int, str]:
        return {user.pk: self.cleaned_data.get(f"member_{user.pk}") or "" for user in self.members}


class ReviewerForm(forms.Form):
    reviewer = forms.ChoiceField(label="Peer reviewer", required=False)

    def __init__(self, *args, memberships, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewer"].choices = [("", "No peer reviewer: the lead gives feedback")] + [
            (str(m.user_id), m.user.full_name or m.user.email) for m in memberships
        ]


class CommentForm(forms.Form):
    body = forms.CharField(label="Add a comment", widget=TEXTAREA, error_messages={"required": "Enter a comment"})
