"""Domain signals of the assessments app: extension points for other apps."""

from django.dispatch import Signal

attempt_started = Signal()
"""Sent inside the transaction that creates a quiz attempt (its questions fixed).

For outboxes only (the xAPI statements of academy.records): a receiver writes rows in the same database and does
nothing else; an error in it rolls the attempt back.

Arguments: ``sender`` (the Attempt class), ``attempt``.
"""

attempt_graded = Signal()
"""Sent inside the transaction that gives an attempt its final score and pass or fail (on submission, or when the
last essay is marked). The same outbox-only rule as ``attempt_started``.

Arguments: ``sender`` (the Attempt class), ``attempt`` (``score``, ``max_score``, ``percent``, ``passed`` set;
``passed`` is None for a quiz without a pass mark).
"""
