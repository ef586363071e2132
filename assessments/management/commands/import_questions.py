"""Import a GIFT or Moodle XML file into a question category from the command line.

Lists what will be created and what is skipped (with lines and reasons), as the admin preview does. A file that is
too large, malformed as a whole, or has nothing that can be imported writes nothing (not even the category) and
exits with a non-zero status.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from assessments.formats.common import ImportResult
from assessments.formats.gift import parse_gift
from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.models import QuestionCategory
from assessments.services.questions import MAX_IMPORT_BYTES, NOTHING_TO_IMPORT, ImportRefused, import_questions

NO_SUCH_FILE = "No such file: {path}"
TOO_LARGE = "{path} is larger than 2 MB, the most that can be imported; split it into smaller files."
NOT_UTF8 = "{path} is not UTF-8 text."
REFUSED = "{count} problem(s) found; nothing was imported."


class Command(BaseCommand):
    help = "Import questions from a .gift/.txt or .xml (Moodle XML) file into a category (created if missing)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The file to import.")
        parser.add_argument("--category", required=True, help="Name of the top-level category to import into.")
        parser.add_argument("--dry-run", action="store_true", help="Show what would be created; write nothing.")

    def handle(self, *args, path, category, dry_run, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(NO_SUCH_FILE.format(path=path))
        if file.stat().st_size > MAX_IMPORT_BYTES:
            raise CommandError(TOO_LARGE.format(path=path))
        try:
            text = file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise CommandError(NOT_UTF8.format(path=path)) from error
        result = parse_moodle_xml(text) if file.suffix.lower() == ".xml" else parse_gift(text)
        if not result.ok:
            for problem in result.errors:
                self.stderr.write(f"{path}:{problem.line}: {problem.message}")
            raise CommandError(REFUSED.format(count=len(result.errors)))
        self._list(result)
        if not result.questions:
            raise CommandError(f"{NOTHING_TO_IMPORT} Nothing was imported.")
        if dry_run:
            self.stdout.write(f"Dry run: {len(result.questions)} question(s) would be imported; nothing was written.")
            return
        try:
            # The category is created in the same transaction, so a refused import leaves nothing behind.
            with transaction.atomic():
                target, _ = QuestionCategory.objects.get_or_create(parent=None, name=category)
                outcome = import_questions(result=result, category=target, file_name=file.name)
        except ImportRefused as refused:
            raise CommandError(f"{refused} Nothing was imported.") from refused
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {len(outcome.questions)} question(s) into {target}; skipped {len(result.skipped)}."
            )
        )

    def _list(self, result: ImportResult) -> None:
        self.stdout.write(f"Will be created ({len(result.questions)}):")
        for parsed in result.questions:
            self.stdout.write(f"  line {parsed.line}: {parsed.type_label}: {parsed.name}: {parsed.text_start}")
            for warning in parsed.warnings:
                self.stdout.write(f"    warning: {warning}")
        self.stdout.write(f"Skipped ({len(result.skipped)}):")
        for item in result.skipped:
            self.stdout.write(f"  line {item.line}: {item.type_label}: {item.name}: {item.text_start}")
            for reason in item.reasons:
                self.stdout.write(f"    line {reason.line}: {reason.message}")
