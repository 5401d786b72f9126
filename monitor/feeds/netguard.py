"""SSRF guard: refuse to connect to private, loopback, link-local, CGNAT or metadata addresses.

The check runs inside the connection layer, on the addresses the host name RESOLVED to, and the
socket is then opened to that very address: a DNS answer cannot change between the check and
the connect (rebinding), and redirects go through the same door (RELIABILITY.md §1, F9; miniflux
does the same in its dialer).
"""

from __future__ import annotations

import ipaddress
import socket
import typing
from collections.abc import Iterable

import anyio
import httpcore

from monitor.errors import BlockedAddressError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# Ranges that `is_global` still counts as global but no feed should live in.
_EXTRA_REFUSED = tuple(ipaddress.ip_network(n) for n in (
    "100.64.0.0/10",  # CGNAT (Python < 3.12 already refuses it; keep it explicit)
    "192.0.0.0/24", "198.18.0.0/15",  # IETF protocol assignments, benchmarking
    "64:ff9b:1::/48",  # local-use NAT64
    "2001:db8::/32",  # documentation
))


def refusal_reason(address: str) -> str | None:
    """Return why `address` (an IP literal) is refused, or None when it is a public address.

    IPv4-mapped and NAT64/6to4 forms are judged by the IPv4 address they carry.
    """
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"not an IP address: {address!r}"
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if mapped is None and ip in ipaddress.ip_network("64:ff9b::/96"):
            mapped = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if mapped is not None:
            inner = refusal_reason(str(mapped))
            return f"{ip} embeds {inner}" if inner else None
    for label, flag in (("loopback", ip.is_loopback), ("unspecified", ip.is_unspecified),
                        ("link-local", ip.is_link_local), ("multicast", ip.is_multicast),
                        ("private", ip.is_private), ("reserved", ip.is_reserved)):
        if flag:
            return f"{ip} is refused ({label} address)"
    if any(ip in net for net in _EXTRA_REFUSED if net.version == ip.version) or not ip.is_global:
        return f"{ip} is not a public address"
    return None


def parse_networks(networks: Iterable[str]) -> tuple[IPNetwork, ...]:
    """Parse CIDR strings ("127.0.0.1/32") into networks that are always allowed."""
    return tuple(ipaddress.ip_network(n, strict=False) for n in networks)


def is_allowed(address: str, allow_private: bool, allow_networks: tuple[IPNetwork, ...] = ()) -> bool:
    """Say whether a connection to `address` may be opened under this policy."""
    if allow_private or refusal_reason(address) is None:
        return True
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    return any(ip in net for net in allow_networks if net.version == ip.version)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """A network backend that resolves, checks, and connects to the checked address only."""

    def __init__(self, allow_private: bool = False, allow_networks: tuple[IPNetwork, ...] = (),
                 inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self.allow_private = allow_private
        self.allow_networks = allow_networks
        self.inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
                          ) -> httpcore.AsyncNetworkStream:
        """Resolve `host`, drop refused addresses, and connect to the first that answers."""
        try:
            with anyio.fail_after(timeout):
                infos = await anyio.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        allowed = [a for a in addresses if is_allowed(a, self.allow_private, self.allow_networks)]
        if not allowed:
            reasons = "; ".join(filter(None, (refusal_reason(a) for a in addresses)))
            raise BlockedAddressError(f"{host}:{port}", f"refused address: {reasons or host}")
        last: Exception | None = None
        for address in allowed:
            try:
                return await self.inner.connect_tcp(address, port, timeout=timeout,
                                                    local_address=local_address,
                                                    socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
                                  ) -> httpcore.AsyncNetworkStream:
        """Refuse Unix sockets: a feed URL never names one."""
        raise BlockedAddressError(path, "unix sockets are not allowed")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)
