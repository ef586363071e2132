"""Domain signals of the cohorts app: extension points for other apps, sent after the write commits."""

from django.dispatch import Signal

learner_joined = Signal()
"""Sent after the transaction commits when a learner joins a cohort (invitation, join code or a lead).

Arguments: ``sender`` (the Membership class), ``membership``.
"""

learner_removed = Signal()
"""Sent after the transaction commits when a lead removes a learner from a cohort (their learning history stays).

Arguments: ``sender`` (the Membership class), ``cohort``, ``user_id``.
"""
