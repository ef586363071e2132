"""Adapters from other apps' signals to events' services."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from academy.cohorts.selectors.aggregates import cohorts_changed
from academy.cohorts.signals import learner_removed
from academy.events.models import Attendance, Session
from academy.events.services import bookings


@receiver(learner_removed, dispatch_uid="events.give_up_places")
def give_up_places(sender, cohort, user_id, **kwargs):
    """A learner removed from a cohort gives up their places at its sessions to come."""
    bookings.give_up_places(cohort_id=cohort.pk, user_id=user_id)


# The lead's dashboard keeps its learner table (with the "required sessions" column) under the cohort's version.


@receiver(post_save, sender=Session, dispatch_uid="events.session_saved_figures")
@receiver(post_delete, sender=Session, dispatch_uid="events.session_deleted_figures")
def session_changed(sender, instance, **kwargs):
    cohorts_changed([instance.cohort_id])


@receiver(post_save, sender=Attendance, dispatch_uid="events.attendance_saved_figures")
@receiver(post_delete, sender=Attendance, dispatch_uid="events.attendance_deleted_figures")
def attendance_changed(sender, instance, **kwargs):
    session = instance._state.fields_cache.get("session")  # set where the register is taken: no query
    cohort_id = session.cohort_id if session is not None else None
    if cohort_id is None:
        cohort_id = Session.objects.filter(pk=instance.session_id).values_list("cohort_id", flat=True).first()
    if cohort_id is not None:
        cohorts_changed([cohort_id])
