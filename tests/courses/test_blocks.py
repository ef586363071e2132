"""Each StreamField block renders GOV.UK Frontend markup; HTML from files is sanitised before it is stored."""

import pytest
from wagtail.blocks import StreamBlock

from courses.blocks import lesson_blocks
from courses.demo.course import clean_block, stream


def render(block_type, value):
    block = StreamBlock(lesson_blocks())
    stream_value = block.to_python([{"type": block_type, "value": value}])
    return stream_value[0].render()


def test_paragraph_renders_rich_text():
    assert "<b>bold</b>" in render("paragraph", "<p><b>bold</b> text</p>")


def test_heading_levels():
    assert '<h2 class="govuk-heading-m">Why</h2>' in render("heading", {"text": "Why", "level": "h2"})
    assert '<h3 class="govuk-heading-s">How</h3>' in render("heading", {"text": "How", "level": "h3"})


def test_inset_warning_and_details():
    assert 'class="govuk-inset-text' in render("inset", "<p>Note</p>")
    warning = render("warning", "Check the date")
    assert 'class="govuk-warning-text"' in warning and "Check the date" in warning
    details = render("details", {"summary": "More", "body": "<p>Hidden</p>"})
    assert 'class="govuk-details"' in details and "More" in details and "Hidden" in details


def test_key_facts_render_as_a_summary_list():
    html = render("key_facts", {"heading": "Facts", "facts": [{"key": "Mutuals in 2010", "value": "9"}]})
    assert 'class="govuk-summary-list"' in html
    assert "Mutuals in 2010" in html and ">9<" in html


def test_case_study_quote_and_table():
    case = render("case_study", {"title": "Example", "body": "<p>Story</p>", "source": "Memo"})
    assert "Case study" in case and "Story" in case and "Source: Memo" in case
    quote = render("quote", {"quote": "Words", "citation": "Someone"})
    assert "<blockquote>" in quote and "Someone" in quote
    table = render("table", {"caption": "Dates", "header": ["When", "What"], "rows": [["2013", "Memo"]]})
    assert "<caption" in table and 'scope="col"' in table and 'scope="row"' in table


def test_plain_text_blocks_escape_html():
    assert "<script>" not in render("warning", "<script>alert(1)</script>")
    assert "&lt;script&gt;" in render("quote", {"quote": "<script>x</script>", "citation": "c"})


def test_image_and_video_blocks_require_alt_text_and_a_transcript():
    blocks = dict(lesson_blocks())
    assert blocks["image"].child_blocks["alt_text"].required
    assert blocks["video"].child_blocks["transcript"].required


@pytest.mark.parametrize(
    "dirty",
    [
        "<p>Hi<script>alert(1)</script></p>",
        '<p><a href="javascript:alert(1)">x</a></p>',
        '<p onclick="steal()">x</p>',
        "<img src=x onerror=alert(1)>",
        '<iframe src="https://evil.example"></iframe>',
    ],
)
def test_html_loaded_from_files_is_sanitised(dirty):
    cleaned = clean_block("paragraph", dirty)
    for bad in ["<script", "javascript:", "onclick", "onerror", "<iframe", "alert(1)</script"]:
        assert bad not in cleaned
    nested = stream([("details", {"summary": "s", "body": dirty})])[0]["value"]["body"]
    assert "<script" not in nested and "onerror" not in nested and "javascript:" not in nested
