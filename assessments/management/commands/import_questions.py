"""Import a GIFT or Moodle XML file into a question category from the command line. Nothing is written on error."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.formats.gift import parse_gift
from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.models import QuestionCategory
from assessments.services.questions import ImportRefused, import_questions


class Command(BaseCommand):
    help = "Import questions from a .gift/.txt or .xml (Moodle XML) file into a category (created if missing)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The file to import.")
        parser.add_argument("--category", required=True, help="Name of the top-level category to import into.")
        parser.add_argument("--dry-run", action="store_true", help="Show what would be created; write nothing.")

    def handle(self, *args, path, category, dry_run, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            text = file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise CommandError(f"{path} is not UTF-8 text.") from error
        result = parse_moodle_xml(text) if file.suffix.lower() == ".xml" else parse_gift(text)
        if not result.ok:
            for problem in result.errors:
                self.stderr.write(f"{path}:{problem.line}: {problem.message}")
            raise CommandError(f"{len(result.errors)} problem(s) found; nothing was imported.")
        for parsed in result.questions:
            self.stdout.write(f"  line {parsed.line}: {parsed.spec['type']:<18} {parsed.name}")
        if dry_run:
            self.stdout.write(f"Dry run: {len(result.questions)} question(s) would be imported.")
            return
        target, _ = QuestionCategory.objects.get_or_create(parent=None, name=category)
        try:
            created = import_questions(result=result, category=target)
        except ImportRefused as refused:
            raise CommandError(str(refused)) from refused
        self.stdout.write(self.style.SUCCESS(f"Imported {len(created)} question(s) into {target}."))
