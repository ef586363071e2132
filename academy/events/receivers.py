"""Adapters from other apps' signals to events' services."""

from django.dispatch import receiver

from academy.cohorts.signals import learner_removed
from academy.events.services import bookings


@receiver(learner_removed, dispatch_uid="events.give_up_places")
def give_up_places(sender, cohort, user_id, **kwargs):
    """A learner removed from a cohort gives up their places at its sessions to come."""
    bookings.give_up_places(cohort_id=cohort.pk, user_id=user_id)
