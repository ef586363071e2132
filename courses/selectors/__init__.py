"""Reads that pages, reports and the apps built on courses share. Other apps read course data only through here."""

from courses.selectors.access import LiveItem, live_course_item, visitor_may_see
from courses.selectors.dashboard import LearnerDashboard, LearningEntry, learner_dashboard
from courses.selectors.outline import (
    CourseOutline,
    ModuleOutline,
    OutlineItem,
    Placement,
    Position,
    course_for_page,
    course_outline,
    courses_for_pages,
    placements,
)
from courses.selectors.progress import CourseProgress, course_progress
from courses.selectors.site import FOOTER_LINK_LABELS, footer_links

__all__ = [
    "FOOTER_LINK_LABELS",
    "CourseOutline",
    "CourseProgress",
    "LearnerDashboard",
    "LearningEntry",
    "LiveItem",
    "ModuleOutline",
    "OutlineItem",
    "Placement",
    "Position",
    "course_for_page",
    "course_outline",
    "course_progress",
    "courses_for_pages",
    "footer_links",
    "learner_dashboard",
    "live_course_item",
    "placements",
    "visitor_may_see",
]
