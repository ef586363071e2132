"""Domain signals of events, for outboxes only: sent inside the transaction that records the fact, so a receiver's
row (an xAPI statement) commits or rolls back with it. Receivers must only read and insert."""

from django.dispatch import Signal

# A learner was marked present at a session: sender=Attendance, attendance=<Attendance>, session=<Session>.
attended = Signal()
