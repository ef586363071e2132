"""Every email the service sends names the service, links to its public address and reads as plain English.

Each email is produced the way the service produces it (a form post, a service call, a scheduled task), with the
public address set to somewhere other than the request's host, so a link built from the request would show.
"""

import base64
import re
from datetime import date, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from django.contrib.auth.models import Group
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from academy.accounts.adapter import AccountAdapter, email_context
from academy.certificates import services as certificates
from academy.certificates.models import Certificate
from academy.cohorts.csv_import import Invitee
from academy.cohorts.services import invitations, reminders
from academy.core.links import absolute_url, on_public_address
from assessments.services.attempts import save_responses, start_attempt, submit_attempt
from assessments.services.marking import GivenMark, mark_answers
from courses.models import ModulePage
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.academy.certificates.factories import CertificatePolicyFactory, issued_certificate
from tests.academy.cohorts.factories import add_learner, make_cohort, make_lead
from tests.assessments.factories import make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

BASE_URL = "https://learning.example.org"
SERVICE_NAME = "Northshire Commissioning Academy"
MONDAY = date(2026, 5, 4)
LINK = re.compile(r"https?://[^\s<>\"')]+")


@pytest.fixture(autouse=True)
def email_settings(settings, tmp_path):
    settings.ACADEMY_BASE_URL = BASE_URL
    settings.ACADEMY_SERVICE_NAME = SERVICE_NAME
    settings.ACCOUNT_EMAIL_SUBJECT_PREFIX = f"{SERVICE_NAME}: "
    settings.ACADEMY_COHORT_EXPORT_ROOT = tmp_path / "exports"
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "certificates")},
        },
    }
    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    settings.ACADEMY_BADGE_SIGNING_KEY = base64.b64encode(raw).decode()


def signed_in(client, user):
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    return client


def signup_data(email):
    return {
        "full_name": "Jo Bloggs",
        "organisation": "Northshire County Council",
        "job_title": "Commissioner",
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
    }


# Each scenario does what makes the service send one kind of email.


def verification(client):
    client.post(reverse("account_signup"), signup_data("jo.bloggs@northshire.gov.uk"))


def account_already_exists(client):
    UserFactory(email="taken@northshire.gov.uk")
    client.post(reverse("account_signup"), signup_data("taken@northshire.gov.uk"))


def password_reset(client):
    client.post(reverse("account_reset_password"), {"email": UserFactory().email})


def password_reset_for_unknown_account(client):
    client.post(reverse("account_reset_password"), {"email": "nobody@northshire.gov.uk"})


def email_change(client):
    signed_in(client, UserFactory())
    client.post(reverse("account_email"), {"action_add": "", "email": "new.address@northshire.gov.uk"})


def invitation(client):
    cohort = make_cohort(courses=[make_course(modules=1, lessons=1)], name="Spring cohort")
    lead = make_lead(full_name="Lee Lead")
    invitations.invite(
        cohort=cohort, invitees=[Invitee(row=1, email="new@northshire.gov.uk", name="Nia New")], invited_by=lead
    )


def deadline_reminder(client):
    cohort = make_cohort(courses=[make_course(modules=1, lessons=1)], deadline_date=MONDAY + timedelta(days=1))
    add_learner(cohort, full_name="Lou Learner")
    reminders.send_deadline_reminders(today=MONDAY)


def weekly_digest(client):
    cohort = make_cohort(
        courses=[make_course(modules=1, lessons=1)], leads=[make_lead(full_name="Lee Lead")], deadline_date=MONDAY
    )
    add_learner(cohort, full_name="Olive Overdue")
    reminders.send_weekly_digests(today=MONDAY + timedelta(days=2))


def certificate_issued(client):
    issued_certificate(user=UserFactory(full_name="Robin Patel"))


def certificate_reissued(client):
    certificate = issued_certificate(user=UserFactory(full_name="Robin Patel"))
    admin = UserFactory(is_superuser=True, is_staff=True)
    certificates.reissue_certificate(certificate=certificate, actor=admin, reason="Name corrected")


def recertification(client):
    course = make_course(modules=1, lessons=1, slug="renewable")
    CertificatePolicyFactory(course=course, validity_days=365, recertification_window_days=30)
    certificate = issued_certificate(user=UserFactory(full_name="Robin Patel"), course=course)
    valid_until = timezone.now() + timedelta(days=10)
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=valid_until, recertify_from=valid_until - timedelta(days=30)
    )
    certificates.send_recertification_reminders()


def marking_done(client):
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=0)).get()
    quiz = make_quiz(module, questions=[make_question("essay")], pass_mark=50)
    attempt = start_attempt(user=UserFactory(full_name="Robin Patel"), quiz=quiz)
    position = attempt.questions.get().position
    save_responses(attempt=attempt, responses={position: {"text": "Staff would be consulted."}})
    attempt = submit_attempt(attempt=attempt)
    marker = UserFactory()
    marker.groups.add(Group.objects.get(name="Markers"))
    mark_answers(attempt=attempt, marker=marker, given=[GivenMark(position, "3", "Good.")])


SCENARIOS = {
    "verification": (verification, "Confirm your email address"),
    "account already exists": (account_already_exists, "You already have an account"),
    "password reset": (password_reset, "Reset your password"),
    "password reset for an unknown account": (password_reset_for_unknown_account, "no account with this email"),
    "email change": (email_change, "Confirm your new email address"),
    "invitation": (invitation, "You are invited"),
    "deadline reminder": (deadline_reminder, "Reminder"),
    "weekly digest": (weekly_digest, "Your cohorts this week"),
    "certificate issued": (certificate_issued, "Your certificate for"),
    "certificate reissued": (certificate_reissued, "has been reissued"),
    "recertification": (recertification, "expires on"),
    "marking done": (marking_done, "have been marked"),
}


@pytest.fixture(params=list(SCENARIOS), ids=list(SCENARIOS))
def email(request, client, django_capture_on_commit_callbacks):
    """The one email of the scenario's kind that the service sent, rendered as it goes out."""
    scenario, subject = SCENARIOS[request.param]
    with django_capture_on_commit_callbacks(execute=True):
        scenario(client)
    sent = [message for message in mail.outbox if subject in message.subject]
    assert len(sent) == 1, [message.subject for message in mail.outbox]
    return sent[0]


def test_every_email_names_the_service(email):
    assert SERVICE_NAME in email.body


def test_every_email_links_to_the_public_address_and_nowhere_else(email):
    links = LINK.findall(email.body)
    assert f"{BASE_URL}/" in links
    assert all(link.startswith(f"{BASE_URL}/") for link in links), links


def test_no_email_has_an_empty_site_name_or_the_librarys_placeholders(email):
    text = email.subject + "\n" + email.body
    assert not re.search(r"from\s*!", text)
    assert "!" not in text
    assert not re.search(r"[ \t][.,!?:;]", text), "a name is missing before punctuation"
    assert "example.com" not in text
    assert "{{" not in text and "{%" not in text


def test_account_emails_carry_the_service_name_in_the_subject(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        verification(client)
    assert mail.outbox[0].subject == f"{SERVICE_NAME}: Confirm your email address"


def test_the_verification_email_greets_the_new_learner_by_name_and_links_to_confirm(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        verification(client)
    body = mail.outbox[0].body
    assert body.startswith("Hello Jo Bloggs,\n")
    assert re.search(rf"^{re.escape(BASE_URL)}/accounts/confirm-email/\S+/$", body, re.M)
    assert body.rstrip().endswith(f"{SERVICE_NAME}\n{BASE_URL}/")


@pytest.mark.parametrize(
    "template",
    [
        "account/email/password_changed",
        "account/email/password_set",
        "account/email/password_reset",
        "account/email/email_confirm",
        "mfa/email/totp_activated",
        "mfa/email/totp_deactivated",
        "mfa/email/recovery_codes_generated",
        "mfa/email/webauthn_added",
        "mfa/email/webauthn_removed",
    ],
)
def test_security_notifications_say_what_changed_and_what_to_do_if_it_was_not_you(template, rf):
    context = {"timestamp": timezone.now(), "ip": "192.0.2.10", "user_agent": "Firefox"}
    message = AccountAdapter(rf.get("/")).render_mail(
        template, "jo@northshire.gov.uk", email_context("jo@northshire.gov.uk", context)
    )
    assert SERVICE_NAME in message.body
    assert "If you did not make this change, reset your password now:" in message.body
    assert f"{BASE_URL}/accounts/password/reset/" in message.body
    assert "!" not in message.body and "example.com" not in message.body


def test_the_email_changed_notification_names_both_addresses(rf):
    context = {"timestamp": timezone.now(), "ip": "192.0.2.10", "from_email": "a@x.gov.uk", "to_email": "b@x.gov.uk"}
    message = AccountAdapter(rf.get("/")).render_mail(
        "account/email/email_changed", "a@x.gov.uk", email_context("a@x.gov.uk", context)
    )
    assert "changed from a@x.gov.uk to b@x.gov.uk" in message.body


def test_links_built_from_the_request_are_moved_to_the_public_address():
    assert on_public_address("http://testserver/accounts/confirm-email/abc/") == (
        f"{BASE_URL}/accounts/confirm-email/abc/"
    )
    assert on_public_address("http://evil.example.net/a/b/?next=%2Fx#top") == f"{BASE_URL}/a/b/?next=%2Fx#top"


def test_absolute_urls_are_on_the_public_address_whatever_the_slashes():
    assert absolute_url("/certificates/") == f"{BASE_URL}/certificates/"
    assert absolute_url("certificates/") == f"{BASE_URL}/certificates/"
    with override_settings(ACADEMY_BASE_URL=BASE_URL + "/"):
        assert absolute_url("/") == f"{BASE_URL}/"
    assert absolute_url("https://elsewhere.example.org/x") == "https://elsewhere.example.org/x"
