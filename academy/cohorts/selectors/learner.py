"""One learner in a cohort, for the lead: each course's progress, lesson completions, deadline and extras."""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import timezone

from academy.cohorts import deadlines
from academy.cohorts.models import Cohort, CohortCourse, Membership
from academy.cohorts.selectors.progress import COMPLETED, IN_PROGRESS, NOT_STARTED, STATUS_LABELS
from courses.models import Enrolment
from courses.selectors import CourseOutline, OutlineItem, completion_times, course_outline, current_enrolments


@dataclass
class ItemLine:
    item: OutlineItem
    completed_at: datetime | None


@dataclass
class CourseLine:
    cohort_course: CohortCourse
    outline: CourseOutline
    enrolment: Enrolment | None
    deadline: date | None
    overdue: bool
    items: list[ItemLine] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.enrolment is None or (self.enrolment.last_activity_at is None and not self.enrolment.is_complete):
            return NOT_STARTED
        return COMPLETED if self.enrolment.is_complete else IN_PROGRESS

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass
class LearnerProgress:
    membership: Membership
    courses: list[CourseLine]


def learner_progress(*, cohort: Cohort, user_id: int, today: date | None = None) -> LearnerProgress:
    """A member's progress in each of the cohort's courses; raises Membership.DoesNotExist for non-members.

    Three queries plus each course's outline (a fixed number per course).
    """
    today = today or timezone.localdate()
    membership = Membership.objects.select_related("user").get(cohort=cohort, user_id=user_id)
    cohort_courses = list(cohort.cohort_courses.select_related("course"))
    enrolments = {
        enrolment.course_id: enrolment
        for enrolment in current_enrolments(user_id=user_id, course_ids=[cc.course_id for cc in cohort_courses])
    }
    completed_at = completion_times(enrolment_ids=[enrolment.pk for enrolment in enrolments.values()])
    lines = []
    for cohort_course in cohort_courses:
        enrolment = enrolments.get(cohort_course.course_id)
        outline = course_outline(course=cohort_course.course)
        deadline = cohort_course.deadline_for(membership.joined_at, start_date=cohort.start_date)
        complete = enrolment is not None and enrolment.is_complete
        line = CourseLine(
            cohort_course=cohort_course,
            outline=outline,
            enrolment=enrolment,
            deadline=deadline,
            overdue=deadlines.is_overdue(deadline=deadline, completed=complete, today=today),
        )
        for item in outline.items:
            when = completed_at[enrolment.pk].get(item.pk) if enrolment is not None else None
            line.items.append(ItemLine(item=item, completed_at=when))
        lines.append(line)
    return LearnerProgress(membership=membership, courses=lines)
