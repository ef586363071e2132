import subprocess
import sys
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from academy.records import services, statements
from academy.records.models import Delivery, LRSEndpoint
from tests.academy.accounts.factories import UserFactory


@pytest.fixture
def delivered(db, monkeypatch):
    monkeypatch.setattr(services, "queue_delivery", lambda endpoint_id: None)
    endpoint = LRSEndpoint.objects.create(name="HR LRS", url="https://lrs.example.org/xAPI/")
    learner = UserFactory()
    for days in (1, 10):
        statement = statements.plan_submitted(
            user=learner,
            plan_id="https://a.example/p/1/",
            title="P",
            submitted_at=timezone.now() - timedelta(days=days),
        )
        services.record(statement, user=learner)
    Delivery.objects.update(status=Delivery.Status.DELIVERED)
    return endpoint


def test_resend_puts_the_range_back_to_pending_for_the_named_endpoint(delivered, capsys):
    since = (timezone.localdate() - timedelta(days=3)).isoformat()
    until = (timezone.localdate() + timedelta(days=1)).isoformat()
    call_command("resend_statements", "--since", since, "--until", until, "--endpoint", "HR LRS")
    assert Delivery.objects.filter(status=Delivery.Status.PENDING).count() == 1
    assert "1 statement deliveries" in capsys.readouterr().out


def test_resend_reaches_an_endpoint_added_after_the_statements(delivered):
    late = LRSEndpoint.objects.create(name="Late", url="https://late.example.org/xAPI/")
    call_command("resend_statements", "--since", "2000-01-01", "--until", "2100-01-01", "--endpoint", "Late")
    assert Delivery.objects.filter(endpoint=late, status=Delivery.Status.PENDING).count() == 2


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--since", "yesterday", "--until", "2026-01-01"], "--since must be a date"),
        (["--since", "2026-02-30", "--until", "2026-03-01"], "--since must be a date"),
        (["--since", "2026-01-01", "--until", "2026-13-01"], "--until must be a date"),
        (["--since", "2026-02-01", "--until", "2026-01-01"], services.BAD_RANGE),
        (["--since", "2026-01-01", "--until", "2026-02-01", "--endpoint", "Nope"], "no LRS endpoint called “Nope”"),
    ],
)
def test_bad_input_is_a_clear_error(delivered, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("resend_statements", *arguments)


def test_bad_input_exits_non_zero(db):
    result = subprocess.run(
        [sys.executable, "manage.py", "resend_statements", "--since", "nonsense", "--until", "2026-01-01"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "--since must be a date" in result.stderr
