"""Domain signals of the courses app: extension points for other apps (certificates, cohorts, reminders)."""

from django.dispatch import Signal

course_completed = Signal()
"""Sent once, after the transaction commits, when an enrolment meets its course's completion rule.

Arguments: ``sender`` (the Enrolment class), ``enrolment`` (the completed Enrolment).
"""

enrolment_started = Signal()
"""Sent after the transaction commits when a learner is enrolled (or starts a new cycle).

Arguments: ``sender`` (the Enrolment class), ``enrolment``.
"""
