"""Wagtail admin: the question bank as snippets, versioning on save, import and export views, and a "Quiz report"
button on quiz pages."""

from django.db.models import Count
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from assessments import admin_views
from assessments.categories import chooser_label, in_tree_order
from assessments.models import Question, QuestionCategory, QuizPage
from assessments.panels import VersionNoticePanel
from assessments.services.questions import record_version


class CategoryTreeMixin:
    """The category chooser lists the categories as a tree: parents first, sub-categories indented under them."""

    ordering = None  # keep the tree order of get_object_list

    def get_object_list(self):
        return in_tree_order(QuestionCategory.objects.all())

    @property
    def title_column(self):
        column = super().title_column
        column.accessor = chooser_label
        return column


class TreeChooseView(CategoryTreeMixin, ChooseView):
    pass


class TreeChooseResultsView(CategoryTreeMixin, ChooseResultsView):
    pass


class CategoryChooserViewSet(SnippetChooserViewSet):
    choose_view_class = TreeChooseView
    choose_results_view_class = TreeChooseResultsView


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = "Categories"
    list_display = [
        "indented_name",
        Column("tree_path", label="Path"),
        Column("questions", label="Questions", accessor="question_count"),
    ]
    chooser_viewset_class = CategoryChooserViewSet
    # The model's own search_fields decide what is searched: the database backend cannot limit a search to named
    # fields on SQLite (wagtail/django-modelsearch#47), so naming them here is a server error.
    search_fields = None

    def get_queryset(self, request):
        # In tree order, sub-categories indented under their parent (two queries whatever the number of categories).
        return in_tree_order(QuestionCategory.objects.annotate(question_count=Count("questions")))


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = "Questions"
    list_display = ["name", "category", Column("qtype", label="Type", accessor="type_label"), "updated_at"]
    list_filter = ["category", "qtype"]
    search_fields = None  # the model's autocomplete fields: name and text (see QuestionCategoryViewSet)
    # The notice first: before saving, authors see whether the edit creates a new version.
    panels = [VersionNoticePanel(), *Question.panels]

    def get_queryset(self, request):
        return Question.objects.select_related("category__parent__parent")


class QuestionBankGroup(SnippetViewSetGroup):
    menu_label = "Question bank"
    menu_icon = "help"
    menu_order = 250
    items = (QuestionViewSet, QuestionCategoryViewSet)


register_snippet(QuestionBankGroup)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def keep_question_version(request, instance):
    if isinstance(instance, Question):
        if not instance.created_by_id and request.user.is_authenticated:
            Question.objects.filter(pk=instance.pk).update(created_by=request.user)
        record_version(question=instance)


@hooks.register("register_snippet_listing_buttons")
def question_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Question):
        yield Button(
            "Versions", reverse("assessments:question_versions", args=[snippet.pk]), icon_name="history", priority=60
        )
        yield Button(
            "Preview", reverse("assessments:question_preview", args=[snippet.pk]), icon_name="view", priority=61
        )


@hooks.register("register_admin_urls")
def question_bank_urls():
    return [
        path("question-bank/import/", admin_views.import_questions, name="assessments_import"),
        path("question-bank/export/<int:category_id>/", admin_views.export_category, name="assessments_export"),
    ]


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return MenuItem("Import questions", reverse("assessments_import"), icon_name="upload", order=251)


class MarkingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser or request.user.has_perm("assessments.mark_attempt")


@hooks.register("register_admin_menu_item")
def marking_menu_item():
    return MarkingMenuItem("Answers to mark", reverse("assessments:marking_queue"), icon_name="edit", order=252)


def _quiz_report_button(page, user, *, priority: int):
    """ "Quiz report" for a quiz page, for people who can edit it (as the report itself requires)."""
    if not issubclass(page.specific_class or type(page), QuizPage):
        return None
    if not page.permissions_for_user(user).can_edit():
        return None
    return Button("Quiz report", reverse("assessments:report", args=[page.pk]), icon_name="table", priority=priority)


def _quiz_preview_button(page, user, *, priority: int):
    """ "Preview as a learner" for a quiz page, for people who can edit it: answers are checked, nothing is stored."""
    if not issubclass(page.specific_class or type(page), QuizPage):
        return None
    if not page.permissions_for_user(user).can_edit():
        return None
    return Button(
        "Try the quiz (nothing saved)",
        reverse("assessments:quiz_preview", args=[page.pk]),
        icon_name="view",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def quiz_report_header_button(page, user, view_name=None, next_url=None):
    if (button := _quiz_report_button(page, user, priority=66)) is not None:
        yield button
    if (button := _quiz_preview_button(page, user, priority=67)) is not None:
        yield button


@hooks.register("register_page_listing_more_buttons")
def quiz_report_listing_button(page, user, next_url=None):
    if (button := _quiz_report_button(page, user, priority=55)) is not None:
        yield button


@hooks.register("insert_editor_js")
def quiz_slot_fields_js():
    return format_html('<script src="{}"></script>', static("js/quiz-slots.js"))
