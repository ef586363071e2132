"""Load the demo site: pages, the demo course and demo accounts. Safe to run any number of times."""

from django.core.management.base import BaseCommand
from django.db import transaction

from academy.accounts.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, load_demo_accounts
from academy.cohorts.demo import load_demo_cohort
from assessments.demo import load_demo_quizzes
from courses.demo.course import load_demo_course
from courses.demo.site import load_demo_site


class Command(BaseCommand):
    help = "Create (or bring up to date) the demo pages, course and accounts. Idempotent."

    def handle(self, *args, **options):
        with transaction.atomic():
            users = load_demo_accounts()
            home = load_demo_site()
            course = load_demo_course(home)
            quizzes = load_demo_quizzes(course)
            self.stdout.write(f"Demo quizzes: {len(quizzes)}")
            cohort = load_demo_cohort(course=course, password=DEMO_PASSWORD)
            self.stdout.write(f"Demo cohort: {cohort.name} ({cohort.memberships.count()} learners), at /cohorts/")
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded: {course.title} at {course.url}"))
        self.stdout.write("Demo accounts (development only; change or remove them before going live):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.role:<16} {account.email:<40} password: {account.password}")
        self.stdout.write(f"Sign in at http://127.0.0.1:8000/accounts/login/ ({len(users)} accounts).")
