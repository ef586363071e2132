"""Reads that pages, reports and the apps built on courses share. Other apps read course data only through here.

The page models ask these selectors (``from courses import selectors``), so the selectors reach the models as a
module (``models.CoursePage``), looked up when a function runs rather than when the module loads.
"""

from courses.selectors.access import LiveItem, live_course_item, visitor_may_see
from courses.selectors.dashboard import LearnerDashboard, LearningEntry, learner_dashboard
from courses.selectors.enrolments import (
    completed_enrolments,
    completed_item_ids,
    completion_times,
    current_enrolments,
    enrolled_user_ids,
    item_completions,
    item_id_set,
    live_courses,
)
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
from courses.selectors.progress import CourseProgress, course_progress, module_status
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
    "completed_enrolments",
    "completed_item_ids",
    "completion_times",
    "course_for_page",
    "course_outline",
    "course_progress",
    "courses_for_pages",
    "current_enrolments",
    "enrolled_user_ids",
    "footer_links",
    "item_completions",
    "item_id_set",
    "learner_dashboard",
    "live_course_item",
    "live_courses",
    "module_status",
    "placements",
    "visitor_may_see",
]
