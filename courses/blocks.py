"""StreamField blocks for lessons and site pages, each rendered with GOV.UK Frontend markup under blocks/."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", "Section heading (h2)"), ("h3", "Sub-heading (h3)")], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading.html"


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(max_length=120, help_text="The link text people select to open the details.")
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "arrow-down"
        template = "blocks/details.html"


class FactBlock(blocks.StructBlock):
    key = blocks.CharBlock(max_length=120)
    value = blocks.CharBlock(max_length=400)


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    facts = blocks.ListBlock(FactBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_facts.html"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    source = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/case_study.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    citation = blocks.CharBlock(max_length=300)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        required=True,
        help_text="Describe the image for people who cannot see it. Required.",
    )
    caption = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    video = EmbedBlock(help_text="A YouTube or Vimeo address.")
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, required=True, help_text="A full transcript of the video. Required."
    )

    class Meta:
        icon = "media"
        template = "blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(max_length=160, required=False, help_text="Defaults to the document's own title.")
    description = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/document.html"


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200)
    header = blocks.ListBlock(blocks.CharBlock(max_length=120), min_num=1)
    rows = blocks.ListBlock(blocks.ListBlock(blocks.CharBlock(max_length=400)), min_num=1)

    class Meta:
        icon = "table"
        template = "blocks/table.html"


class InsetBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pick"
        template = "blocks/inset.html"


class WarningBlock(blocks.TextBlock):
    class Meta:
        icon = "warning"
        template = "blocks/warning.html"


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"


def lesson_blocks() -> list[tuple[str, blocks.Block]]:
    """Every block a course author can use in a lesson."""
    return [
        ("paragraph", ParagraphBlock(features=RICH_TEXT_FEATURES)),
        ("heading", HeadingBlock()),
        ("inset", InsetBlock(features=RICH_TEXT_FEATURES)),
        ("warning", WarningBlock()),
        ("details", DetailsBlock()),
        ("key_facts", KeyFactsBlock()),
        ("case_study", CaseStudyBlock()),
        ("quote", QuoteBlock()),
        ("image", ImageBlock()),
        ("video", VideoBlock()),
        ("document", DocumentBlock()),
        ("table", TableBlock()),
    ]


PAGE_BLOCK_NAMES = ("paragraph", "heading", "inset", "warning", "details", "key_facts", "table")


def page_blocks() -> list[tuple[str, blocks.Block]]:
    """Blocks for site pages such as the accessibility statement: the lesson blocks without media and case studies."""
    return [(name, block) for name, block in lesson_blocks() if name in PAGE_BLOCK_NAMES]
