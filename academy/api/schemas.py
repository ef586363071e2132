"""What the API returns, as described in its OpenAPI document."""

from datetime import date, datetime

from ninja import Schema


class Error(Schema):
    detail: str


class Learner(Schema):
    id: int
    email: str
    full_name: str
    organisation: str
    job_title: str
    is_active: bool
    date_joined: datetime
    updated_at: datetime


class Course(Schema):
    id: int
    title: str
    slug: str


class Enrolment(Schema):
    id: int
    learner_id: int
    course: Course
    cycle: int
    is_current: bool
    source: str
    enrolled_at: datetime
    last_activity_at: datetime | None
    completed_at: datetime | None
    percent: int
    required_total: int
    required_done: int
    updated_at: datetime


class Certificate(Schema):
    id: int
    code: str
    learner_id: int
    enrolment_id: int
    course_id: int
    course_title: str
    status: str
    state: str
    issued_at: datetime
    completed_at: datetime
    valid_until: datetime | None
    replaces_id: int | None
    verify_url: str
    credential_id: str
    updated_at: datetime


class CohortCourse(Schema):
    course: Course
    deadline_date: date | None
    deadline_days: int | None


class Member(Schema):
    learner_id: int
    joined_at: datetime


class Cohort(Schema):
    id: int
    name: str
    status: str
    start_date: date
    courses: list[CohortCourse]
    members: list[Member]
    updated_at: datetime


class LearnerPage(Schema):
    results: list[Learner]
    next_cursor: str | None


class EnrolmentPage(Schema):
    results: list[Enrolment]
    next_cursor: str | None


class CertificatePage(Schema):
    results: list[Certificate]
    next_cursor: str | None


class CohortPage(Schema):
    results: list[Cohort]
    next_cursor: str | None
