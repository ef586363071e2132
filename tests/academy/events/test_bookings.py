"""Signing up, the waiting list and its automatic promotion, cancelling, and leaving the cohort."""

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from academy.accounts.models import OutgoingEmail
from academy.cohorts.services.cohorts import remove_member
from academy.events.models import Booking
from academy.events.services import SessionError
from academy.events.services import bookings as services
from academy.events.services import sessions as session_services
from tests.academy.cohorts.factories import add_learner
from tests.academy.events.factories import make_session

pytestmark = pytest.mark.django_db


def outbox() -> list[tuple[list[str], str]]:
    """The emails queued in the outbox (sent by a task once the transaction commits)."""
    return [(email.to, email.subject) for email in OutgoingEmail.objects.order_by("pk")]


def test_a_member_gets_a_place_while_there_is_room(cohort, member):
    booking = services.sign_up(session=make_session(cohort, capacity=2), user=member)
    assert booking.status == Booking.Status.CONFIRMED


def test_a_full_session_puts_the_next_learner_on_the_waiting_list(cohort, member, second_member):
    session = make_session(cohort, capacity=1)
    services.sign_up(session=session, user=member)
    assert services.sign_up(session=session, user=second_member).status == Booking.Status.WAITING


def test_signing_up_twice_keeps_the_one_place(cohort, member):
    session = make_session(cohort, capacity=1)
    first = services.sign_up(session=session, user=member)
    assert services.sign_up(session=session, user=member).pk == first.pk
    assert Booking.objects.filter(session=session).count() == 1


def test_a_cancelled_place_goes_to_the_first_person_waiting_who_is_emailed(cohort, member, second_member):
    session = make_session(cohort, capacity=1, title="Market shaping")
    third = add_learner(cohort, full_name="Tia Third").user
    services.sign_up(session=session, user=member)
    services.sign_up(session=session, user=second_member)
    services.sign_up(session=session, user=third)
    services.cancel_booking(session=session, user=member)
    statuses = dict(Booking.objects.filter(session=session).values_list("user_id", "status"))
    assert statuses == {member.pk: "cancelled", second_member.pk: "confirmed", third.pk: "waiting"}
    assert outbox() == [(["sam@council.gov.uk"], 'A place at "Market shaping" is yours')]


def test_leaving_the_waiting_list_promotes_nobody(cohort, member, second_member):
    session = make_session(cohort, capacity=1)
    services.sign_up(session=session, user=member)
    services.sign_up(session=session, user=second_member)
    services.cancel_booking(session=session, user=second_member)
    assert Booking.objects.get(user=member).status == "confirmed" and not outbox()


def test_signing_up_again_after_cancelling_joins_the_back_of_the_queue(cohort, member, second_member):
    session = make_session(cohort, capacity=1)
    services.sign_up(session=session, user=member)
    services.cancel_booking(session=session, user=member)
    services.sign_up(session=session, user=second_member)
    assert services.sign_up(session=session, user=member).status == Booking.Status.WAITING


def test_more_places_go_to_the_waiting_list_at_once(cohort, member, second_member):
    session = make_session(cohort, capacity=1)
    services.sign_up(session=session, user=member)
    services.sign_up(session=session, user=second_member)
    session_services.update_session(session=session, capacity=2)
    assert Booking.objects.get(user=second_member).status == "confirmed"
    assert len(outbox()) == 1


def test_someone_outside_the_cohort_cannot_sign_up(cohort, outsider):
    with pytest.raises(SessionError, match=services.NOT_A_MEMBER):
        services.sign_up(session=make_session(cohort), user=outsider)


def test_nobody_signs_up_for_a_past_or_cancelled_session(cohort, member):
    with pytest.raises(SessionError, match="already started"):
        services.sign_up(session=make_session(cohort, days_ahead=-1), user=member)
    cancelled = session_services.cancel_session(session=make_session(cohort))
    with pytest.raises(SessionError, match=services.SESSION_CANCELLED):
        services.sign_up(session=cancelled, user=member)


def test_cancelling_a_session_emails_everyone_booked_or_waiting(cohort, member, second_member):
    session = make_session(cohort, capacity=1, title="Outcomes")
    services.sign_up(session=session, user=member)
    services.sign_up(session=session, user=second_member)
    session_services.cancel_session(session=session)
    assert sorted(to[0] for to, _ in outbox()) == ["mo@council.gov.uk", "sam@council.gov.uk"]
    assert all(subject == 'Cancelled: "Outcomes"' for _, subject in outbox())


def test_a_learner_removed_from_the_cohort_gives_up_their_place(
    cohort, member, second_member, django_capture_on_commit_callbacks
):
    session = make_session(cohort, capacity=1)
    services.sign_up(session=session, user=member)
    services.sign_up(session=session, user=second_member)
    with django_capture_on_commit_callbacks(execute=True):
        remove_member(cohort=cohort, user_id=member.pk)
    assert Booking.objects.get(user=member).status == "cancelled"
    assert Booking.objects.get(user=second_member).status == "confirmed"


def test_the_learner_signs_up_and_cancels_through_the_pages(client, cohort, member):
    session = make_session(cohort, capacity=1, title="Place-based commissioning")
    client.force_login(member)
    page = client.get(reverse("events:session", args=[session.pk]))
    assert "Sign up" in page.content.decode() and "(UK time)" in page.content.decode()
    assert client.get(reverse("events:sign_up", args=[session.pk])).status_code == 200
    response = client.post(reverse("events:sign_up", args=[session.pk]), follow=True)
    assert "You have a place at Place-based commissioning" in response.content.decode()
    assert client.get(reverse("events:cancel_booking", args=[session.pk])).status_code == 200
    client.post(reverse("events:cancel_booking", args=[session.pk]))
    assert Booking.objects.get(session=session).status == "cancelled"


def test_my_learning_lists_the_learners_sessions_with_their_date(client, cohort, member):
    make_session(cohort, title="Commissioning for outcomes")
    client.force_login(member)
    html = client.get("/my-learning/").content.decode()
    assert "Your sessions" in html and "Commissioning for outcomes" in html and "(UK time)" in html


def test_my_learning_shows_each_session_to_come_with_the_learners_own_booking(client, cohort, member, second_member):
    full = make_session(cohort, title="Full masterclass", capacity=1, days_ahead=2)
    booked = make_session(cohort, title="Booked day", days_ahead=3)
    open_one = make_session(cohort, title="Open day", days_ahead=4, required=True)
    make_session(cohort, title="Past day", days_ahead=-3)
    cancelled = make_session(cohort, title="Cancelled day", days_ahead=5)
    session_services.cancel_session(session=cancelled)
    services.sign_up(session=full, user=second_member)  # takes the one place
    services.sign_up(session=full, user=member)  # waiting
    services.sign_up(session=booked, user=member)
    services.sign_up(session=open_one, user=second_member)  # someone else's booking is not the member's
    client.force_login(member)
    html = client.get("/my-learning/").content.decode()
    panel = html[html.index("Your sessions") : html.index("All your sessions")]
    items = [" ".join(strip_tags("<li" + item).split()) for item in panel.split("<li")[1:]]
    assert [item.split(" ", 2)[:2] for item in items] == [["Full", "masterclass"], ["Booked", "day"], ["Open", "day"]]
    assert "On the waiting list" in items[0]
    assert "Booked" in items[1].removeprefix("Booked day")
    assert "Not booked" in items[2] and "Required" in items[2]
