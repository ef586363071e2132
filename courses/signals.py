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

progress_recorded = Signal()
"""Sent inside the transaction that writes a ProgressEvent (enrolled, item completed, course completed).

For outboxes only (the xAPI statements of academy.records): a receiver writes rows in the same database and does
nothing else, so the row commits or rolls back with the event; an error in it rolls the event back too. Anything
that talks to the outside world belongs on the after-commit signals above.

Arguments: ``sender`` (the ProgressEvent class), ``event`` (the ProgressEvent, its ``enrolment`` loaded).
"""
