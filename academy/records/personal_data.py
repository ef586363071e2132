"""Deleting an account deletes its xAPI statements still held here (sent or not). Statements already delivered to
an organisation's learning record store are that organisation's records; they name the learner only by a hash of
their email address (or an opaque account id) and are not recalled."""

from academy.records.models import Statement


def forget_learner(*, user) -> int:
    count, _ = Statement.objects.filter(user=user).delete()
    return count
