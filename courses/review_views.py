"""Wagtail admin views for course review in bulk: submit a course or module with its drafts; approve many at once."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.models import CoursePage, ModulePage
from courses.services.review import approve_all, drafts_to_submit, pending_reviews, submit_for_review

NOTHING_TO_SUBMIT = "Nothing to submit: every page here is published or already waiting for review."
NOTHING_SELECTED = "Select at least one page to approve."
SUBMITTED = "Submitted {count} page{plural} for review."
APPROVED = "Approved and published {count} page{plural}."


def can_submit_tree(page: Page, user) -> bool:
    """Courses and modules only, for people who may edit them (and so every page under them) and submit them."""
    if not issubclass(page.specific_class or Page, (CoursePage, ModulePage)):
        return False
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and permissions.can_submit_for_moderation()


def submit_tree(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id)
    if not can_submit_tree(page, request.user):
        raise PermissionDenied
    if request.method == "POST":
        submitted = submit_for_review(page, user=request.user)
        if submitted:
            count = len(submitted)
            messages.success(request, SUBMITTED.format(count=count, plural="" if count == 1 else "s"))
        else:
            messages.warning(request, NOTHING_TO_SUBMIT)
        return redirect("wagtailadmin_explore", page.pk)
    drafts = drafts_to_submit(page)
    context = {"page": page, "drafts": drafts, "nothing": NOTHING_TO_SUBMIT}
    return TemplateResponse(request, "courses/admin/submit_tree.html", context)


def can_review(user) -> bool:
    return PagePermissionPolicy().user_has_permission(user, "publish")


def review_queue(request):
    if not can_review(request.user):
        raise PermissionDenied
    if request.method == "POST":
        ids = [int(value) for value in request.POST.getlist("task_state") if value.isdigit()]
        if not ids:
            messages.error(request, NOTHING_SELECTED)
        else:
            approved = approve_all(ids, user=request.user)
            count = len(approved)
            messages.success(request, APPROVED.format(count=count, plural="" if count == 1 else "s"))
        return redirect(reverse("courses_review_queue"))
    groups = pending_reviews(user=request.user)
    return TemplateResponse(request, "courses/admin/review_queue.html", {"groups": groups})
