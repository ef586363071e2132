"""The demo cohort for `manage.py load_demo`: the demo lead and eight learners in varied states. Idempotent."""

from collections.abc import Callable
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from academy.cohorts.models import Cohort, CohortCourse, Membership
from academy.cohorts.services.cohorts import add_member
from courses.models import CoursePage
from courses.selectors import course_outline
from courses.services.progress import complete_item

DEMO_COHORT_NAME = "Northshire commissioners, 2026"
DEMO_LEAD_EMAIL = "lead@academy.example"
DEADLINE_DAYS = 42

# (email, name, organisation, days since joining, share of items completed)
DEMO_LEARNERS = (
    ("learner@academy.example", "Sam Learner", "Northshire County Council", 3, None),  # the demo learner: untouched
    ("amira.khan@northshire.example", "Amira Khan", "Northshire County Council", 30, 1.0),
    ("ben.okafor@northshire.example", "Ben Okafor", "Northshire County Council", 20, 1.0),
    ("carys.jones@westshire.example", "Carys Jones", "Westshire District Council", 25, 0.6),
    ("dev.patel@westshire.example", "Dev Patel", "Westshire District Council", 38, 0.3),
    ("eilidh.ross@northshire-nhs.example", "Eilidh Ross", "Northshire NHS Trust", 60, 0.5),
    ("femi.adeyemi@northshire-nhs.example", "Femi Adeyemi", "Northshire NHS Trust", 50, 0.0),
    ("grace.lee@northshire.example", "Grace Lee", "Northshire County Council", 10, 0.0),
    ("harry.wilson@westshire.example", "Harry Wilson", "Westshire District Council", 15, 0.2),
)


@transaction.atomic
def load_demo_cohort(*, course: CoursePage, password: str, complete: Callable = complete_item) -> Cohort:
    """The demo cohort on ``course`` led by the demo lead: completed, on track, due soon and overdue learners.

    ``complete(user=, item=)`` completes one course item; the demo command passes one that takes and passes each
    quiz through the attempt services, so a learner's completed quizzes have the passed attempts to show for it.
    """
    User = get_user_model()
    lead = User.objects.get(email=DEMO_LEAD_EMAIL)
    cohort = Cohort.objects.filter(name=DEMO_COHORT_NAME).first()
    if cohort is None:
        cohort = Cohort.objects.create(
            name=DEMO_COHORT_NAME, start_date=timezone.localdate() - timedelta(days=60), created_by=lead
        )
    cohort.leads.add(lead)
    CohortCourse.objects.update_or_create(cohort=cohort, course=course, defaults={"deadline_days": DEADLINE_DAYS})
    items = [item.page for item in course_outline(course=course).required_items]
    now = timezone.now()
    for email, name, organisation, days_ago, share in DEMO_LEARNERS:
        user, created = User.objects.get_or_create(
            email=email, defaults={"full_name": name, "organisation": organisation, "job_title": "Commissioner"}
        )
        if created:
            user.set_password(password)
            user.save()
            EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        if not Membership.objects.filter(cohort=cohort, user=user).exists():
            add_member(cohort=cohort, user=user, joined_at=now - timedelta(days=days_ago))
        if share:
            for item in items[: round(len(items) * share)]:
                complete(user=user, item=item)
    return cohort
