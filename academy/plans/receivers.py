"""The lead's dashboard keeps its learner table (with the "100-day plan" column) under the cohort's version: a plan
saved or deleted drops it."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from academy.cohorts.selectors.aggregates import cohorts_changed
from academy.plans.models import Plan


@receiver(post_save, sender=Plan, dispatch_uid="plans.plan_saved_figures")
@receiver(post_delete, sender=Plan, dispatch_uid="plans.plan_deleted_figures")
def plan_changed(sender, instance, **kwargs):
    cohorts_changed([instance.cohort_id])
