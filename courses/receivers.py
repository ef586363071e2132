"""Adapters from Wagtail's page events to the progress service: content changes refresh enrolment summaries."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from courses.models import CourseItemMixin, CoursePage
from courses.selectors import course_for_page
from courses.tasks import refresh_course_summaries


def _queue_refresh(page) -> None:
    try:
        course = course_for_page(page=page)
    except CoursePage.DoesNotExist:  # a page outside any course needs no refresh
        return
    transaction.on_commit(lambda: refresh_course_summaries.delay(course.pk))


@receiver(page_published)
@receiver(page_unpublished)
def course_item_changed(sender, instance, **kwargs):
    if isinstance(instance, CourseItemMixin):
        _queue_refresh(instance)


@receiver(post_delete)
def course_item_deleted(sender, instance, **kwargs):
    if isinstance(instance, CourseItemMixin):
        _queue_refresh(instance)
