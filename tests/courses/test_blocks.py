"""Each StreamField block renders GOV.UK Frontend markup; HTML from files is sanitised before it is stored."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlock
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.images.models import Image

from courses.blocks import ALT_TEXT_MISSING, EMBED_ADDRESS, EMBED_NETWORK, VideoEmbedBlock, lesson_blocks
from courses.importing.loader import clean_block
from tests.courses.factories import ImageFactory


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


def test_video_blocks_require_a_transcript():
    assert dict(lesson_blocks())["video"].child_blocks["transcript"].required


def image(description: str) -> Image:
    return ImageFactory(title="Diagram", description=description)


def block_errors(block_type, value):
    """The messages the editor shows for ``value`` in a block of ``block_type``, keyed by child block."""
    block = dict(lesson_blocks())[block_type]
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python(value))
    return {name: " ".join(_messages(error)) for name, error in raised.value.block_errors.items()}


def _messages(error) -> list[str]:
    if hasattr(error, "non_block_errors"):  # a list block: its own errors, shown above its items
        return [str(message) for item in error.non_block_errors.as_data() for message in item.messages]
    return [str(message) for message in error.messages]


@pytest.mark.django_db
def test_image_alt_text_is_the_images_description_unless_the_author_writes_other_words():
    described = image("A commissioning cycle diagram")
    block = dict(lesson_blocks())["image"]
    value = block.clean(block.to_python({"image": described.pk, "alt_text": "", "caption": ""}))
    assert value.alt() == "A commissioning cycle diagram"
    assert 'alt="A commissioning cycle diagram"' in block.render(value)
    value = block.clean(block.to_python({"image": described.pk, "alt_text": "The four stages", "caption": ""}))
    assert value.alt() == "The four stages"


@pytest.mark.django_db
def test_an_image_without_a_description_asks_for_alt_text_once_on_the_block():
    undescribed = image("")
    errors = block_errors("image", {"image": undescribed.pk, "alt_text": "", "caption": ""})
    assert errors == {"alt_text": ALT_TEXT_MISSING}


def test_a_table_row_with_the_wrong_number_of_cells_is_refused_with_the_row_number():
    value = {"caption": "Dates", "header": ["When", "What"], "rows": [["2013", "Memo"], ["2014"], ["a", "b", "c"]]}
    errors = block_errors("table", value)
    assert "Row 2 has 1 cell; give it 2 to match the header row." in errors["rows"]
    assert "Row 3 has 3 cells; give it 2 to match the header row." in errors["rows"]


def test_a_table_whose_rows_match_the_header_is_accepted():
    block = dict(lesson_blocks())["table"]
    block.clean(block.to_python({"caption": "C", "header": ["A", "B"], "rows": [["1", "2"]]}))


@pytest.mark.parametrize(
    "address",
    [
        "https://example.com/my-video",
        # oEmbed providers Wagtail knows, whose players the site's Content Security Policy would leave blank
        "https://www.dailymotion.com/video/x7tgad0",
        "https://www.ted.com/talks/some_speaker_some_talk",
        "https://soundcloud.com/some-artist/some-track",
    ],
)
def test_a_video_address_from_elsewhere_is_refused_as_an_address_problem(address):
    with pytest.raises(ValidationError) as raised:
        VideoEmbedBlock().clean(EmbedValue(address))
    assert raised.value.messages == [EMBED_ADDRESS]


def test_youtube_and_vimeo_addresses_are_the_ones_accepted_and_the_policy_lets_them_play(monkeypatch):
    from academy.core.middleware import PUBLIC_POLICY

    monkeypatch.setattr("courses.blocks.embeds.get_embed", lambda url, *args, **kwargs: None)
    for address in ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vimeo.com/76979871"):
        VideoEmbedBlock().clean(EmbedValue(address))
    frame_sources = next(part for part in PUBLIC_POLICY.split("; ") if part.startswith("frame-src"))
    assert "https://www.youtube.com" in frame_sources and "https://player.vimeo.com" in frame_sources


def test_a_youtube_address_that_cannot_be_fetched_says_the_network_or_video_is_at_fault(monkeypatch):
    def unreachable(url, *args, **kwargs):
        raise EmbedNotFoundException("Request failed: connection refused")

    monkeypatch.setattr("courses.blocks.embeds.get_embed", unreachable)
    address = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    with pytest.raises(ValidationError) as raised:
        VideoEmbedBlock().clean(EmbedValue(address))
    assert raised.value.messages == [EMBED_NETWORK.format(address=address)]


def test_every_block_an_author_can_choose_says_how_learners_see_it():
    from assessments.blocks import ANSWER_BLOCKS

    for name, block in [*lesson_blocks(), *ANSWER_BLOCKS]:
        description = str(block.meta.description or "")
        assert description.endswith(".") and 10 < len(description) < 120 and "\n" not in description, name


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
    nested = clean_block("details", {"summary": "s", "body": dirty})["body"]
    assert "<script" not in nested and "onerror" not in nested and "javascript:" not in nested
