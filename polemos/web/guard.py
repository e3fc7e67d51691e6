"""The web app's edges: which Host headers it answers (DNS rebinding), which URLs the browser may have it
fetch (no loopback or private addresses unless configured), and the warning for an exposed server."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
TEST_CLIENT = "testserver"            # the Host name of the in-process test client (Starlette's TestClient)
ALL_INTERFACES = ("0.0.0.0", "::", "")


def host_of(header: str | None) -> str:
    """The host name of a Host header, lower case, without port or IPv6 brackets."""
    value = (header or "").strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def host_allowed(header: str | None, allowed: frozenset[str], any_ip: bool) -> bool:
    """A request is answered only for a Host the server is known by (a rebinding attacker's own domain
    name is refused); a server bound to all interfaces also answers to its IP addresses."""
    host = host_of(header)
    return host in allowed or (any_ip and _is_ip(host))


def allowed_hosts(served: list[str] | None) -> tuple[frozenset[str], bool]:
    """(names answered, whether any IP literal is) for the interfaces a server is bound to."""
    names = {h.strip().lower().strip("[]") for h in (served or []) if h}
    any_ip = bool(names & set(ALL_INTERFACES))
    return frozenset(names | set(LOOPBACK_NAMES) | {TEST_CLIENT}) - set(ALL_INTERFACES), any_ip


def private_address(url: str) -> str | None:
    """The loopback, private, link-local or reserved address `url`'s host resolves to, if any (else None)."""
    host = urlsplit(url).hostname
    if not host:
        return "no host"
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return None                       # unresolvable: the fetch itself will fail and say so
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved or ip.is_multicast \
                or ip.is_unspecified:
            return str(ip)
    return None


def exposure_warning(host: str, token: str | None) -> str | None:
    """A loud warning when the server is reachable from other machines without a write token."""
    if host in LOOPBACK_NAMES or host.startswith("127."):
        return None
    if not token:
        return (f"WARNING: serving on {host or 'all interfaces'} without POLEMOS_TOKEN: anyone who can reach this "
                "machine can read the whole knowledge base (every document's text). Bind to 127.0.0.1, or put it "
                "behind an authenticating proxy.")
    return (f"WARNING: serving on {host or 'all interfaces'}: reads are open to anyone who can reach this machine; "
            "ingest needs the token.")
