"""The import and export services: one write per token, nothing left behind on failure, category trees."""

import re
from html import unescape
from pathlib import Path

import pytest
from wagtail.images import get_image_model

from assessments.formats.gift import parse_gift
from assessments.formats.moodle_xml import parse_moodle_xml
from assessments.models import Question, QuestionImport, QuestionVersion
from assessments.services import questions as service
from assessments.services.questions import AlreadyImported, ImportRefused, export_category, import_questions
from tests.assessments.factories import SPECS, make_category, make_question

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _media_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def mixed_bank():
    return parse_moodle_xml((FIXTURES / "mixed_bank.xml").read_bytes())


def test_a_second_import_with_the_same_token_writes_nothing_and_names_the_first():
    category = make_category("Bank")
    first = import_questions(result=parse_gift("::Q:: Yes? {T}"), category=category, token="t1")
    with pytest.raises(AlreadyImported) as already:
        import_questions(result=parse_gift("::Q:: Yes? {T}"), category=category, token="t1")
    assert already.value.record == first.record
    assert Question.objects.count() == 1


def test_a_refused_file_writes_nothing_not_even_the_import_record():
    with pytest.raises(ImportRefused):
        import_questions(result=parse_gift("::Q:: Which? {=a\n\n}"), category=make_category("Bank"), token="t1")
    assert (Question.objects.count(), QuestionImport.objects.count()) == (0, 0)


def test_a_file_with_only_skipped_items_writes_nothing():
    with pytest.raises(ImportRefused) as refused:
        import_questions(result=parse_gift("A description."), category=make_category("Bank"))
    assert refused.value.problems == [(1, service.NOTHING_TO_IMPORT)]
    assert QuestionImport.objects.count() == 0


def test_a_failure_part_way_through_leaves_no_questions_images_or_image_files(monkeypatch, settings):
    calls = []

    def fail_on_the_third(**kwargs):
        calls.append(kwargs["name"])
        if len(calls) == 3:
            raise RuntimeError("database went away")
        return original(**kwargs)

    original = service.create_question
    monkeypatch.setattr(service, "create_question", fail_on_the_third)
    with pytest.raises(RuntimeError):
        import_questions(result=mixed_bank(), category=make_category("Bank"), token="t1")
    assert (Question.objects.count(), get_image_model().objects.count(), QuestionImport.objects.count()) == (0, 0, 0)
    originals = Path(settings.MEDIA_ROOT) / "original_images"
    assert not originals.exists() or list(originals.iterdir()) == []


def test_exporting_a_category_includes_its_sub_categories_as_moodle_paths():
    bank = make_category("Bank")
    module = make_category("Module 1", parent=bank)
    week = make_category("Week 2/3", parent=module)
    make_question("true_false", category=bank, name="In the bank")
    make_question("numeric", category=week, name="In week 2/3")
    xml = export_category(category=bank)
    assert "<text>$course$/top/Bank</text>" in xml
    assert "<text>$course$/top/Bank/Module 1</text>" in xml
    assert "<text>$course$/top/Bank/Module 1/Week 2//3</text>" in xml
    result = parse_moodle_xml(xml)
    assert [(question.name, question.category) for question in result.questions] == [
        ("In the bank", "top/Bank"),
        ("In week 2/3", "top/Bank/Module 1/Week 2//3"),
    ]


def test_importing_an_exported_tree_recreates_it_under_the_chosen_category():
    bank = make_category("Bank")
    module = make_category("Module 1", parent=bank)
    for qtype in SPECS:
        make_question(qtype, category=module, name=f"{qtype} in module")
    make_question("true_false", category=make_category("Week 2", parent=module), name="In week 2")
    make_question("ordering", category=bank, name="In the bank")
    copy = make_category("Copy")
    outcome = import_questions(result=parse_moodle_xml(export_category(category=bank)), category=copy)
    assert sorted((question.category.path, question.name) for question in outcome.questions) == sorted(
        [("Copy / Bank", "In the bank"), ("Copy / Bank / Module 1 / Week 2", "In week 2")]
        + [("Copy / Bank / Module 1", f"{qtype} in module") for qtype in SPECS]
    )
    originals = {q.name: QuestionVersion.objects.get(question=q).spec for q in Question.objects.filter(category=module)}
    copies = {q.name: QuestionVersion.objects.get(question=q).spec for q in outcome.questions if q.name in originals}
    assert copies == originals


def test_an_essay_round_trips_through_export():
    category = make_category("Essays")
    spec = {
        "type": "essay",
        "text": "<p>Outline your 100-day plan.</p>",
        "default_mark": 10.0,
        "word_limit": 500,
        "response_template": "Goals:\n\nMilestones:",
        "marking_guidance": "<p>Up to 5 marks for <em>milestones</em>.</p>",
    }
    service.create_question(category=category, name="Plan", spec=spec)
    (question,) = parse_moodle_xml(export_category(category=category)).questions
    assert question.spec == QuestionVersion.objects.get(question__name="Plan").spec


def test_exported_images_travel_inside_the_file_and_are_stored_again_on_import():
    bank = make_category("Bank")
    import_questions(result=mixed_bank(), category=bank)
    xml = export_category(category=bank)
    assert 'src="@@PLUGINFILE@@/region_map.png" alt="Map of England with the North West shaded"' in unescape(xml)
    (copied,) = [q for q in parse_moodle_xml(xml).questions if q.name == "Reading the map"]
    original = get_image_model().objects.get(title="region map.png")
    with original.open_file() as stored:
        assert copied.files["region_map.png"].data == stored.read()
    outcome = import_questions(result=parse_moodle_xml(xml), category=make_category("Copy"))
    assert len(outcome.questions) == 5
    assert get_image_model().objects.count() == 4
    again = next(q for q in outcome.questions if q.name == "Reading the map")
    first = Question.objects.exclude(pk=again.pk).get(name="Reading the map")
    strip_sources = lambda html: re.sub(r'src="[^"]*"', "", html)  # noqa: E731
    assert strip_sources(QuestionVersion.objects.get(question=again).spec["text"]) == strip_sources(
        QuestionVersion.objects.get(question=first).spec["text"]
    )


def test_an_image_shown_by_several_questions_of_one_file_is_stored_once():
    xml = (FIXTURES / "mixed_bank.xml").read_text()
    first = xml.index('  <question type="multichoice">')
    end = xml.index("</question>", first) + len("</question>\n")
    twice = xml[:end] + xml[first:end].replace("Reading the map", "Reading the map again") + xml[end:]
    outcome = import_questions(result=parse_moodle_xml(twice), category=make_category("Bank"))
    assert len(outcome.questions) == 6
    assert sorted(get_image_model().objects.values_list("title", flat=True)) == ["chart.png", "region map.png"]
