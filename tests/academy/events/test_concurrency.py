"""Learners racing for the last places, and cancellations racing each other (PostgreSQL; SQLite serialises)."""

import threading

import pytest
from django.db import connection

from academy.events.models import Booking
from academy.events.services import bookings as services
from tests.academy.cohorts.factories import add_learner, make_cohort
from tests.academy.cohorts.test_concurrency import run_together
from tests.academy.events.factories import make_session
from tests.courses.factories import make_course

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's concurrent transactions"),
]


def test_eight_learners_racing_for_three_places_get_three_places_and_five_waits():
    cohort = make_cohort(courses=[make_course(modules=1, lessons=1)])
    session = make_session(cohort, capacity=3)
    users = iter([add_learner(cohort).user for _ in range(8)])
    lock = threading.Lock()

    def sign_up():
        with lock:
            user = next(users)
        services.sign_up(session=session, user=user)

    assert run_together(sign_up, 8) == []
    statuses = list(Booking.objects.values_list("status", flat=True))
    assert statuses.count("confirmed") == 3 and statuses.count("waiting") == 5


def test_cancellations_at_once_promote_each_waiting_learner_once():
    cohort = make_cohort(courses=[make_course(modules=1, lessons=1)])
    session = make_session(cohort, capacity=3)
    booked = [add_learner(cohort).user for _ in range(3)]
    waiting = [add_learner(cohort).user for _ in range(4)]
    for user in booked + waiting:
        services.sign_up(session=session, user=user)
    leaving = iter(booked)
    lock = threading.Lock()

    def cancel():
        with lock:
            user = next(leaving)
        services.cancel_booking(session=session, user=user)

    assert run_together(cancel, 3) == []
    confirmed = set(Booking.objects.filter(status="confirmed").values_list("user_id", flat=True))
    assert confirmed == {user.pk for user in waiting[:3]}
    assert Booking.objects.filter(status="waiting").get().user_id == waiting[3].pk
