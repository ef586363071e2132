from courses.models.course_pages import CourseIndexPage, CoursePage, ModulePage
from courses.models.items import CourseItemMixin, course_item_page_types
from courses.models.lesson import LessonPage
from courses.models.progress import Enrolment, ItemCompletion, ProgressEvent
from courses.models.settings import SiteLinks
from courses.models.site_pages import HomePage, StandardPage

__all__ = [
    "CourseIndexPage",
    "CourseItemMixin",
    "CoursePage",
    "Enrolment",
    "HomePage",
    "ItemCompletion",
    "LessonPage",
    "ModulePage",
    "ProgressEvent",
    "SiteLinks",
    "StandardPage",
    "course_item_page_types",
]
