"""Recompute enrolment summaries from their completions. Safe to run at any time, as often as you like."""

from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage
from courses.services.progress import refresh_all_summaries, refresh_course_summaries


class Command(BaseCommand):
    help = (
        "Recompute the progress summary (percent, required items done, next item, completion) of every current "
        "enrolment from its completions. Completed enrolments stay completed. Safe to run at any time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--course",
            type=int,
            action="append",
            dest="course_ids",
            metavar="ID",
            help="Only this course (its page id). Repeat for more than one course.",
        )

    def handle(self, *args, course_ids=None, **options):
        if course_ids:
            courses = CoursePage.objects.in_bulk(course_ids)
            missing = sorted(set(course_ids) - set(courses))
            if missing:
                raise CommandError(
                    f"No course with id {', '.join(map(str, missing))}. Give the page id of a course "
                    "(shown in the Wagtail admin's address bar when you edit it), or leave out --course."
                )
            changed = sum(refresh_course_summaries(course=courses[pk]) for pk in dict.fromkeys(course_ids))
            count = len(courses)
        else:
            count = CoursePage.objects.count()
            changed = refresh_all_summaries()
        self.stdout.write(
            self.style.SUCCESS(
                f"Recomputed progress in {count} course{'s' if count != 1 else ''}: "
                f"{changed} enrolment{'s' if changed != 1 else ''} changed."
            )
        )
