from celery import shared_task

from courses.models import CoursePage
from courses.services.progress import refresh_course_summaries as refresh


@shared_task(acks_late=True, autoretry_for=(Exception,), retry_backoff=True, retry_kwargs={"max_retries": 3})
def refresh_course_summaries(course_id: int) -> int:
    """Recompute every current enrolment's summary in a course after its content changed. Idempotent."""
    course = CoursePage.objects.filter(pk=course_id).first()
    return refresh(course=course) if course is not None else 0
