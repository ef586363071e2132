"""Adapter from allauth's sign-up to the invitation service: someone who arrived by an invitation link joins the
cohort as soon as their account exists. The invitation page puts the token's hash in the session."""

from allauth.account.signals import user_signed_up
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from academy.cohorts.models import Cohort, Invitation, Membership
from academy.cohorts.selectors.aggregates import cohorts_changed
from academy.cohorts.services import CohortError
from academy.cohorts.services.invitations import accept_invitation
from academy.core import userfacts
from academy.core.prepared import PreparedQuery
from assessments.signals import attempt_graded, attempt_started
from courses.models import Enrolment, ItemCompletion

SESSION_KEY = "cohorts_invitation"


@receiver(user_signed_up)
def accept_invitation_after_sign_up(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    token_hash = request.session.pop(SESSION_KEY, None)
    if not token_hash:
        return
    invitation = Invitation.objects.select_related("cohort").filter(token_hash=token_hash).first()
    if invitation is None:
        return
    try:
        membership = accept_invitation(invitation=invitation, user=user)
    except CohortError as error:
        messages.warning(request, str(error))
        return
    messages.success(request, f"You have joined {membership.cohort.name}.")


@receiver(m2m_changed, sender=Cohort.leads.through, dispatch_uid="cohorts-leads-userfacts")
def leads_changed(sender, **kwargs):
    """Who leads a cohort decides who may use the lead area (``selectors.may_lead``, kept per person)."""
    userfacts.invalidate()


@receiver(post_delete, sender=Cohort, dispatch_uid="cohorts-deleted-userfacts")
def cohort_deleted(sender, **kwargs):
    """A deleted cohort's leads go with it (without an m2m signal)."""
    userfacts.invalidate()


# The dashboard's stored figures (selectors.aggregates) are dropped when anything they count changes: at once, and
# again after the commit (a reader between the two may have stored what it read before the commit).


@receiver(post_save, sender=Membership, dispatch_uid="cohorts-membership-saved-figures")
@receiver(post_delete, sender=Membership, dispatch_uid="cohorts-membership-deleted-figures")
def membership_changed(sender, instance, **kwargs):
    cohorts_changed([instance.cohort_id])


# Asked on every quiz submission and progress change: compiled once a process (``academy.core.prepared``).
_LEARNERS_COHORTS = PreparedQuery(
    lambda user_id: Membership.objects.filter(user_id=user_id).values_list("cohort_id"), arguments=1
)


def _learner_changed(user_id) -> None:
    if user_id is not None:
        rows = _LEARNERS_COHORTS.rows(user_id, using=Membership.objects.db)
        cohorts_changed(cohort_id for (cohort_id,) in rows)


@receiver(post_save, sender=Enrolment, dispatch_uid="cohorts-enrolment-saved-figures")
@receiver(post_delete, sender=Enrolment, dispatch_uid="cohorts-enrolment-deleted-figures")
def enrolment_changed(sender, instance, **kwargs):
    _learner_changed(instance.user_id)


@receiver(post_save, sender=ItemCompletion, dispatch_uid="cohorts-completion-saved-figures")
@receiver(post_delete, sender=ItemCompletion, dispatch_uid="cohorts-completion-deleted-figures")
def completion_changed(sender, instance, **kwargs):
    enrolment = instance._state.fields_cache.get("enrolment")  # set by the progress service: no query
    if enrolment is not None:
        _learner_changed(enrolment.user_id)
    else:
        _learner_changed(Enrolment.objects.filter(pk=instance.enrolment_id).values_list("user_id", flat=True).first())


@receiver(attempt_started, dispatch_uid="cohorts-attempt-started-figures")
@receiver(attempt_graded, dispatch_uid="cohorts-attempt-graded-figures")
def attempt_changed(sender, attempt, **kwargs):
    _learner_changed(attempt.user_id)


@receiver(post_save, sender=get_user_model(), dispatch_uid="cohorts-user-saved-figures")
def learner_details_changed(sender, instance, created, update_fields=None, **kwargs):
    """Names and organisations are on the figures (the organisation filter); signing in changes neither."""
    if created or (update_fields is not None and not {"full_name", "email", "organisation"} & set(update_fields)):
        return
    _learner_changed(instance.pk)
