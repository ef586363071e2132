"""Delete my account: the password again, then the person is gone and the anonymous records still add up."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from academy.accounts.models import User
from academy.audit import actions
from academy.audit.models import AuditEntry
from academy.certificates import services as certificates
from academy.certificates.models import Certificate
from academy.cohorts.models import Invitation, Membership
from academy.privacy import services
from academy.privacy.forms import CONFIRM, WRONG_PASSWORD
from assessments.models import Attempt
from assessments.services.attempts import start_attempt
from courses.models import Enrolment, ItemCompletion, ModulePage
from tests.academy.accounts.factories import PASSWORD, UserFactory
from tests.academy.certificates.factories import issued_certificate
from tests.academy.cohorts.factories import InvitationFactory, make_cohort, make_lead
from tests.assessments.factories import make_question, make_quiz

pytestmark = pytest.mark.django_db
URL = reverse("privacy:delete_account")


@pytest.fixture
def learner():
    user = UserFactory(full_name="Lou Learner", email="lou@council.gov.uk")
    certificate = issued_certificate(user=user)
    course = certificate.enrolment.course
    user.cohort = make_cohort(courses=[course], leads=[make_lead(full_name="Lee Lead")])
    user.cohort.memberships.create(user=user)
    InvitationFactory(cohort=user.cohort, email="lou@council.gov.uk")
    module = ModulePage.objects.child_of(course).first()
    start_attempt(user=user, quiz=make_quiz(module, questions=[make_question("single_choice")]))
    user.certificate = certificate
    return user


def delete(client, user, **data):
    client.force_login(user)
    return client.post(URL, {"password": PASSWORD, "confirm": "on", **data})


def test_the_page_says_what_is_deleted_and_what_is_kept(client, learner):
    client.force_login(learner)
    html = client.get(URL).content.decode()
    assert "What we delete" in html and "What we keep, without your name" in html
    assert "Removed learner" in html


def test_a_wrong_password_deletes_nothing(client, learner):
    response = delete(client, learner, password="not-my-password")
    assert WRONG_PASSWORD in response.content.decode()
    assert User.objects.get(pk=learner.pk).erased_at is None


def test_without_the_confirmation_nothing_is_deleted(client, learner):
    response = delete(client, learner, confirm="")
    assert CONFIRM in response.content.decode()
    assert "<title>Error: " in response.content.decode()
    assert User.objects.get(pk=learner.pk).erased_at is None


def test_deleting_removes_the_person_and_signs_them_out(client, learner):
    response = delete(client, learner)
    assert response["Location"] == reverse("privacy:account_deleted")
    user = User.objects.get(pk=learner.pk)
    assert user.erased_at is not None
    assert (user.full_name, user.organisation, user.job_title) == ("Removed learner", "", "")
    assert "lou" not in user.email and user.email.endswith("@removed.invalid")
    assert not user.is_active and not user.has_usable_password()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not Attempt.objects.filter(user=user).exists()
    assert not Invitation.objects.filter(email="lou@council.gov.uk").exists()
    assert client.get(reverse("accounts_profile")).status_code == 302  # signed out
    assert not client.login(email="lou@council.gov.uk", password=PASSWORD)


def test_completions_and_memberships_stay_and_the_lead_sees_a_removed_learner(client, learner):
    enrolment = learner.certificate.enrolment
    completions = ItemCompletion.objects.filter(enrolment=enrolment).count()
    delete(client, learner)
    assert Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=False).exists()
    assert ItemCompletion.objects.filter(enrolment=enrolment).count() == completions
    assert Membership.objects.filter(cohort=learner.cohort, user_id=learner.pk).exists()
    client.force_login(learner.cohort.leads.get())
    html = client.get(reverse("cohorts:dashboard", args=[learner.cohort.pk])).content.decode()
    assert "Removed learner" in html and "Lou Learner" not in html


def test_the_certificate_still_verifies_without_the_holders_name_and_its_pdf_is_gone(client, learner):
    certificate = learner.certificate
    name = certificate.pdf.name
    delete(client, learner)
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID
    assert certificate.learner_name == "" and certificate.snapshot["holder_removed"] is True
    assert not certificate.pdf
    html = client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "holder’s details have been removed" in html and "Lou Learner" not in html
    assert name  # stored before


def test_the_pdf_file_is_deleted_after_commit(learner, django_capture_on_commit_callbacks):
    certificate = learner.certificate
    storage, name = certificate.pdf.storage, certificate.pdf.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_account(user=learner)
    assert not storage.exists(name)


def test_a_reissued_certificate_chain_survives_deletion(learner):
    admin = UserFactory(is_superuser=True, is_staff=True)
    replacement = certificates.reissue_certificate(certificate=learner.certificate, actor=admin, reason="Name")
    services.delete_account(user=learner)
    services.delete_account(user=User.objects.get(pk=learner.pk))  # twice: nothing breaks
    assert Certificate.objects.get(pk=replacement.pk).replaces_id == learner.certificate.pk
    assert set(Certificate.objects.values_list("snapshot__name", flat=True)) == {""}


def test_deleting_is_audited(client, learner):
    delete(client, learner)
    entry = AuditEntry.objects.get(action=actions.ACCOUNT_DELETED)
    assert entry.target_id == str(learner.pk) and entry.actor_id == learner.pk


def test_an_account_without_a_password_confirms_without_one(client):
    """Such an account signs in another way (single sign-on), and allauth's re-authentication guards the page: it
    asks for that sign-in again when the account has a way to give it (a password-less account here has none)."""
    user = UserFactory()
    user.set_unusable_password()
    user.save()
    client.force_login(user)
    assert 'name="password"' not in client.get(URL).content.decode()
    client.post(URL, {"confirm": "on"})
    assert User.objects.get(pk=user.pk).erased_at is not None
