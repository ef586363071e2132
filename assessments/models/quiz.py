"""A quiz: a page in a module's sequence, with slots (fixed questions or N random from a category) and settings."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from assessments import selectors
from courses.blocks import RICH_TEXT_FEATURES
from courses.models import CourseItemMixin


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", "Highest grade"
    LATEST = "latest", "Latest attempt"
    FIRST = "first", "First attempt"
    AVERAGE = "average", "Average of all attempts"


class ReviewWhen(models.TextChoices):
    NEVER = "never", "Never"
    AFTER_EACH = "after_each", "After each attempt"
    ONCE_PASSED = "once_passed", "Once the learner has passed"
    AFTER_LAST = "after_last", "After the last allowed attempt"


class QuizPage(CourseItemMixin, Page):
    introduction = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text="Percentage needed to pass. Leave empty for a quiz without a pass mark (completed on submission).",
    )
    attempts_allowed = models.PositiveSmallIntegerField(default=0, help_text="0 means unlimited.")
    grading_method = models.CharField(max_length=10, choices=GradingMethod.choices, default=GradingMethod.HIGHEST)
    time_limit_minutes = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Enforced on the server. Leave empty for no time limit.",
    )
    questions_per_page = models.PositiveSmallIntegerField(default=3, validators=[MinValueValidator(1)])
    shuffle_questions = models.BooleanField(default=False)
    shuffle_choices = models.BooleanField(default=True)
    show_correct_answers = models.CharField(max_length=12, choices=ReviewWhen.choices, default=ReviewWhen.AFTER_EACH)
    show_feedback = models.CharField(max_length=12, choices=ReviewWhen.choices, default=ReviewWhen.AFTER_EACH)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        InlinePanel("slots", heading="Questions", label="Question slot", min_num=1),
        FieldPanel("optional"),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("attempts_allowed"), FieldPanel("grading_method")]),
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("questions_per_page")]),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                FieldRowPanel([FieldPanel("show_correct_answers"), FieldPanel("show_feedback")]),
            ],
            heading="Quiz settings",
        )
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    item_kind_label = "Quiz"
    outline_keeps_page = True  # small, and cohorts' reports read the quiz's rules from the course outline

    def item_minutes(self) -> int | None:
        return self.time_limit_minutes

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)  # course, outline, position, progress
        context["overview"] = selectors.quiz_overview(quiz=self, user=request.user)
        return context


class QuizSlot(Orderable):
    class Kind(models.TextChoices):
        FIXED = "fixed", "A fixed question"
        RANDOM = "random", "Random questions from a category"

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="slots")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.FIXED)
    question = models.ForeignKey(
        "assessments.Question", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    category = models.ForeignKey(
        "assessments.QuestionCategory", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    count = models.PositiveSmallIntegerField(
        default=1, validators=[MinValueValidator(1)], help_text="For random slots: how many questions to draw."
    )

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("count")]), FieldPanel("question"), FieldPanel("category")]

    def clean(self):
        """Each kind uses only its own fields. What another kind left behind (hidden in the editor once the author
        switched kinds) is cleared rather than refused, so an error never lands on a field the author cannot see."""
        super().clean()
        errors = {}
        if self.kind == self.Kind.FIXED:
            self.category, self.count = None, 1
            if self.question_id is None:
                errors["question"] = "Choose the question for this slot."
        elif self.kind == self.Kind.RANDOM:
            self.question = None
            if self.category_id is None:
                errors["category"] = "Choose the category to draw random questions from."
        if errors:
            raise ValidationError(errors)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.pk})"
