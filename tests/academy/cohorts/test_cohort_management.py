"""Creating and changing cohorts, deadlines, archiving and deleting (progress and certificates are kept)."""

from datetime import date

import pytest
from django.db import IntegrityError
from django.urls import reverse

from academy.cohorts.models import Cohort, CohortCourse, Invitation, Membership
from academy.cohorts.services import CohortError
from academy.cohorts.services import cohorts as services
from courses.models import Enrolment, ItemCompletion
from tests.academy.cohorts.factories import InvitationFactory, add_learner, make_cohort
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def date_fields(prefix: str, value: date) -> dict:
    return {f"{prefix}_day": value.day, f"{prefix}_month": value.month, f"{prefix}_year": value.year}


def test_a_lead_creates_a_cohort_and_is_its_lead(client, lead, course):
    client.force_login(lead)
    assert client.get("/cohorts/new/").context["form"].initial == {"leads": [lead.pk]}
    response = client.post(
        "/cohorts/new/",
        {
            "name": "Autumn cohort",
            "courses": [course.pk],
            "leads": [lead.pk],
            **date_fields("start_date", date(2026, 9, 1)),
        },
    )
    cohort = Cohort.objects.get()
    assert response["Location"] == reverse("cohorts:settings", args=[cohort.pk])
    assert (cohort.name, cohort.start_date, cohort.status) == ("Autumn cohort", date(2026, 9, 1), "active")
    assert list(cohort.leads.all()) == [lead]
    assert list(cohort.courses.all()) == [course]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"start_date_day": "", "start_date_month": "", "start_date_year": ""}, "start_date", "Enter the start date"),
        (
            {"start_date_day": "31", "start_date_month": "2", "start_date_year": "2026"},
            "start_date",
            "Start date must be a real date",
        ),
        (
            {"start_date_day": "3", "start_date_month": "", "start_date_year": "2026"},
            "start_date",
            "Start date must include a month",
        ),
        ({"name": ""}, "name", "Enter a name for the cohort"),
        ({"courses": []}, "courses", "Select at least one course"),
        ({"leads": []}, "leads", "Select at least one lead"),
    ],
)
def test_the_cohort_form_explains_each_mistake(client, lead, course, data, field, message):
    client.force_login(lead)
    valid = {"name": "X", "courses": [course.pk], "leads": [lead.pk], **date_fields("start_date", date(2026, 9, 1))}
    response = client.post("/cohorts/new/", {**valid, **data})
    assert response.context["form"].errors[field] == [message]
    html = response.content.decode()
    assert "There is a problem" in html and html.startswith("<!DOCTYPE html>")
    assert "<title>Error: " in html
    assert not Cohort.objects.exists()


def test_adding_a_course_enrols_the_existing_members(client, lead, course, django_capture_on_commit_callbacks):
    cohort = make_cohort(courses=[course], leads=[lead])
    member = add_learner(cohort)
    second = make_course(modules=1, lessons=1, slug="second")
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("cohorts:edit", args=[cohort.pk]),
            {
                "name": cohort.name,
                "courses": [course.pk, second.pk],
                "leads": [lead.pk],
                **date_fields("start_date", cohort.start_date),
            },
        )
    assert Enrolment.objects.filter(user=member.user, course=second, source="cohort").exists()


def test_removing_a_course_keeps_the_learners_progress(client, lead, course):
    second = make_course(modules=1, lessons=1, slug="second")
    cohort = make_cohort(courses=[course, second], leads=[lead])
    member = add_learner(cohort, completed=1)
    client.force_login(lead)
    client.post(
        reverse("cohorts:edit", args=[cohort.pk]),
        {
            "name": cohort.name,
            "courses": [second.pk],
            "leads": [lead.pk],
            **date_fields("start_date", cohort.start_date),
        },
    )
    assert list(cohort.courses.all()) == [second]
    assert ItemCompletion.objects.filter(enrolment__user=member.user, enrolment__course=course).count() == 1


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"kind": "date", **date_fields("deadline_date", date(2026, 12, 31))}, (date(2026, 12, 31), None)),
        ({"kind": "days", "deadline_days": "42"}, (None, 42)),
        ({"kind": "none"}, (None, None)),
    ],
)
def test_setting_a_deadline(client, lead, course, data, expected):
    cohort = make_cohort(courses=[course], leads=[lead], deadline_days=5)
    client.force_login(lead)
    response = client.post(reverse("cohorts:deadline", args=[cohort.pk, course.pk]), data)
    assert response.status_code == 302
    cohort_course = CohortCourse.objects.get()
    assert (cohort_course.deadline_date, cohort_course.deadline_days) == expected


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({}, "kind", "Select when learners must complete this course"),
        ({"kind": "date"}, "deadline_date", "Enter the deadline"),
        ({"kind": "days"}, "deadline_days", "Enter the number of days"),
        ({"kind": "days", "deadline_days": "0"}, "deadline_days", "Number of days must be 1 or more"),
        ({"kind": "days", "deadline_days": "six"}, "deadline_days", "Number of days must be a whole number, like 42"),
    ],
)
def test_the_deadline_form_explains_each_mistake(client, lead, course, data, field, message):
    cohort = make_cohort(courses=[course], leads=[lead])
    client.force_login(lead)
    response = client.post(reverse("cohorts:deadline", args=[cohort.pk, course.pk]), data)
    assert response.context["form"].errors[field] == [message]


def test_the_database_refuses_two_kinds_of_deadline_at_once(course):
    cohort = make_cohort(courses=[])
    with pytest.raises(IntegrityError):
        CohortCourse.objects.create(cohort=cohort, course=course, deadline_date=date(2026, 1, 1), deadline_days=3)


def test_a_learner_joins_a_cohort_once(course):
    cohort = make_cohort(courses=[course])
    member = add_learner(cohort)
    services.add_member(cohort=cohort, user=member.user)
    with pytest.raises(IntegrityError):
        Membership.objects.create(cohort=cohort, user=member.user)


def test_archiving_stops_joining_and_can_be_undone(client, lead, course, learner):
    cohort = make_cohort(courses=[course], leads=[lead])
    services.set_join_code(cohort=cohort, enabled=True)
    client.force_login(lead)
    assert (
        "Are you sure you want to archive" in client.get(reverse("cohorts:archive", args=[cohort.pk])).content.decode()
    )
    client.post(reverse("cohorts:archive", args=[cohort.pk]))
    cohort.refresh_from_db()
    assert cohort.status == "archived"
    with pytest.raises(CohortError):
        services.join_with_code(user=learner, code=cohort.join_code)
    assert client.get(reverse("cohorts:dashboard", args=[cohort.pk])).status_code == 200  # still readable
    client.post(reverse("cohorts:archive", args=[cohort.pk]))
    cohort.refresh_from_db()
    assert cohort.status == "active"


def test_deleting_a_cohort_keeps_learners_enrolments_and_progress(client, lead, course):
    cohort = make_cohort(courses=[course], leads=[lead])
    member = add_learner(cohort, completed=4)
    InvitationFactory(cohort=cohort, email="x@council.gov.uk", expires_at=cohort.created_at)
    enrolment = Enrolment.objects.get(user=member.user)
    completions = ItemCompletion.objects.filter(enrolment=enrolment).count()
    client.force_login(lead)
    assert "Are you sure you want to delete" in client.get(reverse("cohorts:delete", args=[cohort.pk])).content.decode()
    response = client.post(reverse("cohorts:delete", args=[cohort.pk]))
    assert response["Location"] == "/cohorts/"
    assert not Cohort.objects.exists() and not Membership.objects.exists() and not Invitation.objects.exists()
    enrolment.refresh_from_db()
    assert enrolment.is_complete
    assert ItemCompletion.objects.filter(enrolment=enrolment).count() == completions == 4


def test_a_cohort_name_is_kept_on_one_line(lead, course):
    cohort = services.create_cohort(
        name="Spring\r\nBcc: victim@example.com", start_date=date(2026, 1, 1), courses=[course], leads=[lead]
    )
    assert cohort.name == "Spring Bcc: victim@example.com"


def test_a_current_lead_stays_choosable_after_leaving_the_leads_group(client, lead, course):
    from tests.academy.accounts.factories import UserFactory

    former = UserFactory(full_name="Fay Former")
    cohort = make_cohort(courses=[course], leads=[lead, former])
    client.force_login(lead)
    form = client.get(reverse("cohorts:edit", args=[cohort.pk])).context["form"]
    assert set(form.fields["leads"].queryset) == {lead, former}
