"""`monitor detect`: read articles as JSON lines, print one JSON line per control change (glue)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import click

from monitor.errors import WatchlistError
from monitor.match.control import Detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import load_watchlist
from monitor.model import ControlEvent, Watchlist


def read_watchlist(path: Path) -> Watchlist:
    """Load a SCHEMA.md watchlist file, spellings filled from the gazetteer."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise WatchlistError(f"{path}: cannot read the watchlist: {exc}") from None
    return load_watchlist(data, gazetteer=get_gazetteer())


def parse_published(value: Any) -> datetime | None:
    """Parse an ISO 8601 date as UTC; None when absent or unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def detect_lines(detector: Detector, lines: TextIO, out: TextIO, err: TextIO, explain: bool = False) -> int:
    """Detect every article of `lines`; return how many lines were rejected.

    With `explain`, each article gives one JSON line with its language and the trace of its
    reading (`monitor.match.explain`) instead of one line per event.
    """
    bad = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("not a JSON object")
            title, text = item.get("title") or "", item.get("text") or ""
            if not isinstance(title, str) or not isinstance(text, str):
                raise ValueError("title and text must be strings")
        except ValueError as exc:
            bad += 1
            err.write(f"monitor detect: line {number}: skipped, not a valid article: {exc}\n")
            continue
        article_id = item.get("id")
        try:
            reading = detector.read(
                title,
                text,
                parse_published(item.get("published")),
                article_id=None if article_id is None else str(article_id),
                explain=explain,
            )
        except Exception as exc:  # one odd article must not stop the stream
            bad += 1
            err.write(f"monitor detect: line {number}: skipped, detection failed: {exc!r}\n")
            continue
        events = [event_json(article_id, ev) for ev in reading.events if ev.controller is not None]
        if explain:
            trace = {
                "id": article_id,
                "lang": reading.lang,
                "supported": reading.supported,
                "steps": [note.as_dict() for note in reading.notes],
                "events": events,
            }
            out.write(json.dumps(trace, ensure_ascii=False) + "\n")
        else:
            out.writelines(json.dumps(ev, ensure_ascii=False) + "\n" for ev in events)
        out.flush()
    return bad


def event_json(article_id: Any, ev: ControlEvent) -> dict[str, Any]:
    """Return the output line of one event."""
    return {
        "id": article_id,
        "place": ev.place,
        "country": ev.country,
        "controller": ev.controller,
        "confidence": ev.confidence,
        "claim": ev.claim,
        "evidence": ev.evidence,
        "lang": ev.lang,
    }


@click.command("detect")
@click.option(
    "--watchlist",
    "watchlist_path",
    required=True,
    envvar="WATCHLIST",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Watchlist JSON (places and actors, as in shared/eval/SCHEMA.md). Env: WATCHLIST.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Print one JSON line per article: its language and why each candidate was kept or dropped.",
)
def detect(watchlist_path: Path, explain: bool) -> None:
    """Read articles as JSON lines on stdin; print one JSON line per city that changed hands.

    \b
    Input fields: id, published, title, text (others are ignored).
    Output fields: id, place, country, controller, confidence, claim, evidence, lang.
    A bad input line is reported on stderr and skipped; the exit status is 0.

    \b
    --explain prints instead one line per article: {"id", "lang", "supported", "steps",
    "events"}; steps are the language, each sentence naming a watched place, each refused
    trigger and each candidate event (place, holder, trigger, sentence, kept, reason).

    \b
    Example:
      echo '{"id": "1", "title": "Kunduz fell to the Taliban"}' \\
        | monitor detect --watchlist seeds/watchlist.json
    """
    from monitor.daemon.detectorcache import load_or_build

    detector = load_or_build(read_watchlist(watchlist_path))  # built once per watchlist, then loaded
    for stream in (sys.stdin, sys.stdout, sys.stderr):  # JSON lines are UTF-8 whatever the locale
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    detect_lines(detector, sys.stdin, sys.stdout, sys.stderr, explain)


commands = [detect]
