"""The audit log: what is recorded, that nothing can change it, and the administrators' search and export."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import DatabaseError, connection, transaction
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from academy.audit import actions
from academy.audit.models import AppendOnlyError, AuditEntry
from academy.audit.services import Target, purge_entries_older_than, record
from tests.academy.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_user():
    return UserFactory(email="ada.admin@council.gov.uk", is_superuser=True, is_staff=True)


def entries(action: str):
    return list(AuditEntry.objects.filter(action=action))


def test_an_entry_keeps_who_what_target_and_address(admin_user):
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7")
    learner = UserFactory(full_name="Lou Learner")
    entry = record(actions.ROLES_CHANGED, actor=admin_user, request=request, target=learner, detail={"x": 1})
    entry.refresh_from_db()
    assert (entry.actor_id, entry.actor_email, entry.ip_address) == (admin_user.pk, admin_user.email, "203.0.113.7")
    assert (entry.target_type, entry.target_id, entry.target_label) == ("accounts.user", str(learner.pk), "Lou Learner")
    assert entry.detail == {"x": 1}


def test_an_entry_outlives_its_actor_and_keeps_the_email_as_it_was(admin_user):
    record(actions.AUDIT_EXPORTED, actor=admin_user, target=Target(type="file", label="x.csv"))
    admin_user.delete()
    entry = AuditEntry.objects.get()
    assert entry.actor_email == "ada.admin@council.gov.uk"


def test_an_entry_cannot_be_changed_or_deleted_through_the_model(admin_user):
    entry = record(actions.STAFF_SIGN_IN, actor=admin_user)
    entry.action = actions.ACCOUNT_DELETED
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).update(action="x")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get().action == actions.STAFF_SIGN_IN


@pytest.mark.postgres
def test_postgresql_refuses_an_update_or_delete_from_any_client(admin_user):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    entry = record(actions.STAFF_SIGN_IN, actor=admin_user)
    for statement in ("UPDATE audit_auditentry SET action = 'x'", "DELETE FROM audit_auditentry"):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
    assert AuditEntry.objects.get(pk=entry.pk).action == actions.STAFF_SIGN_IN


def test_retention_removes_only_entries_older_than_the_cutoff(admin_user):
    AuditEntry.objects.create(action=actions.STAFF_SIGN_IN, created_at=timezone.now() - timedelta(days=400))
    recent = record(actions.STAFF_SIGN_IN, actor=admin_user)
    assert purge_entries_older_than(timezone.now() - timedelta(days=365)) == 1
    assert list(AuditEntry.objects.values_list("pk", flat=True)) == [recent.pk]


def test_a_staff_sign_in_is_recorded_and_a_learners_is_not(client, admin_user):
    client.force_login(UserFactory())
    assert entries(actions.STAFF_SIGN_IN) == []
    client.force_login(admin_user)
    assert [entry.actor_id for entry in entries(actions.STAFF_SIGN_IN)] == [admin_user.pk]


def test_adding_and_removing_a_group_is_recorded_with_the_admin_who_did_it(client, admin_user):
    learner = UserFactory()
    group = Group.objects.create(name="Audit test group")
    learner.groups.add(group)
    learner.groups.remove(group)
    details = [entry.detail for entry in entries(actions.ROLES_CHANGED)]
    assert {"groups_added": ["Audit test group"]} in details
    assert {"groups_removed": ["Audit test group"]} in details


def test_making_someone_a_superuser_is_recorded():
    learner = UserFactory()
    learner.is_superuser = True
    learner.save()
    [entry] = entries(actions.ROLES_CHANGED)
    assert entry.detail == {"flags": {"is_superuser": True}}
    assert entry.target_id == str(learner.pk)


def test_a_sign_in_that_updates_only_last_login_records_no_role_change(client):
    client.force_login(UserFactory())
    assert entries(actions.ROLES_CHANGED) == []


def test_a_role_change_in_wagtails_user_admin_names_the_administrator(client, admin_user):
    learner = UserFactory(full_name="Lou Learner")
    group = Group.objects.get(name="Editors")
    client.force_login(admin_user)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[learner.pk]),
        {
            "email": learner.email,
            "full_name": learner.full_name,
            "is_active": "on",
            "groups": [group.pk],
            "password1": "",
            "password2": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    [entry] = entries(actions.ROLES_CHANGED)
    assert entry.actor_id == admin_user.pk
    assert entry.detail == {"groups_added": ["Editors"]}


# The administrators' page --------------------------------------------------------------------------------------


@pytest.fixture
def some_entries(admin_user):
    other = UserFactory(email="bob.builder@council.gov.uk")
    record(actions.STAFF_SIGN_IN, actor=admin_user)
    record(actions.CERTIFICATE_REVOKED, actor=admin_user, target=Target("certificates.certificate", "9", "CA-1"))
    record(actions.COHORT_EXPORTED, actor=other, target=Target("cohorts.cohort", "3", '=HYPERLINK("x")'))


def test_only_administrators_see_the_audit_log(client, some_entries):
    client.force_login(UserFactory())
    assert client.get(reverse("audit_log")).status_code in {302, 403}
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(reverse("audit_log")).status_code in {302, 403}


def test_administrators_search_by_actor_action_text_and_dates(
    client, admin_user, some_entries, django_assert_max_num_queries
):
    client.force_login(admin_user)
    url = reverse("audit_log")
    with django_assert_max_num_queries(20):
        response = client.get(url, {"actor": "bob.builder"})
    assert [e.action for e in response.context["page"]] == [actions.COHORT_EXPORTED]
    response = client.get(url, {"action": actions.CERTIFICATE_REVOKED})
    assert [e.target_label for e in response.context["page"]] == ["CA-1"]
    response = client.get(url, {"text": "CA-1"})
    assert len(response.context["page"]) == 1
    today = timezone.localdate()
    response = client.get(url, {"date_from": (today + timedelta(days=1)).isoformat()})
    assert len(response.context["page"]) == 0
    response = client.get(url, {"date_from": today.isoformat(), "date_to": today.isoformat(), "text": "'\"<>%_\\"})
    assert response.status_code == 200


def test_the_csv_export_follows_the_filters_neutralises_formulas_and_is_itself_recorded(
    client, admin_user, some_entries
):
    client.force_login(admin_user)
    response = client.get(reverse("audit_log"), {"actor": "bob.builder", "export": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "When"
    assert len(rows) == 2
    assert rows[1][8] == '\'=HYPERLINK("x")'
    [entry] = entries(actions.AUDIT_EXPORTED)
    assert entry.actor_id == admin_user.pk
    assert entry.detail["format"] == "csv"


def test_the_xlsx_export_has_every_entry(client, admin_user, some_entries):
    client.force_login(admin_user)
    response = client.get(reverse("audit_log"), {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    codes = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert {actions.STAFF_SIGN_IN, actions.CERTIFICATE_REVOKED, actions.COHORT_EXPORTED} <= set(codes)
    assert len(codes) == AuditEntry.objects.count()


def test_the_audit_log_is_in_the_reports_menu_for_administrators(client, admin_user):
    client.force_login(admin_user)
    assert reverse("audit_log").encode() in client.get("/admin/").content
