"""Files embedded in Moodle XML: checked when read (nothing stored), each problem on its <file> line."""

import base64
import io

import pytest
from PIL import Image

from assessments.formats import common
from assessments.formats.common import ImportProblem, read_embedded_file
from assessments.formats.moodle_xml import FILE_NOT_BASE64_ENCODED, parse_moodle_xml


def png(width=2, height=2) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 0, 0)).save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def question_with_file(text, file_name, content, encoding="base64"):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n<question type="shortanswer">\n'
        "<name><text>Q</text></name>\n"
        f'<questiontext format="html"><text><![CDATA[{text}]]></text>\n'
        f'<file name="{file_name}" path="/" encoding="{encoding}">{content}</file>\n'
        "</questiontext>\n"
        '<answer fraction="100"><text>a</text></answer>\n</question>\n</quiz>\n'
    )


def only_reasons(xml):
    result = parse_moodle_xml(xml)
    assert result.ok and result.questions == []
    (item,) = result.skipped
    return item.reasons


def test_a_valid_image_is_decoded_and_kept_for_confirmation():
    result = parse_moodle_xml(question_with_file('<img src="@@PLUGINFILE@@/a.png" alt="A">', "a.png", png()))
    (question,) = result.questions
    assert question.files["a.png"].data == base64.b64decode(png())


def test_a_file_that_is_not_base64_skips_the_question_on_the_file_line():
    reasons = only_reasons(question_with_file('<img src="@@PLUGINFILE@@/a.png" alt="A">', "a.png", "not base64!"))
    assert reasons == [ImportProblem(6, common.FILE_NOT_BASE64.format(name="a.png"))]


def test_a_file_in_another_encoding_is_skipped():
    xml = question_with_file('<img src="@@PLUGINFILE@@/a.png" alt="A">', "a.png", "x", encoding="hex")
    assert only_reasons(xml) == [ImportProblem(6, FILE_NOT_BASE64_ENCODED.format(name="a.png"))]


def test_bytes_that_pillow_cannot_open_are_not_an_image():
    content = base64.b64encode(b"\x89PNG\r\n\x1a\n not really").decode()
    reasons = only_reasons(question_with_file('<img src="@@PLUGINFILE@@/a.png" alt="A">', "a.png", content))
    assert reasons == [ImportProblem(6, common.NOT_AN_IMAGE.format(name="a.png"))]


def test_an_image_over_the_pixel_limit_is_refused(monkeypatch):
    monkeypatch.setattr(common, "MAX_IMAGE_PIXELS", 3)
    with pytest.raises(ValueError, match="more than 16 million pixels"):
        read_embedded_file("a.png", png(2, 2))


def test_a_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(common, "MAX_EMBEDDED_FILE_BYTES", 10)
    with pytest.raises(ValueError, match="larger than 1 MB"):
        read_embedded_file("a.png", png())


def test_a_document_is_kept_as_a_file_and_a_script_type_is_refused():
    assert read_embedded_file("notes.pdf", base64.b64encode(b"%PDF-1.4").decode()).is_image is False
    with pytest.raises(ValueError, match="not an image or an allowed document type"):
        read_embedded_file("drawing.svg", base64.b64encode(b"<svg onload='x'/>").decode())


def test_a_link_to_an_embedded_document_counts_as_using_it():
    xml = question_with_file(
        '<a href="@@PLUGINFILE@@/notes.pdf">notes</a>', "notes.pdf", base64.b64encode(b"%PDF-1.4").decode()
    )
    (question,) = parse_moodle_xml(xml).questions
    assert list(question.files) == ["notes.pdf"]


def test_an_image_whose_file_is_missing_skips_the_question():
    xml = question_with_file('<img src="@@PLUGINFILE@@/gone.png" alt="Gone">', "other.png", png())
    assert only_reasons(xml) == [ImportProblem(3, common.MISSING_FILE.format(name="gone.png"))]


def test_files_the_text_does_not_use_are_ignored_even_if_broken():
    (question,) = parse_moodle_xml(question_with_file("<p>No picture</p>", "unused.png", "broken")).questions
    assert question.files == {}


def test_images_from_elsewhere_are_removed_on_import():
    xml = question_with_file('<p>Hi<img src="https://tracker.example/pixel.png" alt="x"></p>', "a.png", png())
    (question,) = parse_moodle_xml(xml).questions
    assert question.spec["text"] == "<p>Hi</p>"
