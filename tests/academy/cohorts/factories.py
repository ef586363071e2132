"""Builders for cohorts: a lead, a cohort on a course, and members with progress."""

from datetime import date, timedelta

import factory
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from academy.cohorts.models import Cohort, CohortCourse, Export, Invitation, InvitationBatch, Membership, ReminderLog
from academy.cohorts.services.cohorts import add_member
from academy.cohorts.services.invitations import hash_token
from courses.selectors import course_outline
from courses.services.progress import complete_item
from tests.academy.accounts.factories import UserFactory

LEADS_GROUP = "Cohort leads"


def make_lead(**fields):
    """A user in the "Cohort leads" group. The data migration makes the group; browser tests flush the database
    between tests, so it is made again here when missing."""
    group, _ = Group.objects.get_or_create(name=LEADS_GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="cohorts", codename="lead_cohorts"))
    lead = UserFactory(**fields)
    lead.groups.add(group)
    return lead


def make_cohort(
    *,
    courses,
    leads=(),
    name: str = "Spring cohort",
    start_date: date | None = None,
    deadline_date: date | None = None,
    deadline_days: int | None = None,
    status: str = Cohort.Status.ACTIVE,
) -> Cohort:
    cohort = Cohort.objects.create(
        name=name, start_date=start_date or timezone.localdate() - timedelta(days=365), status=status
    )
    cohort.leads.set(leads)
    for position, course in enumerate(courses):
        CohortCourse.objects.create(
            cohort=cohort, course=course, position=position, deadline_date=deadline_date, deadline_days=deadline_days
        )
    return cohort


class InvitationFactory(factory.django.DjangoModelFactory):
    """An invitation to ``cohort`` (required), open for a week; pass ``token`` to know the link's secret."""

    class Meta:
        model = Invitation

    class Params:
        token = factory.Sequence(lambda n: f"invitation-token-{n}")

    email = factory.Sequence(lambda n: f"invited{n}@council.gov.uk")
    token_hash = factory.LazyAttribute(lambda invitation: hash_token(invitation.token))
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))


class InvitationBatchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InvitationBatch

    source = "list"
    results = factory.LazyFunction(list)


class ExportFactory(factory.django.DjangoModelFactory):
    """An export job for ``cohort`` and ``course`` (both required), pending unless given a status."""

    class Meta:
        model = Export


class ReminderLogFactory(factory.django.DjangoModelFactory):
    """A reminder already sent to ``membership`` about ``course`` (both required)."""

    class Meta:
        model = ReminderLog

    deadline = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))
    kind = "before-7"


def add_learner(cohort, *, user=None, days_ago: int = 0, completed: int = 0, **user_fields) -> Membership:
    """A member who joined ``days_ago`` days ago and completed the first ``completed`` items of each course."""
    user = user or UserFactory(**user_fields)
    membership = add_member(cohort=cohort, user=user, joined_at=timezone.now() - timedelta(days=days_ago))
    if completed:
        for cohort_course in cohort.cohort_courses.select_related("course"):
            for item in course_outline(course=cohort_course.course).items[:completed]:
                complete_item(user=user, item=item.page)
    return membership


def bulk_learners(cohort, *, count: int, outline, done_items: int = 0, prefix: str = "bulk", days_ago: int = 5):
    """``count`` members with enrolments (and ``done_items`` completions each) made with bulk_create, for size tests.

    Summaries are written directly in the shape courses.services.progress keeps them.
    """
    from academy.accounts.models import User
    from courses.models import Enrolment, ItemCompletion

    course = outline.course
    users = User.objects.bulk_create(
        User(
            email=f"{prefix}{n}@council.gov.uk",
            full_name=f"{prefix.title()} Learner {n:05d}",
            organisation=("Northshire County Council", "Westshire District Council", "Eastshire NHS Trust")[n % 3],
            password="!",
        )
        for n in range(count)
    )
    joined_at = timezone.now() - timedelta(days=days_ago)
    Membership.objects.bulk_create(Membership(cohort=cohort, user=user, joined_at=joined_at) for user in users)
    required = [item for item in outline.items if item.is_required]
    total = len(required)
    now = timezone.now()
    enrolments = Enrolment.objects.bulk_create(
        Enrolment(
            user=user,
            course=course,
            source=Enrolment.Source.COHORT,
            required_total=total,
            required_done=min(done_items, total) if n % 4 else 0,
            percent=(100 * min(done_items, total) // total if total else 0) if n % 4 else 0,
            last_activity_at=now if (done_items and n % 4) else None,
            completed_at=now if (done_items >= total and n % 4) else None,
        )
        for n, user in enumerate(users)
    )
    if done_items:
        ItemCompletion.objects.bulk_create(
            ItemCompletion(enrolment=enrolment, item_id=item.pk)
            for n, enrolment in enumerate(enrolments)
            if n % 4
            for item in outline.items[:done_items]
        )
    return users
