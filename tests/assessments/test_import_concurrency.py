"""Ten confirmations of one preview at the same moment write its questions once (PostgreSQL: SQLite serialises
writers anyway, and test_import_admin.py covers the double confirmation there)."""

import threading
from pathlib import Path

import pytest
from django.db import connection, connections
from wagtail.images import get_image_model

from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.models import Question, QuestionImport, QuestionVersion
from assessments.services.questions import AlreadyImported, import_questions
from tests.assessments.factories import make_category

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_ten_concurrent_confirmations_of_one_preview_import_once():
    category = make_category("Bank")
    data = (FIXTURES / "mixed_bank.xml").read_bytes()
    barrier = threading.Barrier(10)
    imported, already, errors = [], [], []

    def confirm():
        try:
            result = parse_moodle_xml(data)
            barrier.wait()
            imported.append(import_questions(result=result, category=category, token="one-preview"))
        except AlreadyImported as error:
            already.append(error.record.pk)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=confirm) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert (len(imported), len(already)) == (1, 9)
    assert set(already) == {imported[0].record.pk}
    assert QuestionImport.objects.count() == 1
    assert Question.objects.count() == QuestionVersion.objects.count() == 5
    assert get_image_model().objects.count() == 2
