"""The question bank: categories, questions (edited in the Wagtail admin) and their immutable versions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from assessments import questions as q
from assessments.blocks import ANSWER_BLOCKS
from assessments.editing import spec_from_fields

# "image": imported questions embed their images, and authors add alt text (or images) in the editor.
QUESTION_FEATURES = ["bold", "italic", "link", "ol", "ul", "image"]


class QuestionCategory(index.Indexed, models.Model):
    name = models.CharField(max_length=200)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    description = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("parent"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name_plural = "question categories"
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["parent", "name"], name="category_unique_name_in_parent")]

    def __str__(self) -> str:
        return self.path

    @property
    def indented_name(self) -> str:
        """The name indented by ``tree_depth`` (annotated by ``categories.in_tree_order``) with em spaces, which HTML
        does not collapse, so a listing in tree order reads as a tree."""
        return "\u2003\u2003" * getattr(self, "tree_depth", 0) + self.name

    indented_name.fget.short_description = "Category"

    @property
    def path(self) -> str:
        if getattr(self, "tree_path", ""):  # annotated by ``categories.in_tree_order``: no query per ancestor
            return self.tree_path
        names, node, seen = [], self, set()
        while node is not None and node.pk not in seen:
            seen.add(node.pk)
            names.append(node.name)
            node = node.parent
        return " / ".join(reversed(names))


class Question(index.Indexed, models.Model):
    """A question as authors edit it. Every change that matters to grading is kept as a QuestionVersion."""

    category = models.ForeignKey(QuestionCategory, on_delete=models.PROTECT, related_name="questions")
    name = models.CharField(max_length=255, help_text="A short name to find the question by.")
    text = RichTextField(features=QUESTION_FEATURES)
    answers = StreamField(
        ANSWER_BLOCKS, max_num=1, min_num=1, help_text="Choose the question type and set its answers."
    )
    general_feedback = RichTextField(
        features=QUESTION_FEATURES,
        blank=True,
        help_text="Shown after the attempt, whatever the answer, when review allows.",
    )
    default_mark = models.DecimalField(max_digits=5, decimal_places=2, default=1)
    qtype = models.CharField("type", max_length=30, editable=False, db_index=True)
    tags = models.JSONField(default=list, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, editable=False, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("default_mark")]),
        FieldPanel("name"),
        FieldPanel("text"),
        FieldPanel("answers"),
        FieldPanel("general_feedback"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("text"),
        index.AutocompleteField("text"),  # the admin's question search autocompletes over name and text
        index.FilterField("category"),
        index.FilterField("qtype"),
    ]

    class Meta:
        ordering = ["category__name", "name"]

    def __str__(self) -> str:
        return self.name

    def build_spec(self) -> dict:
        return spec_from_fields(
            text=self.text, general_feedback=self.general_feedback, default_mark=self.default_mark, answers=self.answers
        )

    def clean(self):
        super().clean()
        try:
            spec = self.build_spec()
        except q.InvalidSpec as error:
            raise ValidationError({"answers": error.problems}) from error
        problems = q.validate_spec(spec)
        if problems:
            raise ValidationError({"answers": problems})
        self.qtype = spec["type"]

    @property
    def type_label(self) -> str:
        return {name: block.label for name, block in ANSWER_BLOCKS}.get(self.qtype, self.qtype)


class QuestionVersion(models.Model):
    """An immutable snapshot of a question's spec. Attempts point at the version they used."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    spec = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["question_id", "number"]
        constraints = [models.UniqueConstraint(fields=["question", "number"], name="question_version_unique")]

    def __str__(self) -> str:
        return f"{self.question} v{self.number}"
