import ipaddress

import pytest
from django.test import RequestFactory

from academy.core.clientip import client_ip, from_trusted_proxy

PROXIES = [ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("127.0.0.1/32")]


def request_from(peer: str, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.fixture
def behind_proxies(settings):
    settings.ACADEMY_TRUSTED_PROXIES = PROXIES


def test_without_trusted_proxies_the_connecting_address_is_the_client(settings):
    settings.ACADEMY_TRUSTED_PROXIES = []
    assert client_ip(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_a_spoofed_forwarded_header_from_an_untrusted_peer_is_ignored(behind_proxies):
    assert client_ip(request_from("203.0.113.7", "198.51.100.1, 10.0.0.5")) == "203.0.113.7"


def test_behind_a_trusted_proxy_the_forwarded_client_is_used(behind_proxies):
    assert client_ip(request_from("10.0.0.5", "198.51.100.1")) == "198.51.100.1"


def test_a_client_cannot_choose_its_address_by_prepending_to_the_header(behind_proxies):
    # The client sent "X-Forwarded-For: 192.0.2.99"; the proxy appended the address it really saw.
    assert client_ip(request_from("10.0.0.5", "192.0.2.99, 198.51.100.1")) == "198.51.100.1"


def test_a_chain_of_trusted_proxies_is_walked_to_the_first_untrusted_hop(behind_proxies):
    assert client_ip(request_from("127.0.0.1", "198.51.100.1, 10.1.1.1, 10.0.0.5")) == "198.51.100.1"


def test_a_garbled_hop_stops_the_walk_at_the_last_good_address(behind_proxies):
    assert client_ip(request_from("10.0.0.5", "198.51.100.1, not-an-address")) == "10.0.0.5"


def test_a_trusted_proxy_without_the_header_is_the_client(behind_proxies):
    assert client_ip(request_from("10.0.0.5")) == "10.0.0.5"


def test_an_ipv4_mapped_ipv6_peer_is_read_as_ipv4(behind_proxies):
    assert client_ip(request_from("::ffff:10.0.0.5", "198.51.100.1")) == "198.51.100.1"
    assert from_trusted_proxy(request_from("::ffff:10.0.0.5"))


def test_a_missing_peer_address_is_unknown(behind_proxies):
    assert client_ip(request_from("")) == "unknown"


def test_the_setting_refuses_a_value_that_is_not_an_address_or_network():
    from academy.config import trusted_proxies

    with pytest.raises(ValueError, match="ACADEMY_TRUSTED_PROXIES"):
        trusted_proxies({"ACADEMY_TRUSTED_PROXIES": "10.0.0.0/8,proxy.internal"})
    assert trusted_proxies({"ACADEMY_TRUSTED_PROXIES": "10.0.0.0/8, 127.0.0.1"}) == PROXIES
