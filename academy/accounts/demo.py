"""Demo accounts for `manage.py load_demo`: one of each kind of person who uses the platform."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from academy.accounts.models import User


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    password: str
    full_name: str
    organisation: str
    job_title: str
    groups: tuple[str, ...] = ()
    is_superuser: bool = False


DEMO_PASSWORD = "academy-demo-2026"  # noqa: S105 - printed for the demo; documented as development only
DEMO_ACCOUNTS = (
    DemoAccount(
        "Administrator",
        "admin@academy.example",
        DEMO_PASSWORD,
        "Alex Administrator",
        "Commissioning Academy",
        "Platform administrator",
        is_superuser=True,
    ),
    DemoAccount(
        "Course author",
        "author@academy.example",
        DEMO_PASSWORD,
        "Priya Author",
        "Commissioning Academy",
        "Learning designer",
        groups=("Course authors",),
    ),
    DemoAccount(
        "Course reviewer",
        "reviewer@academy.example",
        DEMO_PASSWORD,
        "Rowan Reviewer",
        "Commissioning Academy",
        "Content lead",
        groups=("Course reviewers",),
    ),
    DemoAccount(
        "Cohort lead",
        "lead@academy.example",
        DEMO_PASSWORD,
        "Chris Lead",
        "Northshire County Council",
        "Head of commissioning",
        groups=("Cohort leads",),
    ),
    DemoAccount(
        "Learner",
        "learner@academy.example",
        DEMO_PASSWORD,
        "Sam Learner",
        "Northshire County Council",
        "Commissioning officer",
    ),
)


@transaction.atomic
def load_demo_accounts() -> list[User]:
    """Create or update the demo accounts with verified email addresses. Idempotent."""
    users = []
    for account in DEMO_ACCOUNTS:
        user, _ = User.objects.get_or_create(email=account.email)
        user.full_name = account.full_name
        user.organisation = account.organisation
        user.job_title = account.job_title
        user.is_superuser = account.is_superuser
        user.is_staff = account.is_superuser
        user.is_active = True
        user.set_password(account.password)
        user.save()
        for name in account.groups:
            group, _ = Group.objects.get_or_create(name=name)
            user.groups.add(group)
        EmailAddress.objects.update_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
        users.append(user)
    return users
