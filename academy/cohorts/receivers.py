"""Adapter from allauth's sign-up to the invitation service: someone who arrived by an invitation link joins the
cohort as soon as their account exists. The invitation page puts the token's hash in the session."""

from allauth.account.signals import user_signed_up
from django.contrib import messages
from django.db.models.signals import m2m_changed, post_delete
from django.dispatch import receiver

from academy.cohorts.models import Cohort, Invitation
from academy.cohorts.services import CohortError
from academy.cohorts.services.invitations import accept_invitation
from academy.core import userfacts

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
