"""Wagtail admin for course authors and reviewers: reorder handles only for people who may reorder, course review in
bulk ("Submit for review" on a course or module, and a "Course review" queue), and no bulk actions a role cannot
take."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.admin.widgets import Button
from wagtail.models import Page

from courses import review_views


class PermittedReorderIndexView(ExplorableIndexView):
    """Wagtail offers drag handles to anyone and then refuses the move (after saying it succeeded): offer them only
    to people who may reorder this page's children (publishers: a new order is live at once, without review)."""

    def get_reorder_url(self):
        if not self.permissions.can_reorder_children():
            return None
        return super().get_reorder_url()


class AcademyPageViewSet(PageViewSet):
    model = Page
    index_view_class = PermittedReorderIndexView


@hooks.register("register_admin_viewset", order=100)  # after Wagtail's own base page viewset, which it replaces
def page_viewset():
    return AcademyPageViewSet()


@hooks.register("register_admin_urls")
def review_urls():
    return [
        path("course-review/", review_views.review_queue, name="courses_review_queue"),
        path("course-review/submit/<int:page_id>/", review_views.submit_tree, name="courses_submit_tree"),
    ]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return review_views.can_review(request.user)


@hooks.register("register_admin_menu_item")
def review_menu_item():
    return ReviewMenuItem("Course review", reverse("courses_review_queue"), icon_name="tasks", order=205)


@hooks.register("register_page_header_buttons")
def submit_tree_header_button(page, user, view_name=None, next_url=None):
    if review_views.can_submit_tree(page, user):
        url = reverse("courses_submit_tree", args=[page.pk])
        yield Button("Submit for review, with its pages", url, icon_name="resubmit", priority=16)
