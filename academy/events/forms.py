"""The lead's session form (UK time in, UTC stored) and the attendance register. GOV.UK error messages."""

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError

from academy.cohorts.forms import DateInputField
from academy.events.models import Attendance

UK = ZoneInfo("Europe/London")
TIME_PATTERN = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*$", re.IGNORECASE)

END_BEFORE_START = "The end time must be after the start time"
PLACE_OR_LINK = "Enter a place or an online link"


class TimeField(forms.CharField):
    """A time of day typed as 14:30, 9:00, 9am or 2.30pm."""

    def __init__(self, *, label: str, **kwargs):
        super().__init__(
            label=label,
            max_length=10,
            help_text="For example, 9:30 or 14:00",
            error_messages={"required": f"Enter the {label.lower()}"},
            **kwargs,
        )

    def clean(self, value):
        value = super().clean(value)
        match = TIME_PATTERN.match(value or "")
        if not match:
            raise ValidationError(f"Enter the {self.label.lower()} as hours and minutes, like 9:30 or 14:00")
        hour, minute, half = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise ValidationError(f"Enter a real {self.label.lower()}")
        return time(hour, minute)


class SessionForm(forms.Form):
    title = forms.CharField(label="Title", max_length=200, error_messages={"required": "Enter a title"})
    description = forms.CharField(
        label="Description", required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )
    day = DateInputField(label="Date", help_text="In UK time. For example, 27 3 2027")
    start_time = TimeField(label="Start time (UK time)")
    end_time = TimeField(label="End time (UK time)")
    place = forms.CharField(label="Place", max_length=300, required=False, help_text="The address or the room")
    online_url = forms.URLField(
        label="Online link",
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text="For a session online: the link to join, starting https://",
        error_messages={"invalid": "Enter the online link in the right format, like https://meet.example.org/abc"},
    )
    capacity = forms.IntegerField(
        label="Number of places",
        min_value=1,
        max_value=10000,
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": "Enter the number of places",
            "invalid": "Enter the number of places as a whole number, like 20",
            "min_value": "The number of places must be 1 or more",
            "max_value": "The number of places must be 10,000 or fewer",
        },
    )
    facilitator = forms.CharField(label="Facilitator", max_length=200, required=False)
    required = forms.BooleanField(
        label="Required for completion",
        required=False,
        help_text="Learners in this cohort get their course certificates only once they have attended it.",
    )

    def clean(self):
        data = super().clean()
        day, start, end = data.get("day"), data.get("start_time"), data.get("end_time")
        if day and start and end:
            data["starts_at"] = datetime.combine(day, start, tzinfo=UK)
            data["ends_at"] = datetime.combine(day, end, tzinfo=UK)
            if data["ends_at"] <= data["starts_at"]:
                self.add_error("end_time", END_BEFORE_START)
        if not (data.get("place") or data.get("online_url")) and "online_url" not in self.errors:
            self.add_error("place", PLACE_OR_LINK)
        return data

    def session_fields(self) -> dict:
        data = self.cleaned_data
        names = ("title", "description", "starts_at", "ends_at", "place", "online_url", "capacity", "facilitator")
        return {**{name: data[name] for name in names}, "required": data["required"]}

    @staticmethod
    def initial_for(session) -> dict:
        starts, ends = session.starts_at.astimezone(UK), session.ends_at.astimezone(UK)
        return {
            "title": session.title,
            "description": session.description,
            "day": starts.date(),
            "start_time": f"{starts:%H:%M}",
            "end_time": f"{ends:%H:%M}",
            "place": session.place,
            "online_url": session.online_url,
            "capacity": session.capacity,
            "facilitator": session.facilitator,
            "required": session.required,
        }


def register_marks(data, *, user_ids: list[int]) -> dict[int, str]:
    """The register's choices from a POST: ``attendance-<user id>`` for each person listed; blanks are skipped,
    anything else is refused by the service."""
    marks = {}
    for user_id in user_ids:
        value = data.get(f"attendance-{user_id}", "")
        if value:
            marks[user_id] = value if value in Attendance.Status.values else "invalid"
    return marks
