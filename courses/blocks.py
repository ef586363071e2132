"""StreamField blocks for lessons and site pages, each rendered with GOV.UK Frontend markup under blocks/."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders import get_finders
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

ALT_TEXT_MISSING = (
    "Describe the image for people who cannot see it: write the alternative text here, "
    "or give the image a description in Images."
)
TABLE_ROW_LENGTH = "Row {row} has {cells} cell{plural}; give it {header} to match the header row."
EMBED_ADDRESS = (
    "This address is not a YouTube or Vimeo video. Copy the address from the video's page, "
    "for example https://www.youtube.com/watch?v=..."
)
EMBED_NETWORK = (
    "The video could not be fetched from {address}: the video may be private or removed, or the network is down. "
    "Check the video opens in your browser, then save again."
)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(choices=[("h2", "Section heading (h2)"), ("h3", "Sub-heading (h3)")], default="h2")

    class Meta:
        preview_template = "blocks/preview.html"
        preview_value = {"text": "Who delivers the service", "level": "h2"}
        description = "A heading that starts a new section of the lesson; learners can jump to it."
        icon = "title"
        template = "blocks/heading.html"


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(max_length=120, help_text="The link text people select to open the details.")
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        preview_template = "blocks/preview.html"
        preview_value = {
            "summary": "What counts as a public service mutual?",
            "body": RichText("<p>An organisation that has left the public sector and is run by its staff.</p>"),
        }
        description = "A link learners select to open extra detail that is hidden at first."
        icon = "arrow-down"
        template = "blocks/details.html"


class FactBlock(blocks.StructBlock):
    key = blocks.CharBlock(max_length=120)
    value = blocks.CharBlock(max_length=400)


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    facts = blocks.ListBlock(FactBlock(), min_num=1)

    class Meta:
        preview_template = "blocks/preview.html"
        preview_value = {"heading": "Key facts", "facts": [{"key": "Contract length", "value": "Up to 5 years"}]}
        description = "A short list of labelled facts, shown as a summary list learners can scan."
        icon = "list-ul"
        template = "blocks/key_facts.html"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    source = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        preview_template = "blocks/preview.html"
        preview_value = {
            "title": "A council reshapes its youth services",
            "body": RichText("<p>Working with young people, the council...</p>"),
            "source": "Local Government Association",
        }
        description = "A real example in a shaded box, with its title and where it comes from."
        icon = "doc-full"
        template = "blocks/case_study.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    citation = blocks.CharBlock(max_length=300)

    class Meta:
        preview_template = "blocks/preview.html"
        preview_value = {"quote": "Start with the outcomes people need.", "citation": "A commissioner"}
        description = "A quotation set apart from the text, with who said it."
        icon = "openquote"
        template = "blocks/quote.html"


class ImageValue(blocks.StructValue):
    def alt(self) -> str:
        """The alternative text written here, or else the description saved with the image."""
        image = self.get("image")
        return self.get("alt_text") or (image.description if image else "")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text="The image's description, asked when it is uploaded, is its alternative text.")
    alt_text = blocks.CharBlock(
        max_length=250,
        required=False,
        label="Different alternative text",
        help_text="Only if this use needs other words than the image's description. Leave blank otherwise.",
    )
    caption = blocks.CharBlock(max_length=250, required=False)

    def clean(self, value):
        value = super().clean(value)
        if not value.alt().strip():
            raise StructBlockValidationError(block_errors={"alt_text": ValidationError(ALT_TEXT_MISSING)})
        return value

    class Meta:
        preview_template = "blocks/preview_description.html"  # no stored media to show
        description = "A picture with its text description for screen readers and an optional caption."
        icon = "image"
        template = "blocks/image.html"
        value_class = ImageValue


class VideoEmbedBlock(EmbedBlock):
    """Says whether the address or the fetching is at fault, where Wagtail says only "Cannot find an embed"."""

    def clean(self, value):
        if isinstance(value, EmbedValue) and value.url:
            if not any(finder.accept(value.url) for finder in get_finders()):
                raise ValidationError(EMBED_ADDRESS)
            try:
                embeds.get_embed(value.url)
            except EmbedNotFoundException as error:
                raise ValidationError(EMBED_NETWORK.format(address=value.url)) from error
        return super().clean(value)


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    video = VideoEmbedBlock(help_text="A YouTube or Vimeo address.")
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, required=True, help_text="A full transcript of the video. Required."
    )

    class Meta:
        preview_template = "blocks/preview_description.html"  # no stored media to show
        description = "A YouTube or Vimeo video played in the page, with its full transcript below it."
        icon = "media"
        template = "blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(max_length=160, required=False, help_text="Defaults to the document's own title.")
    description = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        preview_template = "blocks/preview_description.html"  # no stored media to show
        description = "A link to download a file, showing its type and size."
        icon = "doc-full-inverse"
        template = "blocks/document.html"


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200)
    header = blocks.ListBlock(blocks.CharBlock(max_length=120), min_num=1)
    rows = blocks.ListBlock(blocks.ListBlock(blocks.CharBlock(max_length=400)), min_num=1)

    def clean(self, value):
        value = super().clean(value)
        width = len(value["header"])
        problems = [
            TABLE_ROW_LENGTH.format(row=number, cells=len(row), plural="" if len(row) == 1 else "s", header=width)
            for number, row in enumerate(value["rows"], start=1)
            if len(row) != width
        ]
        if problems:
            rows_error = ListBlockValidationError(non_block_errors=ErrorList([ValidationError(p) for p in problems]))
            raise StructBlockValidationError(block_errors={"rows": rows_error})
        return value

    class Meta:
        preview_template = "blocks/preview.html"
        preview_value = {
            "caption": "Stages",
            "header": ["Stage", "What happens"],
            "rows": [["Analyse", "Understand needs"], ["Plan", "Design the service"]],
        }
        description = "A table of data with a caption and a header row."
        icon = "table"
        template = "blocks/table.html"


class InsetBlock(blocks.RichTextBlock):
    class Meta:
        preview_template = "blocks/preview.html"
        preview_value = RichText("<p>Check the procurement rules before you talk to providers.</p>")
        description = "Text set apart with a bar on its left, for a point learners should notice."
        icon = "pick"
        template = "blocks/inset.html"


class WarningBlock(blocks.TextBlock):
    class Meta:
        preview_template = "blocks/preview.html"
        preview_value = "You must publish a contract notice."
        description = "A warning with an exclamation icon, for something learners must not miss."
        icon = "warning"
        template = "blocks/warning.html"


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        preview_template = "blocks/preview.html"
        preview_value = RichText("<p>Commissioners decide what outcomes a service must achieve.</p>")
        description = "Ordinary text: paragraphs, lists and links."
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
