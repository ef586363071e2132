"""Accepting an invitation: single-use, expiring, revocable; signs the person up or links their account."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import timezone

from academy.accounts.models import User
from academy.cohorts.csv_import import Invitee
from academy.cohorts.models import Invitation, Membership
from academy.cohorts.services import invitations as services
from courses.models import Enrolment
from tests.academy.accounts.factories import PASSWORD, EmailAddressFactory, UserFactory
from tests.academy.cohorts.factories import InvitationFactory, make_cohort

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://[^/\s]+(/cohorts/invitations/[^/\s]+/)")


@pytest.fixture
def cohort(course, lead):
    return make_cohort(courses=[course], leads=[lead], deadline_days=30)


def invite(cohort, lead, email, mailoutbox, capture) -> str:
    """Invite ``email`` and return the path in the email it received."""
    with capture(execute=True):
        services.invite(cohort=cohort, invitees=[Invitee(row=1, email=email, name="Ivy Invited")], invited_by=lead)
    return LINK.search(mailoutbox[-1].body).group(1)


@pytest.fixture
def invited(cohort, lead, mailoutbox, django_capture_on_commit_callbacks):
    def make(email="ivy@council.gov.uk"):
        return invite(cohort, lead, email, mailoutbox, django_capture_on_commit_callbacks)

    return make


def test_only_a_hash_of_the_token_is_stored(invited):
    path = invited()
    token = path.rstrip("/").rsplit("/", 1)[1]
    invitation = Invitation.objects.get()
    assert token not in invitation.token_hash
    assert invitation.token_hash == services.hash_token(token)
    assert len(token) >= 40


def test_the_invitation_email_names_the_cohort_and_its_courses(invited, mailoutbox, cohort, course):
    invited()
    message = mailoutbox[-1]
    assert cohort.name in message.subject
    assert course.title in message.body
    assert "Lee Lead" in message.body


def test_a_signed_in_person_with_the_invited_address_joins_and_is_enrolled(client, invited, cohort, course):
    path = invited()
    user = UserFactory(email="ivy@council.gov.uk")
    client.force_login(user)
    assert "Join cohort" in client.get(path).content.decode()
    response = client.post(path)
    assert response["Location"] == reverse("cohorts:joined", args=[cohort.pk])
    assert Membership.objects.get(cohort=cohort, user=user).source == Membership.Source.INVITATION
    assert Enrolment.objects.get(user=user, course=course).source == Enrolment.Source.COHORT
    invitation = Invitation.objects.get()
    assert invitation.accepted_by == user and invitation.status == Invitation.Status.ACCEPTED


def test_the_link_works_once(client, invited, cohort):
    path = invited()
    first = UserFactory(email="ivy@council.gov.uk")
    client.force_login(first)
    client.post(path)
    client.post(path)  # a second click is harmless
    assert Membership.objects.filter(cohort=cohort).count() == 1
    intruder = UserFactory()
    EmailAddressFactory(user=intruder, email="ivy2@council.gov.uk")
    client.force_login(intruder)
    response = client.post(path)
    assert response.status_code == 200
    assert services.INVITATION_USED in response.content.decode()
    assert not Membership.objects.filter(user=intruder).exists()


def test_someone_signed_in_with_another_address_cannot_accept(client, invited, cohort):
    path = invited()
    other = UserFactory(email="someone.else@council.gov.uk")
    client.force_login(other)
    response = client.post(path)
    assert "This invitation was sent to ivy@council.gov.uk" in response.content.decode()
    assert not Membership.objects.exists()
    assert Invitation.objects.get().status == Invitation.Status.PENDING


def test_a_verified_second_address_counts_as_the_persons(client, invited, cohort):
    path = invited()
    user = UserFactory(email="ivy.work@council.gov.uk")
    EmailAddressFactory(user=user, email="ivy@council.gov.uk")
    client.force_login(user)
    client.post(path)
    assert Membership.objects.filter(cohort=cohort, user=user).exists()


def test_an_expired_invitation_cannot_be_accepted(client, invited):
    path = invited()
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    client.force_login(UserFactory(email="ivy@council.gov.uk"))
    response = client.post(path)
    assert services.INVITATION_EXPIRED in response.content.decode()
    assert not Membership.objects.exists()


def test_a_revoked_invitation_cannot_be_accepted(client, invited, lead, cohort):
    path = invited()
    client.force_login(lead)
    client.post(reverse("cohorts:invitation_revoke", args=[cohort.pk, Invitation.objects.get().pk]))
    assert Invitation.objects.get().status == Invitation.Status.REVOKED
    client.force_login(UserFactory(email="ivy@council.gov.uk"))
    response = client.post(path)
    assert services.INVITATION_REVOKED in response.content.decode()
    assert not Membership.objects.exists()


def test_resending_makes_a_new_link_and_the_old_one_stops_working(
    client, invited, lead, cohort, mailoutbox, django_capture_on_commit_callbacks
):
    old_path = invited()
    client.force_login(lead)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("cohorts:invitation_resend", args=[cohort.pk, Invitation.objects.get().pk]))
    new_path = LINK.search(mailoutbox[-1].body).group(1)
    assert new_path != old_path
    assert Invitation.objects.get().send_count == 2
    client.force_login(UserFactory(email="ivy@council.gov.uk"))
    assert services.INVITATION_NOT_FOUND in client.post(old_path).content.decode()
    client.post(new_path)
    assert Membership.objects.filter(cohort=cohort).count() == 1


def test_an_unknown_token_shows_a_clear_message(client):
    response = client.get("/cohorts/invitations/not-a-real-token/")
    assert response.status_code == 200
    assert services.INVITATION_NOT_FOUND in response.content.decode()


def test_an_archived_cohort_takes_no_one(client, invited, cohort):
    path = invited()
    cohort.status = "archived"
    cohort.save()
    client.force_login(UserFactory(email="ivy@council.gov.uk"))
    client.post(path)
    assert not Membership.objects.exists()


def test_a_new_person_signs_up_through_the_link_and_joins_with_a_verified_address(client, invited, cohort, course):
    path = invited()
    page = client.get(path).content.decode()
    assert "Create an account and join" in page and "Sign in with ivy@council.gov.uk" in page
    response = client.get(path + "create-account/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/signup/?")
    assert "email=ivy%40council.gov.uk" in response["Location"]
    response = client.post(
        response["Location"],
        {
            "full_name": "Ivy Invited",
            "organisation": "Northshire County Council",
            "email": "ivy@council.gov.uk",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    user = User.objects.get(email="ivy@council.gov.uk")
    assert EmailAddress.objects.get(user=user).verified  # they proved the mailbox by following the link
    assert response.status_code == 302 and response["Location"] == reverse("cohorts:joined", args=[cohort.pk])
    assert Membership.objects.filter(cohort=cohort, user=user).exists()
    assert Enrolment.objects.filter(user=user, course=course, source=Enrolment.Source.COHORT).exists()
    assert Invitation.objects.get().accepted_by == user
    assert client.get(response["Location"]).status_code == 200  # signed in straight away


def test_sign_up_through_the_link_still_applies_the_domain_rules(client, cohort, lead, settings):
    token = "t" * 43
    InvitationFactory(
        cohort=cohort, email="outsider@gmail.com", token=token, expires_at=timezone.now() + timedelta(days=3)
    )
    settings.ACADEMY_ALLOWED_EMAIL_DOMAINS = ["council.gov.uk"]
    location = client.get(f"/cohorts/invitations/{token}/create-account/")["Location"]
    response = client.post(
        location,
        {
            "full_name": "Out Sider",
            "organisation": "Elsewhere",
            "email": "outsider@gmail.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 200
    assert not User.objects.filter(email="outsider@gmail.com").exists()
    assert not Membership.objects.exists()


def test_someone_with_an_account_is_asked_to_sign_in_and_then_joins(client, invited, cohort):
    path = invited()
    UserFactory(email="ivy@council.gov.uk")
    response = client.get(path + "create-account/")
    assert response["Location"].startswith("/accounts/login/?next=")
    response = client.post(response["Location"], {"login": "ivy@council.gov.uk", "password": PASSWORD}, follow=False)
    assert response["Location"] == path
    client.post(path)
    assert Membership.objects.filter(cohort=cohort).exists()


def test_a_learner_joins_with_a_join_code(client, cohort, lead, course, learner):
    client.force_login(lead)
    client.post(reverse("cohorts:join_code", args=[cohort.pk]), {"action": "enable"})
    cohort.refresh_from_db()
    assert cohort.join_code and len(cohort.join_code) == 8
    client.force_login(learner)
    typed = f"{cohort.join_code[:4].lower()}-{cohort.join_code[4:]}"
    response = client.post(reverse("cohorts:join"), {"code": typed})
    assert response["Location"] == reverse("cohorts:joined", args=[cohort.pk])
    assert Membership.objects.get(user=learner).source == Membership.Source.JOIN_CODE
    assert Enrolment.objects.filter(user=learner, course=course).exists()


def test_a_wrong_join_code_is_an_error_and_attempts_are_limited(client, learner):
    client.force_login(learner)
    from academy.cohorts.services.cohorts import JOIN_CODE_NOT_FOUND
    from academy.cohorts.views.learner import JOIN_ATTEMPTS, TOO_MANY_ATTEMPTS

    for _ in range(JOIN_ATTEMPTS):
        response = client.post(reverse("cohorts:join"), {"code": "NOPE-NOPE"})
        assert response.context["form"].errors["code"] == [JOIN_CODE_NOT_FOUND]
    response = client.post(reverse("cohorts:join"), {"code": "NOPE-NOPE"})
    assert response.context["form"].errors["code"] == [TOO_MANY_ATTEMPTS]


def test_turning_the_join_code_off_stops_it_working(client, cohort, lead, learner):
    client.force_login(lead)
    client.post(reverse("cohorts:join_code", args=[cohort.pk]), {"action": "enable"})
    cohort.refresh_from_db()
    code = cohort.join_code
    client.post(reverse("cohorts:join_code", args=[cohort.pk]), {"action": "disable"})
    client.force_login(learner)
    client.post(reverse("cohorts:join"), {"code": code})
    assert not Membership.objects.exists()
