"""Two-factor authentication for staff: administrators, course authors, reviewers, markers and cohort leads.

With ACADEMY_REQUIRE_STAFF_MFA on, a member of staff who has not turned on two-factor authentication (and did not
sign in through an identity provider marked as multi-factor) is sent to turn it on before any other page works:
every page, not a list of staff areas, so a new staff page cannot be forgotten. Account pages (sign out, the
two-factor set-up itself, email confirmation) stay open. Learners may turn it on but are never made to.
"""

import time
from collections.abc import Callable

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

SSO_MFA_SESSION_KEY = "academy_sso_mfa"  # the identity provider (slug) whose sign-in counted as two-factor
VERDICT_SESSION_KEY = "academy_staff_mfa"  # "ok", or [time, "learner"] for a short while
REQUIRED_SESSION_KEY = "academy_staff_mfa_required"  # shown on the set-up page: why the person is there
LEARNER_RECHECK_SECONDS = 60  # a learner made staff mid-session is asked within a minute, on staff areas at once
STAFF_AREAS = ("/admin/", "/django-admin/", "/cohorts/")
OPEN_PREFIXES = ("/accounts/", "/static/", "/media/", "/health", "/favicon", "/_errors/")

_staff_checks: list[Callable] = []


def register_staff_check(check: Callable) -> None:
    """Let a higher app say who else is staff (a person who leads a cohort, say): ``check(user) -> bool``."""
    if check not in _staff_checks:
        _staff_checks.append(check)


def is_staff_member(user) -> bool:
    """Administrators (superusers and Django admin users), anyone with a staff permission, and registered checks."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser or user.is_staff:
        return True
    if any(user.has_perm(permission) for permission in settings.ACADEMY_STAFF_PERMISSIONS):
        return True
    return any(check(user) for check in _staff_checks)


def has_two_factor(request) -> bool:
    """Signed in through a multi-factor identity provider in this session, or two-factor authentication is on."""
    if request.session.get(SSO_MFA_SESSION_KEY):
        return True
    return is_mfa_enabled(request.user, [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN])


def needs_two_factor(request) -> bool:
    """Whether this request must first go to the two-factor set-up. Asks the database at most once a minute for a
    learner, and once a session for staff with two-factor on."""
    session = request.session
    verdict = session.get(VERDICT_SESSION_KEY)
    if verdict == "ok":
        return False
    in_staff_area = request.path.startswith(STAFF_AREAS)
    if isinstance(verdict, list) and not in_staff_area and time.time() - verdict[0] < LEARNER_RECHECK_SECONDS:
        return False
    if not is_staff_member(request.user):
        session[VERDICT_SESSION_KEY] = [time.time(), "learner"]
        return False
    if has_two_factor(request):
        session[VERDICT_SESSION_KEY] = "ok"
        session.pop(REQUIRED_SESSION_KEY, None)
        return False
    return True


class StaffTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.ACADEMY_REQUIRE_STAFF_MFA
            and request.user.is_authenticated
            and not request.path.startswith(OPEN_PREFIXES)
            and needs_two_factor(request)
        ):
            request.session[REQUIRED_SESSION_KEY] = True
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)


def remember_sso_mfa(*, request, provider_slug: str) -> None:
    """Note in the session that this sign-in was multi-factor (the provider is marked so)."""
    request.session[SSO_MFA_SESSION_KEY] = provider_slug
    request.session.pop(VERDICT_SESSION_KEY, None)
