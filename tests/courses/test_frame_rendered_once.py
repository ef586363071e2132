"""The menu and footer are rendered once a process for each set of items and links (courses.templatetags.academy_nav):
each visitor still gets their own items, the current page marked, and the footer of their site's links."""

import re

import pytest

from courses.templatetags import academy_nav
from tests.academy.accounts.factories import UserFactory
from tests.academy.cohorts.factories import make_lead

pytestmark = pytest.mark.django_db


def current_items(html: str) -> list[str]:
    return re.findall(r'href="([^"]+)" aria-current="page"', html)


def test_each_visitor_gets_their_own_menu_after_anothers_was_kept(client):
    academy_nav._menu_html.cache_clear()
    client.force_login(make_lead())
    assert 'href="/cohorts/"' in client.get("/my-learning/").content.decode()
    client.force_login(UserFactory())
    page = client.get("/my-learning/").content.decode()
    assert 'href="/cohorts/"' not in page and current_items(page) == ["/my-learning/"]
    client.logout()
    page = client.get("/courses/").content.decode()
    assert "Sign out" not in page and "Sign in" in page and current_items(page) == ["/courses/"]


def test_the_same_items_on_two_pages_mark_each_page_current(client):
    client.force_login(UserFactory())
    assert current_items(client.get("/my-learning/").content.decode()) == ["/my-learning/"]
    assert current_items(client.get("/courses/").content.decode()) == ["/courses/"]
    assert academy_nav._menu_html.cache_info().currsize >= 2


def test_with_debug_on_the_menu_is_rendered_every_time(client, settings):
    settings.DEBUG = True
    academy_nav._menu_html.cache_clear()
    client.get("/courses/")
    assert academy_nav._menu_html.cache_info().currsize == 0
