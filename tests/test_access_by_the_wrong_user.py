"""URLs that take an id, code or token, visited by the wrong person: another learner, another cohort's lead, someone
outside a private course, or an anonymous visitor. They get 403, 404 or the sign-in page, and nothing changes.

These fill the gaps left by the per-app tests (tests/academy/cohorts/test_permissions.py, tests/assessments/
test_attempt_views.py, tests/assessments/test_marking.py, tests/academy/certificates/test_pages.py, tests/courses/test_my_learning.py and
tests/courses/test_progress_pages.py), so that every such URL has a wrong-user test somewhere.
"""

import base64
from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from academy.certificates.models import Certificate
from academy.cohorts.models import CohortCourse, Export, Invitation, Membership
from academy.cohorts.receivers import SESSION_KEY
from academy.cohorts.services.invitations import hash_token
from assessments.models import Attempt, AttemptQuestion
from assessments.services.attempts import start_attempt
from courses.models import Enrolment, ItemCompletion, ModulePage
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import issued_certificate
from tests.academy.cohorts.factories import ExportFactory, InvitationFactory, add_learner, make_cohort, make_lead
from tests.assessments.factories import make_question, make_quiz
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db

TOKEN = "a-single-use-invitation-token-of-forty-characters"
SIGN_IN = "/accounts/login/"
VERIFIED_EMAIL = "account_verified_email"  # where allauth keeps an address it will treat as verified at sign-up


def sent_to_sign_in(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(SIGN_IN)


# Quizzes ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def quiz():
    module = ModulePage.objects.child_of(make_course(modules=1, lessons=1, slug="quiz-course")).get()
    return make_quiz(module, questions=[make_question("single_choice"), make_question("true_false")])


@pytest.fixture
def open_attempt(quiz):
    return start_attempt(user=UserFactory(full_name="Owen Owner"), quiz=quiz)


def make_private(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Northshire cohort only"))


def attempt_url(name: str, attempt: Attempt) -> str:
    args = [attempt.pk, 1] if name == "attempt_page" else [attempt.pk]
    return reverse(f"assessments:{name}", args=args)


def test_a_learner_outside_a_private_courses_groups_cannot_start_its_quiz(client, quiz):
    make_private(quiz.get_parent().get_parent())
    client.force_login(UserFactory())
    response = client.post(reverse("assessments:start", args=[quiz.pk]))
    assert response.status_code == 404
    assert not Attempt.objects.exists()


def test_a_learner_in_a_private_courses_group_can_start_its_quiz(client, quiz):
    make_private(quiz.get_parent().get_parent())
    member = UserFactory()
    member.groups.add(Group.objects.get(name="Northshire cohort only"))
    client.force_login(member)
    response = client.post(reverse("assessments:start", args=[quiz.pk]))
    assert response.status_code == 302
    assert Attempt.objects.filter(user=member, quiz=quiz).exists()


def test_an_unpublished_quiz_cannot_be_started(client, quiz):
    quiz.unpublish()
    client.force_login(UserFactory())
    assert client.post(reverse("assessments:start", args=[quiz.pk])).status_code == 404
    assert not Attempt.objects.exists()


def test_a_quiz_left_live_under_an_unpublished_module_cannot_be_started(client, quiz):
    module = quiz.get_parent()
    module.unpublish()
    quiz.refresh_from_db()
    if not quiz.live:  # Wagtail unpublished it with its module
        quiz.save_revision().publish()
    client.force_login(UserFactory())
    assert client.post(reverse("assessments:start", args=[quiz.pk])).status_code == 404
    assert not Attempt.objects.exists()


def test_a_learner_cannot_mark_a_quiz_complete_without_passing_it(client, quiz):
    learner = UserFactory()
    client.force_login(learner)
    response = client.post(reverse("learning:complete_item", args=[quiz.pk]))
    assert response.status_code == 404
    assert not ItemCompletion.objects.filter(item_id=quiz.pk).exists()


@pytest.mark.parametrize(
    ("name", "method"),
    [("attempt_page", "get"), ("attempt_page", "post"), ("check", "get"), ("result", "get"), ("autosave", "post")],
)
def test_anonymous_visitors_are_sent_to_sign_in_from_every_attempt_url(client, open_attempt, name, method):
    response = getattr(client, method)(attempt_url(name, open_attempt), {"page": 1, "q1": "a"})
    assert sent_to_sign_in(response)
    assert not AttemptQuestion.objects.filter(attempt=open_attempt, response__isnull=False).exists()


def test_an_anonymous_submit_is_sent_to_sign_in_and_leaves_the_attempt_open(client, open_attempt):
    assert sent_to_sign_in(client.post(attempt_url("submit", open_attempt)))
    open_attempt.refresh_from_db()
    assert open_attempt.is_open and open_attempt.submitted_at is None


def test_another_learner_cannot_save_answers_into_my_attempt_by_posting_its_page(client, open_attempt):
    client.force_login(UserFactory())
    response = client.post(attempt_url("attempt_page", open_attempt), {"q1": "a", "q2": "true"})
    assert response.status_code == 404
    assert not AttemptQuestion.objects.filter(attempt=open_attempt, response__isnull=False).exists()


def test_anonymous_visitors_are_sent_to_sign_in_from_the_quiz_report(client, quiz):
    assert sent_to_sign_in(client.get(reverse("assessments:report", args=[quiz.pk])))


def test_a_cohort_lead_who_cannot_edit_the_quiz_cannot_see_its_report(client, quiz):
    client.force_login(make_lead())
    assert client.get(reverse("assessments:report", args=[quiz.pk])).status_code == 403


def test_a_learner_cannot_download_the_quiz_report_as_csv(client, quiz):
    client.force_login(UserFactory())
    response = client.get(reverse("assessments:report", args=[quiz.pk]), {"format": "csv"})
    assert response.status_code == 403
    assert "text/csv" not in response.get("Content-Type", "")


# Certificates ----------------------------------------------------------------------------------------------------


@pytest.fixture
def _certificate_settings(settings, tmp_path):
    """PDFs in a temporary directory and a throwaway signing key, as tests/academy/certificates/conftest.py sets them."""
    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "certificates")},
        },
    }
    settings.ACADEMY_BADGE_SIGNING_KEY = base64.b64encode(raw).decode()
    settings.ACADEMY_BASE_URL = "https://academy.example.org"


@pytest.fixture
def renewable_certificate(_certificate_settings):
    """A certificate whose renewal window is open, so only ownership stands between a visitor and starting again."""
    certificate = issued_certificate(user=UserFactory(full_name="Morgan Ellis"))
    valid_until = timezone.now() + timedelta(days=10)
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=valid_until, recertify_from=valid_until - timedelta(days=30)
    )
    certificate.refresh_from_db()
    return certificate


def owners_enrolments_are_untouched(certificate) -> bool:
    enrolments = Enrolment.objects.filter(user=certificate.enrolment.user)
    return enrolments.count() == 1 and enrolments.get().is_current


def test_another_learner_cannot_renew_my_certificate_even_when_its_window_is_open(client, renewable_certificate):
    intruder = UserFactory()
    client.force_login(intruder)
    response = client.post(reverse("certificates:start_again", kwargs={"code": renewable_certificate.code}))
    assert response.status_code == 404
    assert owners_enrolments_are_untouched(renewable_certificate)
    assert not Enrolment.objects.filter(user=intruder).exists()


def test_an_anonymous_renewal_is_sent_to_sign_in_and_changes_nothing(client, renewable_certificate):
    response = client.post(reverse("certificates:start_again", kwargs={"code": renewable_certificate.code}))
    assert sent_to_sign_in(response)
    assert owners_enrolments_are_untouched(renewable_certificate)


def test_the_achievement_of_an_unpublished_course_is_not_found(client):
    course = make_course(modules=1, lessons=1, slug="withdrawn-course")
    course.unpublish()
    assert client.get(reverse("certificates:achievement", args=[course.pk])).status_code == 404


# Cohorts: the lead's URLs with ids from someone else's cohort ---------------------------------------------------


@pytest.fixture
def two_cohorts():
    """Cohort A (led by lead_a, on course A) and cohort B (led by lead_b, on course B)."""
    course_a = make_course(modules=1, lessons=1, slug="course-a")
    course_b = make_course(modules=1, lessons=1, slug="course-b")
    lead_a, lead_b = make_lead(full_name="Ana Lead"), make_lead(full_name="Ben Lead")
    cohort_a = make_cohort(courses=[course_a], leads=[lead_a], name="Cohort A", deadline_days=30)
    cohort_b = make_cohort(courses=[course_b], leads=[lead_b], name="Cohort B")
    return {"a": cohort_a, "b": cohort_b, "course_a": course_a, "course_b": course_b, "lead_b": lead_b}


def test_a_lead_cannot_set_another_cohorts_deadline_through_their_own_cohort(client, two_cohorts):
    client.force_login(two_cohorts["lead_b"])
    url = reverse("cohorts:deadline", args=[two_cohorts["b"].pk, two_cohorts["course_a"].pk])
    response = client.post(url, {"kind": "days", "deadline_days": "1"})
    assert response.status_code == 404
    assert CohortCourse.objects.get(cohort=two_cohorts["a"]).deadline_days == 30


def test_a_lead_cannot_export_another_cohorts_course_through_their_own_cohort(client, two_cohorts):
    client.force_login(two_cohorts["lead_b"])
    url = reverse("cohorts:export_create", args=[two_cohorts["b"].pk])
    response = client.post(url, {"course": str(two_cohorts["course_a"].pk), "kind": "dashboard", "format": "csv"})
    assert response.status_code == 404
    assert not Export.objects.exists()


def test_a_lead_cannot_read_another_cohorts_export_status_through_their_own_cohort(client, two_cohorts):
    export = ExportFactory(cohort=two_cohorts["a"], course=two_cohorts["course_a"])
    client.force_login(two_cohorts["lead_b"])
    assert client.get(reverse("cohorts:export_status", args=[two_cohorts["b"].pk, export.pk])).status_code == 404


def test_a_lead_cannot_see_another_cohorts_invitation_on_their_own_revoke_page(client, two_cohorts):
    invitation = InvitationFactory(cohort=two_cohorts["a"], email="private.person@council.gov.uk", token=TOKEN)
    client.force_login(two_cohorts["lead_b"])
    response = client.get(reverse("cohorts:invitation_revoke", args=[two_cohorts["b"].pk, invitation.pk]))
    assert response.status_code == 404
    assert "private.person@council.gov.uk" not in response.content.decode()


# Cohorts: the learner's side -------------------------------------------------------------------------------------


@pytest.fixture
def cohort():
    lead = make_lead(full_name="Lee Lead")
    return make_cohort(courses=[make_course(modules=1, lessons=1, slug="cohort-course")], leads=[lead])


@pytest.fixture
def invitation(cohort):
    return Invitation.objects.create(
        cohort=cohort,
        email="ivy@council.gov.uk",
        token_hash=hash_token(TOKEN),
        expires_at=timezone.now() + timedelta(days=7),
    )


def test_a_learner_who_is_not_in_the_cohort_cannot_open_its_joined_page(client, cohort):
    add_learner(cohort)
    client.force_login(UserFactory())
    assert client.get(reverse("cohorts:joined", args=[cohort.pk])).status_code == 404


def test_the_cohorts_own_lead_who_is_not_a_member_gets_no_joined_page(client, cohort):
    client.force_login(cohort.leads.get())
    assert client.get(reverse("cohorts:joined", args=[cohort.pk])).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in_from_a_joined_page(client, cohort):
    assert sent_to_sign_in(client.get(reverse("cohorts:joined", args=[cohort.pk])))


def test_an_anonymous_post_to_accept_an_invitation_is_sent_to_sign_in_and_joins_nobody(client, invitation):
    response = client.post(reverse("cohorts:invitation", args=[TOKEN]))
    assert sent_to_sign_in(response)
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.PENDING
    assert not Membership.objects.exists()


def test_someone_already_signed_in_cannot_use_an_invitations_sign_up_link(client, invitation):
    client.force_login(UserFactory(email="someone.else@council.gov.uk"))
    response = client.get(reverse("cohorts:invitation_signup", args=[TOKEN]))
    assert response["Location"] == reverse("cohorts:invitation", args=[TOKEN])
    assert SESSION_KEY not in client.session and VERIFIED_EMAIL not in client.session
    assert not Membership.objects.exists()


def test_an_unknown_token_on_the_sign_up_link_marks_no_address_verified(client, invitation):
    response = client.get(reverse("cohorts:invitation_signup", args=["not-a-real-token"]))
    assert response["Location"] == reverse("cohorts:invitation", args=["not-a-real-token"])
    assert SESSION_KEY not in client.session
    assert VERIFIED_EMAIL not in client.session


def test_a_used_invitations_sign_up_link_marks_no_address_verified(client, invitation):
    Invitation.objects.filter(pk=invitation.pk).update(
        accepted_at=timezone.now(), accepted_by=UserFactory(email="ivy@council.gov.uk")
    )
    response = client.get(reverse("cohorts:invitation_signup", args=[TOKEN]))
    assert response["Location"] == reverse("cohorts:invitation", args=[TOKEN])
    assert SESSION_KEY not in client.session and VERIFIED_EMAIL not in client.session


def test_a_revoked_invitations_sign_up_link_marks_no_address_verified(client, invitation):
    Invitation.objects.filter(pk=invitation.pk).update(revoked_at=timezone.now())
    response = client.get(reverse("cohorts:invitation_signup", args=[TOKEN]))
    assert response["Location"] == reverse("cohorts:invitation", args=[TOKEN])
    assert SESSION_KEY not in client.session and VERIFIED_EMAIL not in client.session


def test_a_valid_sign_up_link_marks_only_the_invited_address_verified(client, invitation):
    """The control for the tests above: the session key they check is the one the link really sets."""
    client.get(reverse("cohorts:invitation_signup", args=[TOKEN]))
    assert client.session[VERIFIED_EMAIL] == "ivy@council.gov.uk"
    assert client.session[SESSION_KEY] == invitation.token_hash
