"""The admin import: a preview of what is created and skipped, then a confirmation that writes exactly that, once."""

import re
from html import unescape
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from assessments import admin_views
from assessments.models import Question, QuestionCategory, QuestionImport, QuestionVersion
from assessments.services.questions import ALREADY_IMPORTED, NOTHING_TO_IMPORT
from tests.assessments.factories import make_category

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"
IMPORT_URL = "/admin/question-bank/import/"


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser(email="admin@council.gov.uk", password="x-long-password-1")
    client.force_login(admin)
    return client


def upload(name, content):
    return SimpleUploadedFile(name, content if isinstance(content, bytes) else content.encode())


def preview(client, category, name="mixed_bank.xml", content=None):
    content = content if content is not None else (FIXTURES / name).read_bytes()
    return client.post(reverse("assessments_import"), {"category": category.pk, "file": upload(name, content)})


def token_of(response):
    return re.search(r'name="token" value="([^"]+)"', response.content.decode()).group(1)


def confirm(client, token):
    return client.post(reverse("assessments_import"), {"confirm": "1", "token": token})


def table_rows(html, caption):
    """The text of each body row's cells in the table with this caption."""
    table = html.split(caption, 1)[1].split("</table>", 1)[0]
    rows = [re.findall(r"<td>(.*?)</td>", row, flags=re.S) for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)]
    return [[" ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split()) for cell in cells] for cells in rows if cells]


def test_preview_lists_created_and_skipped_items_and_writes_nothing(admin_client):
    category = make_category("Bank")
    html = preview(admin_client, category).content.decode()
    assert "Preview: 5 questions will be created in Bank, 5 items will be skipped" in html
    assert table_rows(html, "Questions that will be created") == [
        ["8", "Single choice", "Reading the map", "Which region is shaded?", "(a new sub-category)", ""],
        [
            "21",
            "True or false",
            "Unlabelled chart",
            "The chart shows spending rising.",
            "(a new sub-category)",
            "Image 'chart.png' has no alt text: add it in the question editor.",
        ],
        [
            "38",
            "Numeric",
            "Reserved contract term",
            "For how many years at most may a reserved contract run?",
            "(a new sub-category)",
            "",
        ],
        [
            "51",
            "Essay (marked by a person)",
            "Your 100-day plan",
            "Outline your organisation's 100-day plan.",
            "(a new sub-category)",
            "The minimum of 50 words is not kept: only a maximum word limit is supported.",
        ],
        [
            "76",
            "Short text",
            "Programme name",
            "Name the 2013 support programme for mutuals.",
            "(a new sub-category)",
            "",
        ],
    ]
    skipped = table_rows(html, "Items that will be skipped, and why")
    assert [row[:3] for row in skipped] == [
        ["30", "Embedded answers (Cloze)", "Cloze about contracts"],
        ["46", "Calculated", "Contract value"],
        ["65", "Multiple response", "Unreadable fraction"],
        ["81", "Drag and drop into text", "Drag the words"],
        ["85", "Description", "About this section"],
    ]
    assert skipped[2][3:] == ["Which two?", "Line 70: <answer fraction> must be a number, not 'abc'."]
    assert (Question.objects.count(), QuestionImport.objects.count(), get_image_model().objects.count()) == (0, 0, 0)
    assert list(QuestionCategory.objects.values_list("name", flat=True)) == ["Bank"]


def test_confirming_creates_exactly_the_listed_questions_in_the_file_categories(admin_client):
    category = make_category("Bank")
    response = confirm(admin_client, token_of(preview(admin_client, category)))
    assert response.status_code == 302
    first = QuestionCategory.objects.get(parent=category, name="Commissioning")
    assert response["Location"] == reverse("wagtailsnippets_assessments_question:list") + f"?category={first.pk}"
    assert sorted((question.category.path, question.name) for question in Question.objects.all()) == [
        ("Bank / Commissioning", "Reading the map"),
        ("Bank / Commissioning", "Unlabelled chart"),
        ("Bank / Commissioning / Mutuals", "Reserved contract term"),
        ("Bank / Commissioning / Mutuals", "Your 100-day plan"),
        ("Bank / Commissioning / Mutuals / Case studies", "Programme name"),
    ]
    record = QuestionImport.objects.get()
    assert (record.category, record.file_name, record.created_count, record.skipped_count) == (
        category,
        "mixed_bank.xml",
        5,
        5,
    )


def question_links(html):
    """The question-list links in the page's messages, as (category id, link text)."""
    return re.findall(r'href="/admin/snippets/assessments/question/\?category=(\d+)"[^>]*>\s*([^<]*?)\s*<', html)


def test_confirmation_message_counts_what_was_imported_and_skipped_and_links_to_each_category(admin_client):
    category = make_category("Bank")
    page = admin_client.get(confirm(admin_client, token_of(preview(admin_client, category)))["Location"])
    html = page.content.decode()
    assert "Imported 5 questions into Bank. 5 items were skipped." in html
    paths = ["Bank / Commissioning", "Bank / Commissioning / Mutuals", "Bank / Commissioning / Mutuals / Case studies"]
    expected = [(str(QuestionCategory.objects.get(name=path.rsplit(" / ", 1)[-1]).pk), path) for path in paths]
    assert question_links(html) == [(pk, f"View the questions in {path}") for pk, path in expected]


def test_embedded_images_become_wagtail_images_shown_from_their_renditions(admin_client):
    category = make_category("Bank")
    confirm(admin_client, token_of(preview(admin_client, category)))
    images = get_image_model().objects.order_by("title")
    assert [(image.title, image.width, image.height) for image in images] == [
        ("chart.png", 2, 2),
        ("region map.png", 4, 3),
    ]
    question = Question.objects.get(name="Reading the map")
    region = images.get(title="region map.png")
    assert question.text == (
        "<p>Which region is shaded?</p><p>"
        f'<embed embedtype="image" id="{region.pk}" format="fullwidth" '
        'alt="Map of England with the North West shaded"/></p>'
    )
    spec = QuestionVersion.objects.get(question=question).spec
    rendition = region.get_rendition("width-800")
    assert spec["text"] == (
        "<p>Which region is shaded?</p><p>"
        f'<img alt="Map of England with the North West shaded" src="{rendition.url}"></p>'
    )
    assert rendition.url.startswith("/media/images/")


def test_imported_image_questions_give_back_the_same_spec_when_edited_fields_are_read(admin_client):
    confirm(admin_client, token_of(preview(admin_client, make_category("Bank"))))
    for question in Question.objects.filter(name__in=["Reading the map", "Unlabelled chart"]):
        assert question.build_spec() == QuestionVersion.objects.get(question=question).spec


def test_confirming_the_same_preview_twice_writes_once_and_says_so(admin_client):
    category = make_category("Bank")
    token = token_of(preview(admin_client, category))
    admin_client.get(confirm(admin_client, token)["Location"])  # shows (and uses up) the success message
    again = confirm(admin_client, token)
    assert again.status_code == 302
    html = admin_client.get(again["Location"]).content.decode()
    assert ALREADY_IMPORTED in html
    assert [text for _, text in question_links(html)] == [
        "View the questions in Bank / Commissioning",
        "View the questions in Bank / Commissioning / Mutuals",
        "View the questions in Bank / Commissioning / Mutuals / Case studies",
    ]
    assert (Question.objects.count(), QuestionImport.objects.count(), get_image_model().objects.count()) == (5, 1, 2)


def test_a_second_tab_previewing_another_file_does_not_cancel_the_first_preview(admin_client):
    first = token_of(preview(admin_client, make_category("One")))
    second = token_of(preview(admin_client, make_category("Two"), name="all_types.gift"))
    confirm(admin_client, first)
    confirm(admin_client, second)
    assert QuestionImport.objects.count() == 2
    assert Question.objects.filter(category__name="Commissioning", category__parent__name="One").count() == 2


def test_an_unknown_or_expired_token_writes_nothing(admin_client):
    response = confirm(admin_client, "not-a-token")
    assert admin_views.IMPORT_EXPIRED in admin_client.get(response["Location"]).content.decode()
    assert Question.objects.count() == 0


def test_a_malformed_file_lists_its_problems_and_writes_nothing(admin_client):
    html = preview(admin_client, make_category("Bank"), name="doctype.xml").content.decode()
    assert "Nothing was imported" in html
    assert "Line 2: Files with a DOCTYPE or ENTITY declaration are refused" in html
    assert 'name="token"' not in html
    assert (Question.objects.count(), QuestionImport.objects.count()) == (0, 0)


def test_a_file_whose_items_are_all_skipped_offers_nothing_to_confirm(admin_client):
    content = "This is a description.\n\n::Steps:: Order {>2 ALL\na\nb\n}\n"
    html = preview(admin_client, make_category("Bank"), name="skipped.gift", content=content).content.decode()
    assert f"Nothing will be imported: {NOTHING_TO_IMPORT}" in html
    assert 'name="token"' not in html
    assert [row[0] for row in table_rows(html, "Items that will be skipped, and why")] == ["1", "3"]


def test_preview_warns_about_questions_already_in_the_target_category(admin_client):
    bank = make_category("Bank")
    target = make_category("Mutuals", parent=make_category("Commissioning", parent=bank))
    from assessments.services.questions import create_question

    create_question(
        category=target,
        name="Reserved contract term",
        spec={
            "type": "numeric",
            "text": "<p>For how many years at most may a reserved contract run?</p>",
            "answers": [{"value": 5, "fraction": 1.0}],
        },
    )
    rows = table_rows(preview(admin_client, bank).content.decode(), "Questions that will be created")
    assert rows[2][4:] == [
        "Bank / Commissioning / Mutuals",
        "Possible duplicate: “Reserved contract term” in Bank / Commissioning / Mutuals has the same text.",
    ]
    assert rows[4][4] == "(a new sub-category)"


def test_the_category_select_lists_the_tree_as_indented_paths(admin_client):
    bank = make_category("Bank")
    module = make_category("Module 1", parent=bank)
    make_category("Week 2", parent=module)
    make_category("Archive")
    html = admin_client.get(reverse("assessments_import")).content.decode()
    options = re.findall(r'<option value="(\d*)"[^>]*>([^<]*)</option>', html)
    assert [unescape(label) for _, label in options] == [
        "Choose a category",
        "Archive",
        "Bank",
        "\u00a0\u00a0\u00a0Bank / Module 1",
        "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Bank / Module 1 / Week 2",
    ]


def test_a_file_over_two_megabytes_is_refused(admin_client):
    content = b"// " + b"x" * (2 * 1024 * 1024) + b"\n::Q:: Yes? {T}\n"
    response = preview(admin_client, make_category("Bank"), name="big.gift", content=content)
    assert admin_views.FILE_TOO_LARGE in response.content.decode()
    assert Question.objects.count() == 0


def test_people_who_cannot_add_questions_cannot_import(client):
    from tests.academy.accounts.factories import UserFactory

    client.force_login(UserFactory())
    assert client.get(IMPORT_URL).status_code in (302, 403)


def test_an_imported_image_opens_in_the_question_editor_where_alt_text_can_be_added(admin_client):
    confirm(admin_client, token_of(preview(admin_client, make_category("Bank"))))
    question = Question.objects.get(name="Unlabelled chart")
    html = admin_client.get(reverse("wagtailsnippets_assessments_question:edit", args=[question.pk])).content.decode()
    image = get_image_model().objects.get(title="chart.png")
    compact = re.sub(r"\s+", "", unescape(html))
    assert f'"mutability":"IMMUTABLE","type":"IMAGE","data":{{"id":"{image.pk}"' in compact
