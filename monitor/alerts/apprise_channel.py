"""Deliver one message through apprise (Slack, Telegram, ntfy, Discord…): an optional extra.

apprise is imported only when such a channel sends, so the package works without it.
Channel options: `urls` (list of apprise URLs) or `urls_env` (an env var holding them, space
separated, since apprise URLs usually embed tokens).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from monitor.alerts.render import Outgoing, render_subject, render_text
from monitor.config import Settings
from monitor.errors import DeliveryError, PermanentDeliveryError
from monitor.model import Channel


def load_apprise(channel: str) -> Any:
    """Import apprise, or raise PermanentDeliveryError saying how to install it."""
    try:
        return importlib.import_module("apprise")
    except ImportError:
        raise PermanentDeliveryError(
            channel, "apprise is not installed: `pip install apprise` to use apprise channels") from None


def apprise_urls(channel: Channel, settings: Settings, environ: Mapping[str, str] | None = None) -> list[str]:
    """Return the channel's apprise URLs, from `urls` or from the variable named by `urls_env`."""
    urls = channel.options.get("urls") or []
    found = [urls] if isinstance(urls, str) else [str(u) for u in urls]  # type: ignore[attr-defined]
    env_value = settings.secret(str(channel.options.get("urls_env") or ""), environ)
    if env_value:
        found += env_value.split()
    return found


def send_apprise(channel: Channel, message: Outgoing, settings: Settings, now: datetime, *,
                 environ: Mapping[str, str] | None = None) -> None:
    """Notify every apprise URL of the channel once; raise DeliveryError when apprise reports failure."""
    urls = apprise_urls(channel, settings, environ)
    if not urls:
        raise PermanentDeliveryError(channel.name, "no apprise URLs (set urls or urls_env)")
    apprise = load_apprise(channel.name)
    client = apprise.Apprise()
    for url in urls:
        if not client.add(url):
            raise PermanentDeliveryError(channel.name, "apprise rejected one of the URLs")
    try:
        ok = client.notify(title=render_subject(message), body=render_text(message))
    except Exception as exc:  # apprise plugins raise anything; this is the boundary
        raise DeliveryError(channel.name, f"apprise: {type(exc).__name__}: {exc}") from None
    if not ok:
        raise DeliveryError(channel.name, "apprise reported a failed notification")
