"""The accounts part of deleting an account: the user row becomes an anonymous placeholder.

The row is kept (not deleted) so that what other apps keep about the learning, anonymously, still adds up: a
cohort's lead sees "Removed learner" in the cohort's counts, and a certificate's verification record still exists.
Everything that names or reaches the person goes: name, organisation, job title, email addresses, password,
two-factor devices, linked sign-in providers, roles, emails waiting or logged.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.utils import timezone

from academy.accounts.models import OutgoingEmail, SentEmail

REMOVED_NAME = "Removed learner"
REMOVED_DOMAIN = "removed.invalid"  # a reserved name (RFC 2606): nothing is ever sent there


def addresses_of(user) -> set[str]:
    """Every email address the person has used here (lower case)."""
    addresses = {user.email.lower()}
    addresses.update(email.lower() for email in EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    return addresses


def sent_emails(*, user):
    """The log of emails sent to the person's addresses (subject and time), newest first."""
    return SentEmail.objects.filter(recipient__in=addresses_of(user))


def anonymise_user(*, user) -> None:
    """Turn the account into a placeholder no one can sign in to and nothing can name. Idempotent."""
    addresses = addresses_of(user)
    SentEmail.objects.filter(recipient__in=addresses).delete()
    for email in OutgoingEmail.objects.all().only("pk", "to").iterator():
        if {address.lower() for address in email.to} & addresses:
            email.delete()
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    if apps.is_installed("allauth.socialaccount"):
        apps.get_model("socialaccount", "SocialAccount").objects.filter(user=user).delete()
    if apps.is_installed("wagtail.users"):
        apps.get_model("wagtailusers", "UserProfile").objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    user.email = f"removed-{user.pk}@{REMOVED_DOMAIN}"
    user.full_name = REMOVED_NAME
    user.organisation = ""
    user.job_title = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()  # also ends every session: their hash no longer matches
    user.erased_at = user.erased_at or timezone.now()
    user.save()
