"""Load the demo site: pages, the demo course (with its quizzes) and demo accounts, the pages and the course from
the data files in courses/demo/content/ through the product's importers. Safe to run any number of times."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse

from academy.accounts.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, load_demo_accounts
from academy.cohorts.demo import DEMO_LEAD_EMAIL, load_demo_cohort
from academy.core.links import absolute_url
from academy.events.demo import load_demo_sessions
from academy.plans.demo import load_demo_plans
from assessments.demo import complete_demo_item
from assessments.models import QuizPage
from courses.demo.course import load_demo_course
from courses.demo.site import load_demo_site


class Command(BaseCommand):
    help = "Create (or bring up to date) the demo pages, course and accounts. Idempotent."

    def handle(self, *args, **options):
        with transaction.atomic():
            users = load_demo_accounts()
            home = load_demo_site()
            course = load_demo_course(home)
            self.stdout.write(f"Demo quizzes: {QuizPage.objects.descendant_of(course).count()}")
            cohort = load_demo_cohort(course=course, password=DEMO_PASSWORD, complete=complete_demo_item)
            self.stdout.write(f"Demo cohort: {cohort.name} ({cohort.memberships.count()} learners), at /cohorts/")
            sessions = load_demo_sessions(cohort=cohort)
            self.stdout.write(f"Demo sessions: {len(sessions)}, at /cohorts/{cohort.pk}/sessions/ and /sessions/")
            plans = load_demo_plans(cohort=cohort, lead=cohort.leads.get(email=DEMO_LEAD_EMAIL))
            self.stdout.write(f"Demo 100-day plans: {plans}, two peer groups, at /plans/cohorts/{cohort.pk}/")
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {course.title} at {course.url}"))
        self.stdout.write("Demo accounts (development only; change or remove them before going live):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.role:<16} {account.email:<40} password: {account.password}")
        self.stdout.write(f"Sign in at {absolute_url(reverse('account_login'))} ({len(users)} accounts).")
        self.stdout.write(sign_up_rule())


def sign_up_rule() -> str:
    """Who may create an account, as the allow-list stands (the demo's is set by DEBUG development's default)."""
    domains = settings.ACADEMY_ALLOWED_EMAIL_DOMAINS
    if not domains:
        return "Anyone can create an account (ACADEMY_ALLOWED_EMAIL_DOMAINS is empty)."
    return f"Accounts can be created with email addresses in: {', '.join(domains)} (ACADEMY_ALLOWED_EMAIL_DOMAINS)."
