"""Set up logging: one human line per event, or one JSON object per line; secrets never written.

Every record passes through `SecretRedactor` before any formatter sees it, and the formatted
line is redacted once more (a secret could hide in an exception's text or an `extra` field).
What is redacted: the values of the environment variables the configuration names in its
`*_env` keys (and any variable whose name says PASSWORD, SECRET, TOKEN or API_KEY),
Authorization headers and Bearer/Basic tokens, Standard Webhooks secrets (`whsec_…`),
passwords in URLs (`https://user:pw@host`) and secret-looking query parameters.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

from monitor.config import Settings

REDACTED = "[REDACTED]"
_HANDLER_NAME = "monitor.service.logs"
_SECRET_NAME = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|CREDENTIALS", re.IGNORECASE)
_MIN_SECRET_LEN = 4  # shorter values would redact ordinary words

# (pattern, replacement): each keeps the label and hides the value.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"whsec_[A-Za-z0-9+/=_-]+"), "whsec_" + REDACTED),
    (re.compile(r"(?i)(\b(?:proxy-)?authorization\b['\"]?\s*[:=]\s*['\"]?)[^'\"\r\n,}]+"),
     r"\1" + REDACTED),
    (re.compile(r"(?i)\b(bearer)(\s+)[A-Za-z0-9._~+/=-]{6,}"), r"\1\2" + REDACTED),
    # "Basic" + base64, but not "basic authentication": all-lowercase words are left alone.
    (re.compile(r"\b([Bb]asic)(\s+)(?![a-z]+\b)[A-Za-z0-9+/=]{8,}"), r"\1\2" + REDACTED),
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@'\"]*:)[^@\s/'\"]*@"), r"\1" + REDACTED + "@"),
    (re.compile(r"(?i)([?&;](?:token|access_token|api_?key|key|password|passwd|secret|sig|signature)=)"
                r"[^&#\s'\"]+"), r"\1" + REDACTED),
    (re.compile(r"(?i)\b(password|passwd|secret)(['\"]?\s*[:=]\s*['\"]?)[^\s'\",}]+"),
     r"\1\2" + REDACTED),
)


def secret_values(settings: Settings, environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Return every secret value the process may hold, longest first (so none is half-hidden)."""
    env = environ if environ is not None else os.environ
    names: set[str] = set()
    for channel in settings.channels:
        for key, value in channel.options.items():
            if key.endswith("_env") and isinstance(value, str):
                names.add(value)
    names.update(name for name in env if _SECRET_NAME.search(name))
    values = {env[name] for name in names if len(env.get(name) or "") >= _MIN_SECRET_LEN}
    return tuple(sorted(values, key=len, reverse=True))


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Return `text` with every known secret and secret-looking value replaced by [REDACTED]."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class SecretRedactor(logging.Filter):
    """Rewrite a record's message, exception and extra strings with secrets redacted."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the event
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = redact(message, self.secrets), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.secrets)
        for key, value in _extras(record).items():
            if isinstance(value, str):
                setattr(record, key, redact(value, self.secrets))
        return True


_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


def _extras(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD and not k.startswith("_")}


def _one_line(text: str) -> str:
    # A feed title with CR/LF must not forge a second log line.
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


class TextFormatter(logging.Formatter):
    """Format `2026-08-13T09:00:00Z INFO monitor.daemon: message (ValueError: why)` on one line."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(secrets)

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        line = f"{when} {record.levelname:<7} {record.name}: {record.getMessage()}"
        extras = _extras(record)
        if extras:
            line += " " + " ".join(f"{k}={v}" for k, v in sorted(extras.items()))
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            line += f" ({type(exc).__name__}: {exc})"
        elif record.exc_text:
            line += f" ({record.exc_text.strip().splitlines()[-1]})"
        return redact(_one_line(line), self.secrets)


class JsonFormatter(logging.Formatter):
    """Format one JSON object per line: ts, level, logger, msg, extra fields, exc."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(secrets)

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in _extras(record).items():
            data.setdefault(key, value if isinstance(value, int | float | bool | None) else str(value))
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            data["exc"] = record.exc_text
        for key, value in data.items():
            if isinstance(value, str):
                data[key] = redact(value, self.secrets)
        return json.dumps(data, ensure_ascii=False)


def setup_logging(settings: Settings, *, stream: TextIO | None = None, level: int = logging.INFO,
                  environ: Mapping[str, str] | None = None) -> logging.Handler:
    """Install one redacting handler on the root logger (replacing a previous one) and return it.

    `settings.log_format` picks the format: "json" for JSON lines, anything else for text.
    """
    secrets = secret_values(settings, environ)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.addFilter(SecretRedactor(secrets))
    formatter: logging.Formatter = (JsonFormatter(secrets) if settings.log_format == "json"
                                    else TextFormatter(secrets))
    handler.setFormatter(formatter)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # These log every request or job run at INFO: noise in a service that runs for months.
    for noisy in ("httpx", "httpcore", "apscheduler.executors", "apscheduler.scheduler"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    return handler
