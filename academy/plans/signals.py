"""Domain signals of plans, for outboxes only: sent inside the transaction that changes the plan, so a receiver's
row (an xAPI statement) commits or rolls back with it. Receivers must only read and insert."""

from django.dispatch import Signal

# sender=Plan, plan=<Plan>, version=<PlanVersion>
plan_submitted = Signal()
# sender=Plan, plan=<Plan> (accepted_by and accepted_at set)
plan_accepted = Signal()
