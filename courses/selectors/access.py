"""Whether a visitor may see a page, and a course item in its live course: one rule for every app's views."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from wagtail.models import Page

from courses import models
from courses.selectors.outline import CourseOutline, Position, course_for_page, course_outline


@dataclass(frozen=True)
class LiveItem:
    """A course item as the visitor sees it in its live course."""

    course: models.CoursePage
    outline: CourseOutline
    position: Position


def visitor_may_see(*, page: Page, request: HttpRequest) -> bool:
    """Wagtail's privacy settings (a password, signing in, groups) on ``page`` and above let this visitor see it."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def live_course_item(*, item: Page, request: HttpRequest) -> LiveItem | None:
    """Where ``item`` sits in its course as this visitor sees it; None when they may not see it there.

    Wagtail's privacy settings apply, the course must be live, and the item must be in the live outline (an item
    under an unpublished module is not part of the course). Used before completing an item or starting a quiz.
    """
    if not visitor_may_see(page=item, request=request):
        return None
    course = course_for_page(page=item)
    if not course.live:
        return None
    outline = course_outline(course=course, request=request)
    position = outline.position(item)
    if position.item is None:
        return None
    return LiveItem(course=course, outline=outline, position=position)
