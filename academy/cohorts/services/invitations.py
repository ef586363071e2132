"""Inviting people to a cohort, resending, revoking, and accepting an invitation.

Rules:
- Each invitation carries a single-use token (256 random bits) that expires after ACADEMY_COHORT_INVITATION_DAYS.
  Only its SHA-256 is stored, so a database leak reveals no working link. Resending makes a new token (the old
  link stops working) and a new expiry date.
- One open invitation per cohort and email address (database constraint). Inviting someone again resends.
- Each row gets one outcome: invited, already a member, invalid email (with the reason), outside the allowed
  domains (no account, and the domain is not on the sign-up allow-list), or duplicate row. Rows with problems
  do not stop the others; the whole batch is one transaction and emails go out only after it commits.
- Accepting needs the signed-in person's email address to be the invited one: the link alone is not enough to
  join under another account.
"""

import hashlib
import logging
import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import EmailValidator
from django.db import transaction
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from academy.accounts.mail import queue_email
from academy.accounts.policy import email_domain, is_email_allowed
from academy.cohorts.csv_import import Invitee
from academy.cohorts.models import Cohort, Invitation, InvitationBatch, Membership
from academy.cohorts.services import CohortError
from academy.cohorts.services.cohorts import COHORT_ARCHIVED, add_member
from academy.core.links import absolute_url

logger = logging.getLogger(__name__)

INVITED = "invited"
ALREADY_MEMBER = "already_member"
INVALID_EMAIL = "invalid_email"
OUTSIDE_DOMAINS = "outside_allowed_domains"
DUPLICATE_ROW = "duplicate_row"
OUTCOME_LABELS = {
    INVITED: "Invited",
    ALREADY_MEMBER: "Already a member",
    INVALID_EMAIL: "Invalid email address",
    OUTSIDE_DOMAINS: "Outside the allowed domains",
    DUPLICATE_ROW: "Duplicate row",
}

EMAIL_EMPTY = "The email address is empty"
EMAIL_HAS_SPACES = "The email address must not contain spaces"
EMAIL_NO_AT = "The email address must contain an @"
EMAIL_MANY_ATS = "The email address must contain only one @"
EMAIL_NOTHING_BEFORE_AT = "The email address must have something before the @"
EMAIL_BAD_DOMAIN = "The part after the @ must be a domain, like council.gov.uk"
EMAIL_BAD_FORMAT = "The email address is not in the correct format"
DOMAIN_NOT_ALLOWED_REASON = "Nobody with this email domain can create an account (ACADEMY_ALLOWED_EMAIL_DOMAINS)"
SENT_AGAIN = "An invitation was already open: it was sent again with a new link"

INVITATION_NOT_FOUND = "This invitation link is not valid. Check you copied the whole link from the email."
INVITATION_EXPIRED = "This invitation has expired. Ask the person who runs your cohort to send it again."
INVITATION_REVOKED = "This invitation has been withdrawn. Ask the person who runs your cohort if you should join."
INVITATION_USED = "This invitation has already been used."
INVITATION_CLOSED = "This invitation has already been accepted or withdrawn."
WRONG_ACCOUNT = "This invitation was sent to {email}. Sign out, then sign in or create an account with that address."


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def email_problem(email: str) -> str | None:
    """Why ``email`` (already stripped and lower-cased) is not a usable address, or None when it is."""
    if not email:
        return EMAIL_EMPTY
    if any(ch.isspace() for ch in email):
        return EMAIL_HAS_SPACES
    if "@" not in email:
        return EMAIL_NO_AT
    if email.count("@") > 1:
        return EMAIL_MANY_ATS
    if email.startswith("@"):
        return EMAIL_NOTHING_BEFORE_AT
    if email_domain(email) is None:
        return EMAIL_BAD_DOMAIN
    try:
        EmailValidator()(email)
    except ValidationError:
        return EMAIL_BAD_FORMAT
    return None


def invite(
    *,
    cohort: Cohort,
    invitees: list[Invitee],
    invited_by,
    source: str = InvitationBatch.Source.LIST,
    filename: str = "",
    request=None,
) -> InvitationBatch:
    """Invite each person in ``invitees``; returns the batch with one result per row. All or nothing."""
    if not cohort.is_active:
        raise CohortError(COHORT_ARCHIVED)
    User = get_user_model()
    emails = {invitee.email.strip().lower() for invitee in invitees}
    with transaction.atomic():
        with_account = set(
            User.objects.annotate(email_lower=Lower("email"))
            .filter(email_lower__in=emails)
            .values_list("email_lower", flat=True)
        )
        members = set(
            Membership.objects.filter(cohort=cohort)
            .annotate(email_lower=Lower("user__email"))
            .filter(email_lower__in=emails)
            .values_list("email_lower", flat=True)
        )
        open_invitations = {
            invitation.email: invitation
            for invitation in cohort.invitations.select_for_update().filter(
                email__in=emails, accepted_at__isnull=True, revoked_at__isnull=True
            )
        }
        results, to_create, to_resend, first_row = [], [], [], {}
        for invitee in invitees:
            email = invitee.email.strip().lower()
            result = {
                "row": invitee.row,
                "email": invitee.email.strip(),
                "name": invitee.name,
                "organisation": invitee.organisation,
                "outcome": INVITED,
                "reason": "",
            }
            problem = email_problem(email)
            if problem:
                result.update(outcome=INVALID_EMAIL, reason=problem)
            elif email in first_row:
                result.update(outcome=DUPLICATE_ROW, reason=f"Same email address as row {first_row[email]}")
            elif email in members:
                result.update(outcome=ALREADY_MEMBER, reason="Already in this cohort")
            elif email not in with_account and not is_email_allowed(
                email, allowed=settings.ACADEMY_ALLOWED_EMAIL_DOMAINS
            ):
                result.update(outcome=OUTSIDE_DOMAINS, reason=DOMAIN_NOT_ALLOWED_REASON)
            elif email in open_invitations:
                to_resend.append(open_invitations[email])
                result["reason"] = SENT_AGAIN
            else:
                to_create.append(
                    Invitation(
                        cohort=cohort,
                        email=email,
                        full_name=invitee.name[:200],
                        organisation=invitee.organisation[:200],
                        invited_by=invited_by,
                    )
                )
            if not problem:
                first_row.setdefault(email, invitee.row)
            results.append(result)

        tokens = {}
        for invitation in to_create + to_resend:
            tokens[invitation.email] = _new_token(invitation)
        Invitation.objects.bulk_create(to_create)
        Invitation.objects.bulk_update(to_resend, ["token_hash", "expires_at", "sent_at", "send_count"])
        courses = _course_titles(cohort)
        for invitation in to_create + to_resend:
            _send_invitation(
                invitation, token=tokens[invitation.email], request=request, courses=courses, lead=invited_by
            )
        batch = InvitationBatch.objects.create(
            cohort=cohort, created_by=invited_by, source=source, filename=filename[:255], results=results
        )
    logger.info("Batch %s: %s invited to cohort %s", batch.pk, len(tokens), cohort.pk)
    return batch


def resend_invitation(*, invitation: Invitation, request=None) -> Invitation:
    """Send an open invitation again with a new link and a new expiry date (the old link stops working)."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().select_related("cohort").get(pk=invitation.pk)
        if not invitation.is_open:
            raise CohortError(INVITATION_CLOSED)
        if not invitation.cohort.is_active:
            raise CohortError(COHORT_ARCHIVED)
        token = _new_token(invitation)
        invitation.save(update_fields=["token_hash", "expires_at", "sent_at", "send_count"])
        _send_invitation(
            invitation,
            token=token,
            request=request,
            courses=_course_titles(invitation.cohort),
            lead=invitation.invited_by,
        )
    return invitation


def revoke_invitation(*, invitation: Invitation) -> Invitation:
    """Withdraw an open invitation: its link stops working."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if not invitation.is_open:
            raise CohortError(INVITATION_CLOSED)
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def invitation_for_token(token: str) -> Invitation | None:
    """The invitation a link's token belongs to, whatever its state (the page explains expired or used ones)."""
    if not token or len(token) > 100:
        return None
    return Invitation.objects.select_related("cohort").filter(token_hash=hash_token(token)).first()


def check_invitation(invitation: Invitation | None, *, user=None) -> None:
    """Raise CohortError with the reason the invitation cannot be accepted (by ``user``, if given) now."""
    if invitation is None:
        raise CohortError(INVITATION_NOT_FOUND)
    status = invitation.status
    if status == Invitation.Status.ACCEPTED:
        raise CohortError(INVITATION_USED)
    if status == Invitation.Status.REVOKED:
        raise CohortError(INVITATION_REVOKED)
    if status == Invitation.Status.EXPIRED:
        raise CohortError(INVITATION_EXPIRED)
    if not invitation.cohort.is_active:
        raise CohortError(COHORT_ARCHIVED)
    if user is not None and not email_belongs_to(user, invitation.email):
        raise CohortError(WRONG_ACCOUNT.format(email=invitation.email))


def email_belongs_to(user, email: str) -> bool:
    """True when ``email`` is the user's login or one of their verified addresses."""
    if (user.email or "").lower() == email.lower():
        return True
    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


def accept_invitation(*, invitation: Invitation, user) -> Membership:
    """``user`` accepts: they join the cohort and are enrolled in its courses; the token is used up."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().select_related("cohort").get(pk=invitation.pk)
        if invitation.accepted_by_id == user.pk:  # a second click on "Join": nothing more to do
            return Membership.objects.get(cohort=invitation.cohort, user=user)
        check_invitation(invitation, user=user)
        membership = add_member(cohort=invitation.cohort, user=user, source=Membership.Source.INVITATION)
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return membership


def _new_token(invitation: Invitation) -> str:
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    invitation.token_hash = hash_token(token)
    invitation.expires_at = now + timedelta(days=settings.ACADEMY_COHORT_INVITATION_DAYS)
    invitation.sent_at = now
    invitation.send_count = (invitation.send_count or 0) + 1
    return token


def _course_titles(cohort: Cohort) -> list[str]:
    return [cc.course.title for cc in cohort.cohort_courses.select_related("course")]


def _send_invitation(invitation: Invitation, *, token: str, request=None, courses: list[str], lead=None) -> None:
    context = {
        "invitation": invitation,
        "cohort": invitation.cohort,
        "courses": courses,
        "invited_by": lead,
        "url": absolute_url(reverse("cohorts:invitation", args=[token]), request=request),
        "service_name": settings.ACADEMY_SERVICE_NAME,
    }
    # One line whatever the names contain: a newline in a subject would be refused as header injection.
    subject = " ".join(render_to_string("cohorts/email/invitation_subject.txt", context).split())
    body = render_to_string("cohorts/email/invitation_body.txt", context)
    queue_email(EmailMessage(subject=subject, body=body, to=[invitation.email]))
