"""The client's address, the one answer that rate limits, audit records and logs all use.

Behind a proxy every request arrives from the proxy's address, so one client could lock everyone out of sign-in.
X-Forwarded-For is believed only from the proxies listed in ACADEMY_TRUSTED_PROXIES: walking the header from the
right (the hop nearest us), each address that is itself a trusted proxy is skipped, and the first one that is not is
the client. A request from anywhere else is its own client, whatever header it sends.
"""

import ipaddress

from django.conf import settings

UNKNOWN = "unknown"


def client_ip(request) -> str:
    """The address of the client that made ``request``, honouring only trusted proxies' X-Forwarded-For."""
    peer = _address(request.META.get("REMOTE_ADDR", ""))
    if peer is None:
        return UNKNOWN
    if not _trusted(peer):
        return str(peer)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    client = peer
    for hop in reversed([part.strip() for part in forwarded.split(",") if part.strip()]):
        address = _address(hop)
        if address is None:  # a garbled hop: believe nothing further left than the last good one
            break
        client = address
        if not _trusted(address):
            break
    return str(client)


def from_trusted_proxy(request) -> bool:
    """True when the request came straight from one of ACADEMY_TRUSTED_PROXIES (so its headers may be believed)."""
    peer = _address(request.META.get("REMOTE_ADDR", ""))
    return peer is not None and _trusted(peer)


def _address(text: str):
    try:
        address = ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped  # ::ffff:10.0.0.1 from a dual-stack socket is 10.0.0.1
    return address


def _trusted(address) -> bool:
    return any(address in network for network in settings.ACADEMY_TRUSTED_PROXIES)
