"""Domain signals of the cohorts app: extension points for other apps, sent after the write commits."""

from django.dispatch import Signal

learner_joined = Signal()
"""Sent after the transaction commits when a learner joins a cohort (invitation, join code or a lead).

Arguments: ``sender`` (the Membership class), ``membership``.
"""
