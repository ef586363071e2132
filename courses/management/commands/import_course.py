"""Load a course from a folder of Markdown files (and question files), all of it or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from academy.audit import actions
from academy.audit import services as audit
from courses.importing.loader import CourseImportError, check_course_folder, import_course
from courses.models import CourseIndexPage


class Command(BaseCommand):
    help = (
        "Import a course from FOLDER (course.md, one folder per module with module.md, lessons and quizzes as Markdown "
        "files with front matter). Pages that already exist are kept; nothing is written if any file has a problem."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="The course folder.")
        parser.add_argument("--check", action="store_true", help="Check the files and report problems; write nothing.")

    def handle(self, *args, folder, check, **options):
        path = Path(folder)
        if not path.is_dir():
            raise CommandError(f"No such folder: {folder}")
        try:
            if check:
                checked = check_course_folder(path)
                items = sum(len(module.items) for module in checked.modules)
                self.stdout.write(f"{path}: {len(checked.modules)} modules and {items} items, no problems found.")
                return
            index = CourseIndexPage.objects.first()
            if index is None:
                raise CommandError("There is no course catalogue page yet: run `manage.py load_demo` or add one.")
            course = import_course(path, index=index)
        except CourseImportError as error:
            for problem in error.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(error.problems)} problem(s) found; nothing was imported.") from error
        audit.record(actions.COURSE_IMPORTED, actor=None, target=course, detail={"folder": str(path)})
        self.stdout.write(self.style.SUCCESS(f"Imported {course.title} ({course.url_path})."))
