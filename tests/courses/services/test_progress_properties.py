"""Hypothesis: after any sequence of completions and content edits, live summaries equal a full recompute.

A small model of the course (which lessons are live and optional, in order) and of each learner's completions
predicts every summary field. After each step the stored summaries must match the model, and
``refresh_course_summaries`` (what the recompute command runs) must find nothing to change.
"""

import itertools
import math
from dataclasses import dataclass, field

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from academy.accounts.models import User
from courses.models import CoursePage, Enrolment, LessonPage, ModulePage
from courses.services.progress import complete_item, refresh_course_summaries
from tests.academy.accounts.factories import UserFactory
from tests.built_once import rolled_back_at_the_end
from tests.courses.factories import make_course, make_lesson

pytestmark = pytest.mark.django_db

LEARNERS = 2
MODULES = 2

steps = st.lists(
    st.one_of(
        st.tuples(st.just("complete"), st.integers(0, LEARNERS - 1), st.integers(0, 20)),
        st.tuples(st.just("add"), st.integers(0, MODULES - 1), st.booleans()),
        st.tuples(st.just("unpublish"), st.integers(0, 20)),
        st.tuples(st.just("toggle_optional"), st.integers(0, 20)),  # publishing also brings back an unpublished one
    ),
    min_size=1,
    max_size=8,
)


@dataclass
class Lesson:
    pk: int
    module: int
    optional: bool = False
    live: bool = True


@dataclass
class Learner:
    user: object
    done: set[int] = field(default_factory=set)
    completed_at: object = None  # as stored when the model says the course became complete

    @property
    def enrolled(self) -> bool:
        return bool(self.done)


class CourseModel:
    def __init__(self, lessons: list[Lesson]):
        self.lessons = lessons

    def live(self) -> list[Lesson]:
        return sorted((lesson for lesson in self.lessons if lesson.live), key=self.lessons.index)

    def ordered_live(self) -> list[Lesson]:
        # The course order is module by module, then the order lessons were added in.
        return sorted(self.live(), key=lambda lesson: (lesson.module, self.lessons.index(lesson)))

    def expected(self, learner: Learner, complete: bool) -> dict:
        required = [lesson for lesson in self.ordered_live() if not lesson.optional]
        done = sum(1 for lesson in required if lesson.pk in learner.done)
        total = len(required)
        next_lesson = next((lesson for lesson in self.ordered_live() if lesson.pk not in learner.done), None)
        return {
            "required_total": total,
            "required_done": done,
            "percent": 100 if complete else (math.floor(100 * done / total) if total else 0),
            "next_item_id": next_lesson.pk if next_lesson else None,
        }

    def meets_rule(self, learner: Learner) -> bool:
        required = [lesson for lesson in self.live() if not lesson.optional]
        return bool(required) and all(lesson.pk in learner.done for lesson in required)


@pytest.fixture(scope="module")
def course_and_learners(django_db_setup, django_db_blocker):
    """The course and learners every example starts from, built once: each example changes them in a transaction
    that it rolls back."""
    with rolled_back_at_the_end(django_db_blocker):
        course = make_course(modules=MODULES, lessons=2, slug="property")
        yield course.pk, [UserFactory().pk for _ in range(LEARNERS)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_live_summaries_always_equal_a_full_recompute(steps, course_and_learners, django_capture_on_commit_callbacks):
    course_pk, user_pks = course_and_learners
    with transaction.atomic():
        # Fetched afresh: pages held from an earlier example would remember its rolled-back tree.
        course = CoursePage.objects.get(pk=course_pk)
        modules = list(ModulePage.objects.child_of(course).order_by("path"))
        lessons = [
            Lesson(pk=lesson.pk, module=index)
            for index, module in enumerate(modules)
            for lesson in LessonPage.objects.child_of(module).order_by("path")
        ]
        model = CourseModel(lessons)
        learners = [Learner(user=user) for user in User.objects.filter(pk__in=user_pks).order_by("pk")]
        added = itertools.count(10)

        for step in steps:
            with django_capture_on_commit_callbacks(execute=True):  # content edits refresh summaries on commit
                apply(step, model, learners, modules, added)
            for learner in learners:
                if learner.enrolled and learner.completed_at is None and model.meets_rule(learner):
                    learner.completed_at = "pending"
            check(model, learners, course)
            assert refresh_course_summaries(course=course) == 0, step  # the recompute agrees with the live updates
            check(model, learners, course)
        transaction.set_rollback(True)


def apply(step, model: CourseModel, learners: list[Learner], modules: list, added) -> None:
    kind = step[0]
    if kind == "complete":
        _, learner_index, item_index = step
        live = model.ordered_live()
        if not live:
            return
        lesson = live[item_index % len(live)]
        learner = learners[learner_index]
        complete_item(user=learner.user, item=LessonPage.objects.get(pk=lesson.pk))
        learner.done.add(lesson.pk)
    elif kind == "add":
        _, module_index, optional = step
        page = make_lesson(modules[module_index], next(added), optional=optional, revision=True)  # publishing signals
        model.lessons.append(Lesson(pk=page.pk, module=module_index, optional=optional))
    elif kind == "unpublish":
        live = model.ordered_live()
        if not live:
            return
        lesson = live[step[1] % len(live)]
        LessonPage.objects.get(pk=lesson.pk).unpublish()
        lesson.live = False
    elif kind == "toggle_optional":
        lesson = model.lessons[step[1] % len(model.lessons)]
        page = LessonPage.objects.get(pk=lesson.pk)
        page.optional = not lesson.optional
        page.save_revision().publish()
        lesson.optional, lesson.live = page.optional, True


def check(model: CourseModel, learners: list[Learner], course) -> None:
    for learner in learners:
        enrolment = Enrolment.objects.filter(user=learner.user, course=course, is_current=True).first()
        if not learner.enrolled:
            assert enrolment is None
            continue
        complete = learner.completed_at is not None
        if learner.completed_at == "pending":
            assert enrolment.completed_at is not None, "the course should have completed on this step"
            learner.completed_at = enrolment.completed_at
        assert enrolment.completed_at == (learner.completed_at if complete else None)  # completed stays completed
        actual = {name: getattr(enrolment, name) for name in model.expected(learner, complete)}
        assert actual == model.expected(learner, complete)
