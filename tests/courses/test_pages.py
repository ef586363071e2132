import pytest
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, StandardPage
from courses.selectors import course_outline
from tests.courses.factories import make_course, make_lesson

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    course = make_course(modules=1, lessons=1)
    module = ModulePage.objects.child_of(course).get()
    index = course.get_parent().specific
    home = index.get_parent().specific
    assert not LessonPage.can_create_at(course)
    assert not LessonPage.can_create_at(index)
    assert LessonPage.can_create_at(module)
    assert not ModulePage.can_create_at(index)
    assert ModulePage.can_create_at(course)
    assert not CoursePage.can_create_at(home)
    assert CoursePage.can_create_at(index)
    assert not CourseIndexPage.can_create_at(home)  # only one catalogue
    assert StandardPage.can_create_at(home)
    assert not HomePage.can_create_at(home)
    assert LessonPage.allowed_subpage_models() == []


def test_the_course_page_lists_modules_as_a_task_list(client):
    course = make_course(modules=3, lessons=2)
    html = client.get(course.url).content.decode()
    assert html.count('class="govuk-task-list__item govuk-task-list__item--with-link"') == 3
    assert "1. Module 1" in html and "3. Module 3" in html
    assert "Not started" in html


def test_the_catalogue_lists_published_courses_only(client):
    published = make_course(slug="published")
    draft = make_course(slug="draft")
    draft.unpublish()
    html = client.get(published.get_parent().url).content.decode()
    assert "Course published" in html
    assert "Course draft" not in html


def test_previous_and_next_cross_module_boundaries(client):
    course = make_course(modules=2, lessons=2)
    last_of_first = LessonPage.objects.get(
        slug="lesson-2", path__startswith=ModulePage.objects.get(slug="module-1").path
    )
    html = client.get(last_of_first.url).content.decode()
    assert 'rel="prev"' in html and "Lesson module-1-1" in html
    assert 'rel="next"' in html
    next_link = html.split('rel="next"')[0].rsplit("href=", 1)[1]
    assert "module-2/lesson-1" in next_link
    outline = course_outline(course=course)
    assert [item.title for item in outline.items] == [
        "Lesson module-1-1",
        "Lesson module-1-2",
        "Lesson module-2-1",
        "Lesson module-2-2",
    ]


def test_first_lesson_has_no_previous_and_last_has_no_next(client):
    course = make_course(modules=1, lessons=2)
    items = course_outline(course=course).items
    first_html = client.get(items[0].url).content.decode()
    last_html = client.get(items[-1].url).content.decode()
    assert 'rel="prev"' not in first_html and 'rel="next"' in first_html
    assert 'rel="next"' not in last_html and 'rel="prev"' in last_html


def test_unpublished_modules_and_lessons_are_not_in_the_sequence():
    course = make_course(modules=2, lessons=2)
    ModulePage.objects.get(slug="module-2").unpublish()
    LessonPage.objects.filter(slug="lesson-1").first().unpublish()
    outline = course_outline(course=course)
    assert [module.title for module in outline.modules] == ["Module 1"]
    assert len(outline.items) == 1


def test_lesson_page_shows_breadcrumbs_reading_time_and_module_contents(client):
    course = make_course(modules=1, lessons=3)
    lesson = course_outline(course=course).items[1].page
    html = client.get(lesson.url).content.decode()
    assert 'class="govuk-breadcrumbs"' in html
    for crumb in ["Courses", course.title, "Module 1"]:
        assert f">{crumb}</a>" in html
    assert "1 minute read" in html
    assert 'aria-current="page">Lesson module-1-2</strong>' in html


def test_reading_time_is_estimated_from_the_words_in_the_body():
    course = make_course(modules=1, lessons=0)
    module = ModulePage.objects.child_of(course).get()
    words = " ".join(["word"] * 999)  # 1,998 words and the summary "More": 1,999 words
    lesson = make_lesson(
        module,
        1,
        body=[
            {"type": "paragraph", "value": f"<p>{words}</p>"},
            {"type": "details", "value": {"summary": "More", "body": f"<p>{words}</p>"}},
        ],
    )
    assert lesson.reading_minutes == 10


def test_optional_lessons_are_labelled(client):
    course = make_course(modules=1, lessons=2, optional={(1, 2)})
    module = ModulePage.objects.child_of(course).get()
    assert "(optional)" in client.get(module.url).content.decode()
    assert [item.is_required for item in course_outline(course=course).items] == [True, False]


def test_every_page_type_in_the_tree_is_a_real_page():
    make_course(modules=1, lessons=1)
    assert Page.objects.type(LessonPage).count() == 1
