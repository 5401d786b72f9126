"""Deliver one message by SMTP: implicit TLS or STARTTLS (failing closed), login from the env.

smtplib checks neither certificate nor host name unless given a context, so every TLS
connection uses `ssl.create_default_context()` (RELIABILITY.md §4). A server that does not offer
STARTTLS gets no AUTH and no message. Replies 4yz raise DeliveryError (retried), 5yz raise
PermanentDeliveryError (dead letter).

Channel options: host, port, security (starttls | tls | none), username, password_env,
from, to (address or list), cafile, verify_tls (default true), timeout_s, msgid_host.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Mapping, Sequence
from datetime import datetime

from monitor.alerts.render import Outgoing, render_email
from monitor.config import Settings
from monitor.errors import DeliveryError, PermanentDeliveryError
from monitor.model import Channel

TIMEOUT_S = 30.0
SECURITY = ("starttls", "tls", "none")


def tls_context(cafile: str | None = None, verify: bool = True) -> ssl.SSLContext:
    """Return a verifying TLS context, optionally trusting `cafile`; `verify=False` opts out."""
    context = ssl.create_default_context(cafile=cafile)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def recipients(options: Mapping[str, object]) -> list[str]:
    """Return the channel's recipients as a list (`to` may be a string or a list)."""
    to = options.get("to") or []
    if isinstance(to, str):
        return [a.strip() for a in to.split(",") if a.strip()]
    return [str(a) for a in to]  # type: ignore[attr-defined]


def _classify(channel: str, code: int, text: str) -> DeliveryError:
    reply = f"SMTP {code} {text}".strip()
    return PermanentDeliveryError(channel, reply) if 500 <= code < 600 else DeliveryError(channel, reply)


def _reply_text(resp: bytes | str) -> str:
    raw = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    return " ".join(raw.split())[:300]


def send_email(channel: Channel, message: Outgoing, settings: Settings, now: datetime, *,
               environ: Mapping[str, str] | None = None) -> None:
    """Send `message` once over SMTP; raise a DeliveryError subclass on failure."""
    opts = channel.options
    host = str(opts.get("host") or "localhost")
    security = str(opts.get("security") or "starttls")
    if security not in SECURITY:
        raise PermanentDeliveryError(channel.name, f"security must be one of {', '.join(SECURITY)}")
    port = int(str(opts.get("port") or {"tls": 465, "starttls": 587, "none": 25}[security]))
    timeout = float(str(opts.get("timeout_s") or TIMEOUT_S))
    sender = str(opts.get("from") or "monitor@localhost")
    to: Sequence[str] = recipients(opts)
    if not to:
        raise PermanentDeliveryError(channel.name, "no recipients (set `to`)")
    username = opts.get("username")
    password = settings.secret(str(opts.get("password_env") or ""), environ) if username else None
    if username and not password:
        raise DeliveryError(channel.name, f"the password variable ${opts.get('password_env')} is not set")
    if username and security == "none":
        raise PermanentDeliveryError(channel.name, "refusing to log in without TLS (security = none)")
    context = tls_context(str(opts["cafile"]) if opts.get("cafile") else None,
                          verify=bool(opts.get("verify_tls", True)))
    msgid_host = str(opts.get("msgid_host") or sender.rpartition("@")[2] or "monitor.localhost")
    email = render_email(message, sender=sender, recipients=to, host=msgid_host, now=now)
    smtp: smtplib.SMTP | None = None
    try:
        if security == "tls":
            smtp = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=timeout)
        smtp.ehlo()
        if security == "starttls":
            if not smtp.has_extn("starttls"):
                # Fail closed: sending (or logging in) in clear text is what an attacker wants.
                raise DeliveryError(channel.name, f"{host}:{port} does not offer STARTTLS: refused to send")
            smtp.starttls(context=context)
            smtp.ehlo()
        if username and password:
            smtp.login(str(username), password)
        refused = smtp.send_message(email, from_addr=sender, to_addrs=list(to))
        if refused and len(refused) == len(to):
            code, text = next(iter(refused.values()))
            raise _classify(channel.name, code, _reply_text(text))
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        first = next(iter(exc.recipients.values()))
        error = _classify(channel.name, max(codes), _reply_text(first[1]))
        raise error from None
    except smtplib.SMTPResponseException as exc:
        raise _classify(channel.name, exc.smtp_code, _reply_text(exc.smtp_error)) from None
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryError(channel.name, f"TLS certificate refused: {exc.verify_message}") from None
    except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
        raise DeliveryError(channel.name, f"{type(exc).__name__}: {exc}") from None
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()
