"""Adapter from allauth's sign-up to the invitation service: someone who arrived by an invitation link joins the
cohort as soon as their account exists. The invitation page puts the token's hash in the session."""

from allauth.account.signals import user_signed_up
from django.contrib import messages
from django.dispatch import receiver

from academy.cohorts.models import Invitation
from academy.cohorts.services import CohortError
from academy.cohorts.services.invitations import accept_invitation

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
