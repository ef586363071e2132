"""The course page's module statuses ("In progress", "Not started") stay on one line on a phone and on a desktop."""

import pytest

from tests.academy.accounts.factories import UserFactory
from tests.e2e.conftest import sign_in

pytestmark = pytest.mark.django_db(transaction=True)

TAG_LINES = """els => els.map(el => {
  const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
  return [el.textContent.trim(), Math.round(el.getBoundingClientRect().height / lineHeight)];
})"""


@pytest.fixture
def course_in_progress(site_root):
    """The demo course (long module titles) with modules completed, in progress and not started."""
    from academy.accounts.models import User
    from courses.demo.course import load_demo_course
    from courses.models import CoursePage
    from courses.selectors import course_outline
    from courses.services.progress import complete_item
    from tests.database_template import built_on

    def build():
        course = CoursePage.objects.get(pk=built_on("demo course", lambda: load_demo_course(site_root).pk, saved=True))
        user = UserFactory()
        outline = course_outline(course=course)
        for module in outline.modules[:3]:
            complete_item(user=user, item=module.items[0].page)
        for item in outline.modules[0].items:
            complete_item(user=user, item=item.page)
        return course.pk, user.pk

    course_pk, user_pk = built_on("progress on the demo course", build)
    return CoursePage.objects.get(pk=course_pk), User.objects.get(pk=user_pk)


@pytest.mark.parametrize("width", [320, 1280])
def test_module_status_tags_do_not_wrap(page, course_in_progress, width):
    course, user = course_in_progress
    sign_in(page, user)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(course.url)
    lines = page.eval_on_selector_all(".govuk-task-list__status .govuk-tag", TAG_LINES)
    assert {text for text, _ in lines} == {"In progress", "Not started"}
    assert all(count == 1 for _, count in lines), lines
