"""My certificates, the owner-only downloads, and the facts certificates add to My learning."""

import json

import pytest
from django.urls import reverse

from academy.certificates import badges
from academy.certificates.selectors import enrolment_certificates
from courses.extensions import annotate_enrolments, navigation_items
from tests.academy.accounts.factories import UserFactory
from tests.academy.certificates.factories import complete_course, issued_certificate, pdf_bytes
from tests.courses.factories import EnrolmentFactory, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate():
    return issued_certificate(user=UserFactory(full_name="Morgan Ellis"))


@pytest.fixture
def owner_client(client, certificate):
    client.force_login(certificate.enrolment.user)
    return client


def owner_urls(code: str) -> list[str]:
    return [
        reverse("certificates:pdf", kwargs={"code": code}),
        reverse("certificates:badge", kwargs={"code": code}),
        reverse("certificates:badge_jwt", kwargs={"code": code}),
    ]


def test_my_certificates_needs_sign_in(client):
    response = client.get(reverse("certificates:list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_my_certificates_lists_only_my_certificates(owner_client, certificate):
    someone_else = issued_certificate(slug="someone-elses-course")
    page = owner_client.get(reverse("certificates:list")).content.decode()
    assert certificate.code in page
    assert certificate.course_title in page
    assert someone_else.code not in page
    assert reverse("certificates:pdf", kwargs={"code": certificate.code}) in page


def test_a_learner_without_certificates_is_told_how_to_earn_one(client):
    client.force_login(UserFactory())
    page = client.get(reverse("certificates:list")).content.decode()
    assert "You do not have any certificates yet" in page


def test_the_owner_downloads_the_pdf_exactly_as_stored(owner_client, certificate):
    response = owner_client.get(reverse("certificates:pdf", kwargs={"code": certificate.code}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert f'filename="certificate-{certificate.code}.pdf"' in response["Content-Disposition"]
    assert "private" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == pdf_bytes(certificate)


def test_the_owner_downloads_the_badge_as_json_and_as_a_signed_jwt(owner_client, certificate):
    json_response = owner_client.get(reverse("certificates:badge", kwargs={"code": certificate.code}))
    credential = json.loads(json_response.content)
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    jwt_response = owner_client.get(reverse("certificates:badge_jwt", kwargs={"code": certificate.code}))
    assert jwt_response["Content-Type"] == "application/vc+jwt"
    assert badges.verify_credential(jwt_response.content.decode()).credential == credential


@pytest.mark.parametrize("index", [0, 1, 2])
def test_another_learner_cannot_download_my_certificate_or_badge(client, certificate, index):
    client.force_login(UserFactory())
    response = client.get(owner_urls(certificate.code)[index])
    assert response.status_code == 404


@pytest.mark.parametrize("index", [0, 1, 2])
def test_downloads_need_sign_in(client, certificate, index):
    response = client.get(owner_urls(certificate.code)[index])
    assert response.status_code == 302


def test_another_learner_cannot_start_my_course_again_through_my_certificate(client, certificate):
    client.force_login(UserFactory())
    response = client.post(reverse("certificates:start_again", kwargs={"code": certificate.code}))
    assert response.status_code == 404


def test_signed_in_people_see_my_certificates_in_the_navigation(rf):
    request = rf.get("/")
    request.user = UserFactory()
    assert {"text": "My certificates", "href": "/certificates/", "prefix": "/certificates/"} in navigation_items(
        request
    )


def test_my_learning_gets_each_completed_enrolments_certificate_link(certificate):
    user = certificate.enrolment.user
    in_progress = EnrolmentFactory(user=user, course=make_course(modules=1, lessons=1, slug="unfinished"))
    facts = annotate_enrolments(user=user, enrolments=[certificate.enrolment, in_progress])
    assert facts[certificate.enrolment.pk]["certificate_code"] == certificate.code
    assert facts[certificate.enrolment.pk]["certificate_url"] == f"/certificates/{certificate.code}/certificate.pdf"
    assert "certificate_url" not in facts[in_progress.pk]


def test_the_my_learning_annotator_uses_one_query_however_many_enrolments(django_assert_num_queries):
    user = UserFactory()
    enrolments = [
        complete_course(user, make_course(modules=1, lessons=1, slug=f"course-{number}")) for number in range(4)
    ]
    for enrolment in enrolments:
        issued_certificate(user=user, course=enrolment.course)
    with django_assert_num_queries(1):
        facts = enrolment_certificates(user=user, enrolments=enrolments[:1])
    with django_assert_num_queries(1):
        facts = enrolment_certificates(user=user, enrolments=enrolments)
    assert len(facts) == 4


def test_my_certificates_uses_the_same_number_of_queries_for_one_or_many(client, django_assert_max_num_queries):
    user = UserFactory()
    client.force_login(user)
    issued_certificate(user=user, slug="first-course")
    client.get(reverse("certificates:list"))  # warm the session and site caches
    with django_assert_max_num_queries(50) as one:
        assert client.get(reverse("certificates:list")).status_code == 200
    for number in range(3):
        issued_certificate(user=user, slug=f"more-{number}")
    client.get(reverse("certificates:list"))  # new courses were published: the footer's links are read again once
    with django_assert_max_num_queries(50) as many:
        assert client.get(reverse("certificates:list")).status_code == 200
    assert len(many.captured_queries) == len(one.captured_queries)
