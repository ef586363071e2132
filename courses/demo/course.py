"""The demo course "Commissioning and mutualisation", imported from its course folder (courses/demo/content/) by
the product's own course importer, as ``manage.py import_course`` would. Idempotent."""

from pathlib import Path

from django.db import transaction

from courses.importing.loader import import_course, publish_child
from courses.models import CourseIndexPage, CoursePage, HomePage

COURSE_FOLDER = Path(__file__).parent / "content" / "commissioning-and-mutualisation"


@transaction.atomic
def ensure_course_index(home: HomePage) -> CourseIndexPage:
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = publish_child(
            home,
            CourseIndexPage(
                title="Courses",
                slug="courses",
                introduction="<p>Courses for people who commission public services. Each course is a set of "
                "short modules with lessons and a quiz to check your understanding.</p>",
            ),
        )
    return index


def load_demo_course(home: HomePage) -> CoursePage:
    """Create whatever part of the demo course (with its quizzes) is missing; never overwrite what authors edited."""
    return import_course(COURSE_FOLDER, index=ensure_course_index(home))
