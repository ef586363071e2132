"""Deleting a learner's quiz attempts and answers when their account is deleted (academy.privacy)."""

from assessments.models import Attempt


def delete_attempts(*, user) -> int:
    """Delete every attempt of ``user`` with its questions and answers; returns the number of attempts."""
    attempts = Attempt.objects.filter(user=user)
    count = attempts.count()
    attempts.delete()
    return count
