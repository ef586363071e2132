"""Question bank in the admin: validation, import with preview (nothing written on error), export."""

from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assessments import questions as q
from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.models import Question, QuestionCategory, QuestionVersion
from assessments.services.questions import export_category
from tests.assessments.factories import SPECS, make_category, make_question

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser(email="admin@council.gov.uk", password="x-long-password-1")
    client.force_login(admin)
    return client


def test_a_question_with_no_right_answer_is_rejected_with_a_clear_message():
    question = make_question()
    question.answers = [
        {
            "type": "single_choice",
            "value": {
                "choices": [{"text": "A", "fraction": 0, "feedback": ""}, {"text": "B", "fraction": 0, "feedback": ""}],
                "shuffle": True,
            },
        }
    ]
    with pytest.raises(ValidationError) as error:
        question.full_clean()
    assert "fraction of 1.0" in str(error.value)


def test_every_type_round_trips_between_the_admin_fields_and_the_spec():
    for qtype in SPECS:
        question = make_question(qtype)
        assert question.build_spec()["type"] == qtype
        assert QuestionVersion.objects.get(question=question).spec == q.normalise_spec(question.build_spec()), qtype


def test_user_entered_html_is_sanitised_in_the_spec():
    question = make_question()
    question.text = '<p>Hello<script>alert(1)</script><img src=x onerror="alert(2)"></p>'
    spec = question.build_spec()
    assert "<script" not in spec["text"] and "onerror" not in spec["text"] and "Hello" in spec["text"]


def upload(name, content):
    return SimpleUploadedFile(name, content.encode() if isinstance(content, str) else content)


def test_import_shows_a_preview_then_writes_on_confirmation(admin_client):
    category = make_category("Imported")
    text = (FIXTURES / "all_types.gift").read_text()
    preview = admin_client.post(
        reverse("assessments_import"), {"category": category.pk, "file": upload("bank.gift", text)}
    )
    html = preview.content.decode()
    assert "Preview:" in html
    assert Question.objects.count() == 0  # nothing written by the preview
    token = html.split('name="token" value="')[1].split('"')[0]
    admin_client.post(reverse("assessments_import"), {"confirm": "1", "token": token})
    assert Question.objects.count() > 0
    assert Question.objects.filter(category__in=QuestionCategory.objects.all()).count() == Question.objects.count()


def test_a_malformed_file_lists_errors_with_line_numbers_and_writes_nothing(admin_client):
    category = make_category("Imported")
    bad = (FIXTURES / "malformed.xml").read_text()
    response = admin_client.post(
        reverse("assessments_import"), {"category": category.pk, "file": upload("bad.xml", bad)}
    )
    html = response.content.decode()
    assert "Nothing was imported" in html and "Line " in html
    assert Question.objects.count() == 0 and QuestionVersion.objects.count() == 0


def test_a_file_of_the_wrong_kind_gets_an_error(admin_client):
    category = make_category("Imported")
    response = admin_client.post(
        reverse("assessments_import"), {"category": category.pk, "file": upload("bank.pdf", "%PDF-1.4")}
    )
    assert "must be a GIFT" in response.content.decode()
    assert Question.objects.count() == 0


def test_export_then_import_round_trips_a_category():
    category = make_category("Round trip")
    for qtype in SPECS:
        make_question(qtype, category=category)
    xml = export_category(category=category)
    result = parse_moodle_xml(xml)
    assert result.ok, result.errors
    originals = [v.spec for v in QuestionVersion.objects.filter(question__category=category).order_by("question_id")]
    assert [parsed.spec for parsed in result.questions] == originals


def test_export_download_from_the_admin(admin_client):
    category = make_category("Download me")
    make_question(category=category)
    response = admin_client.get(reverse("assessments_export", args=[category.pk]))
    assert response.status_code == 200 and b"<quiz>" in response.content


def test_learners_cannot_import(client):
    from tests.academy.accounts.factories import UserFactory

    client.force_login(UserFactory())
    response = client.get(reverse("assessments_import"))
    assert response.status_code in (302, 403)


def test_the_import_command_writes_a_valid_file(tmp_path):
    from django.core.management import call_command

    path = tmp_path / "bank.xml"
    path.write_text((FIXTURES / "all_types.xml").read_text())
    call_command("import_questions", str(path), "--category", "CLI bank")

    def in_the_named_tree(category) -> bool:
        while category is not None and category.name != "CLI bank":
            category = category.parent
        return category is not None

    questions = list(Question.objects.select_related("category"))
    assert len(questions) == 9  # the file's 11 entries less its 2 category markers
    assert all(in_the_named_tree(question.category) for question in questions)


def test_the_import_command_fails_clearly_on_a_bad_file_and_writes_nothing(tmp_path):
    from django.core.management import CommandError, call_command

    path = tmp_path / "bad.gift"
    path.write_text((FIXTURES / "malformed.gift").read_text())
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_questions", str(path), "--category", "CLI bank")
    assert Question.objects.count() == 0
