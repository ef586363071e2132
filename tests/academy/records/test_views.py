from django.urls import reverse

from academy.records.vocabulary import page_activity_id
from tests.courses.factories import make_course


def test_a_page_activity_id_leads_to_the_page_wherever_it_is_now(client, db, settings):
    settings.ACADEMY_BASE_URL = "http://testserver"
    course = make_course(modules=1, lessons=1, slug="activity-ids")
    response = client.get(page_activity_id(course.pk).removeprefix("http://testserver"))
    assert response.status_code == 302 and response["Location"].endswith("/activity-ids/")


def test_a_page_that_is_not_live_has_no_address(client, db):
    course = make_course(modules=1, lessons=1, slug="unpublished")
    course.unpublish()
    assert client.get(reverse("records:page_activity", kwargs={"page_id": course.pk})).status_code == 404
    assert client.get(reverse("records:page_activity", kwargs={"page_id": 999999})).status_code == 404
