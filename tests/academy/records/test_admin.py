"""The admin: LRS endpoints with their delivery health (credentials never shown back), deliveries per status and
endpoint with the last error, in a fixed number of queries."""

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.records import services, statements
from academy.records.models import Delivery, LRSEndpoint
from tests.academy.accounts.factories import UserFactory

ENDPOINTS = reverse("admin:records_lrsendpoint_changelist")
DELIVERIES = reverse("admin:records_delivery_changelist")


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def endpoint(db, monkeypatch):
    monkeypatch.setattr(services, "queue_delivery", lambda endpoint_id: None)
    return LRSEndpoint.objects.create(
        name="HR", url="https://lrs.example.org/xAPI/", username="key", password="s3cret!"
    )


def record(count: int, *, status=Delivery.Status.PENDING, error=""):
    for _ in range(count):
        learner = UserFactory()
        statement = statements.plan_submitted(
            user=learner, plan_id="https://a.example/p/1/", title="P", submitted_at=timezone.now()
        )
        services.record(statement, user=learner)
    Delivery.objects.filter(status=Delivery.Status.PENDING).update(status=status, last_error=error)


def test_the_endpoint_list_shows_counts_per_status_and_the_last_error_in_fixed_queries(
    admin_client, endpoint, django_assert_max_num_queries
):
    for n in range(5):
        LRSEndpoint.objects.create(name=f"Other {n}", url=f"https://lrs{n}.example.org/xAPI/")
    record(3, status=Delivery.Status.DELIVERED)
    record(2, status=Delivery.Status.FAILED, error="422: missing actor")
    record(1)
    LRSEndpoint.objects.filter(pk=endpoint.pk).update(last_error="unreachable: refused", retry_after=timezone.now())
    with django_assert_max_num_queries(8):
        response = admin_client.get(ENDPOINTS)
    html = response.content.decode()
    assert response.status_code == 200
    assert "unreachable: refused" in html
    row = html[html.index('field-name"><a') : html.index("Other 0")]
    assert ">1<" in row and ">2<" in row and ">3<" in row


def test_the_delivery_list_filters_by_status_and_endpoint_in_fixed_queries(
    admin_client, endpoint, django_assert_max_num_queries
):
    record(30, status=Delivery.Status.FAILED, error="422: missing actor")
    record(5)
    with django_assert_max_num_queries(10):
        response = admin_client.get(DELIVERIES, {"status__exact": "failed", "endpoint__id__exact": endpoint.pk})
    assert response.status_code == 200
    assert response.content.decode().count("422: missing actor") == 30


def test_the_secret_is_never_shown_back_and_an_empty_field_keeps_it(admin_client, endpoint):
    change = reverse("admin:records_lrsendpoint_change", args=[endpoint.pk])
    page = admin_client.get(change).content.decode()
    assert "s3cret!" not in page
    data = {
        "name": "HR renamed",
        "url": endpoint.url,
        "username": "key",
        "password": "",
        "organisations": "",
        "enabled": "on",
    }
    assert admin_client.post(change, data).status_code == 302
    endpoint.refresh_from_db()
    assert (endpoint.name, endpoint.password) == ("HR renamed", "s3cret!")
    admin_client.post(change, {**data, "password": "new secret"})
    endpoint.refresh_from_db()
    assert endpoint.password == "new secret"


def test_an_endpoint_address_must_be_http_or_https(admin_client, endpoint):
    add = reverse("admin:records_lrsendpoint_add")
    response = admin_client.post(add, {"name": "Bad", "url": "file:///etc/passwd", "enabled": "on"})
    assert response.status_code == 200 and not LRSEndpoint.objects.filter(name="Bad").exists()


def test_send_again_puts_rejected_statements_back_to_pending(admin_client, endpoint):
    record(2, status=Delivery.Status.FAILED, error="422")
    ids = list(Delivery.objects.values_list("pk", flat=True))
    admin_client.post(DELIVERIES, {"action": "send_again", "_selected_action": ids})
    assert set(Delivery.objects.values_list("status", flat=True)) == {Delivery.Status.PENDING}


@pytest.mark.parametrize("url", [ENDPOINTS, DELIVERIES])
def test_people_who_are_not_staff_cannot_see_the_lists(client, db, url):
    client.force_login(UserFactory())
    assert client.get(url).status_code == 302
