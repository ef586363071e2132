"""The cohorts part of deleting an account: memberships stay (the lead sees "Removed learner"), the rest goes."""

from academy.cohorts.models import Invitation, InvitationBatch, ReminderPreference


def forget_learner(*, user, addresses: set[str]) -> None:
    """Delete invitations sent to the person's addresses and their reminder choice; they stop leading cohorts."""
    Invitation.objects.filter(email__in=addresses).delete()
    ReminderPreference.objects.filter(user=user).delete()
    user.led_cohorts.clear()


def delete_old_invitation_batches(*, before) -> int:
    """Remove the records of uploaded invitation lists (they repeat names and addresses) made before ``before``."""
    count, _ = InvitationBatch.objects.filter(created_at__lt=before).delete()
    return count
