"""One poll cycle: fetch the due feeds concurrently, parse what changed, store it, run the next stages.

Like reader's update Pipeline, this module calls the fetcher, the parser and the store in order and
decides nothing itself: `feeds.schedule.next_poll` decides when to poll again, the store decides
what is new. As a shell pipeline, per due feed:

    fetch (conditional GET) | skip if 304 | skip if body hash unchanged | parse | upsert | schedule

Each feed runs in its own try/except, so one broken feed is logged and stored, and the cycle goes on.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import time
from collections.abc import Callable, Sequence
from concurrent.futures import BrokenExecutor, Executor
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta

import httpx

from monitor.config import Settings
from monitor.daemon.batch import WriteBatcher
from monitor.daemon.fulltext import fetch_full_texts
from monitor.daemon.parsepool import MIN_POOL_BYTES, parse_body
from monitor.feeds.fetch import HostLimiter, fetch_feed, make_client
from monitor.feeds.schedule import next_poll
from monitor.model import Feed, FetchResult, ParsedFeed
from monitor.service import metrics
from monitor.store.articles import upsert_articles_ids
from monitor.store.db import Store, write_transaction
from monitor.store.feeds import FeedUpdate, get_due_feeds, one_line, update_feed_after_fetch
from monitor.store.state import record_cycle
from monitor.store.work import feed_exists

log = logging.getLogger("monitor.poll")

AfterIngest = Callable[[Store, Settings, datetime], None]


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """What one feed's poll did."""

    feed_id: int
    url: str
    outcome: str  # ok | not_modified | unchanged | failed | gone
    status: int | None = None
    new: int = 0
    updated: int = 0
    error: str | None = None
    update_after: datetime | None = None


@dataclass(frozen=True, slots=True)
class CycleSummary:
    """What one poll cycle did, for the log, `monitor poll` and the daemon state."""

    feeds: int = 0
    ok: int = 0  # fetched and parsed
    not_modified: int = 0  # 304: no body, no parse
    unchanged: int = 0  # 200 with the same body as last time: no parse
    failed: int = 0
    new_articles: int = 0
    updated_articles: int = 0
    duration_s: float = 0.0

    @classmethod
    def of(cls, outcomes: Sequence[FeedOutcome], duration_s: float) -> CycleSummary:
        """Add up per-feed outcomes."""
        count = {k: sum(1 for o in outcomes if o.outcome == k)
                 for k in ("ok", "not_modified", "unchanged", "failed", "gone")}
        return cls(feeds=len(outcomes), ok=count["ok"], not_modified=count["not_modified"],
                   unchanged=count["unchanged"], failed=count["failed"] + count["gone"],
                   new_articles=sum(o.new for o in outcomes),
                   updated_articles=sum(o.updated for o in outcomes), duration_s=round(duration_s, 3))

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def body_hash(body: bytes) -> str:
    """Return the sha256 of a feed body: the same body twice is not parsed twice."""
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True, slots=True)
class Ingest:
    """What to store for one fetch result, decided before touching the store."""

    result: FetchResult
    outcome: str
    parsed: ParsedFeed | None
    digest: str | None
    error: str | None
    update_after: datetime | None
    error_count: int


def whole_seconds_up(when: datetime | None) -> datetime | None:
    """Round up to a whole second: the store keeps whole seconds, and a poll is never early.

    The exact time stays in the FeedOutcome, so the poller that made it can keep it.
    """
    if when is None or not when.microsecond:
        return when
    return when.replace(microsecond=0) + timedelta(seconds=1)


def needs_parse(feed: Feed, result: FetchResult) -> bool:
    """Say whether a result carries a feed body that differs from the last one parsed."""
    return (result.status == 200 and result.body is not None and result.error is None
            and body_hash(result.body) != feed.body_hash)


def decide_ingest(feed: Feed, result: FetchResult, settings: Settings, now: datetime,
                  rng: random.Random, *, parsed_elsewhere: ParsedFeed | str | None = None) -> Ingest:
    """Parse the body when it changed and decide the next poll; touches no store.

    `parsed_elsewhere` is what a parser worker already made of the body (a ParsedFeed, or the
    reason it is not a feed).
    """
    parsed: ParsedFeed | None = None
    digest: str | None = None
    outcome = "failed"
    error: str | None = result.error
    if result.not_modified:
        outcome = "not_modified"
    elif result.status == 200 and result.body is not None and result.error is None:
        digest = body_hash(result.body)
        if digest == feed.body_hash:
            outcome = "unchanged"
        else:
            made = parsed_elsewhere if parsed_elsewhere is not None else parse_body(
                result.body, result.final_url, result.fetched, result.content_type, result.headers)
            if isinstance(made, ParsedFeed):
                parsed, outcome = made, "ok"
            else:
                error = one_line(f"not a usable feed: {made}")
                digest = None  # parse it again next time: the parser may have improved
                result = replace(result, error=error, error_kind="parse")
    elif result.gone:
        outcome = "gone"
    update_after, error_count = next_poll(feed, result, now, settings, rng)
    return Ingest(result, outcome, parsed, digest, error, update_after, error_count)


def store_ingest(db: Store, feed: Feed, ingest: Ingest, now: datetime
                 ) -> tuple[FeedOutcome, tuple[int, ...]]:
    """Write one feed's articles and state in one transaction; return the outcome and new article ids."""
    assert feed.id is not None
    parsed = ingest.parsed
    new_ids: tuple[int, ...] = ()
    new = updated = 0
    with write_transaction(db):
        if parsed is not None:
            upserted = upsert_articles_ids(db, feed.id, parsed.articles, now)
            new, updated, new_ids = upserted.new, upserted.updated, upserted.new_ids
        update_feed_after_fetch(db, feed, ingest.result, now, FeedUpdate(
            update_after=whole_seconds_up(ingest.update_after), error_count=ingest.error_count,
            body_hash=ingest.digest,
            title=parsed.title if parsed else None, site_url=parsed.site_url if parsed else None,
            error=ingest.error, got_new_articles=new > 0))
    return FeedOutcome(feed_id=feed.id, url=feed.url, outcome=ingest.outcome, status=ingest.result.status,
                       new=new, updated=updated, error=one_line(ingest.error),
                       update_after=ingest.update_after), new_ids


def ingest_result(db: Store, feed: Feed, result: FetchResult, settings: Settings, now: datetime,
                  rng: random.Random) -> tuple[FeedOutcome, tuple[int, ...]]:
    """Parse (when needed) and store one fetch result in one transaction (outside a cycle)."""
    return store_ingest(db, feed, decide_ingest(feed, result, settings, now, rng), now)


async def poll_feed(db: Store, client: httpx.AsyncClient, feed: Feed, settings: Settings,
                    now: datetime, *, semaphore: asyncio.Semaphore, limiter: HostLimiter,
                    rng: random.Random, batcher: WriteBatcher | None = None,
                    parse_pool: Executor | None = None, pool_min_bytes: int = MIN_POOL_BYTES,
                    clock: Callable[[], datetime] | None = None) -> FeedOutcome:
    """Poll one feed end to end; never raises (an unexpected error is logged and stored).

    With a `clock`, the time of the fetch's answer replaces `now`, so the next poll is one
    interval after this fetch, not after the feed was found due.
    """
    assert feed.id is not None
    try:
        # Host slot first, then a global slot: a feed waiting for its busy host holds no global slot.
        async with limiter.hold(feed.url), semaphore:
            if clock is not None:
                now = clock()
            result = await fetch_feed(client, feed, settings, now)
        if clock is not None:
            # Measured from the answer: a request that left late (a busy machine) still leaves
            # a whole interval before the next one reaches the server.
            now = clock()
        elsewhere = None
        size = len(result.body) if result.body is not None else 0
        if parse_pool is not None and size >= pool_min_bytes and needs_parse(feed, result):
            elsewhere = await _parse_in_pool(parse_pool, result)
        elif parse_pool is None and result.body is not None and size >= MIN_POOL_BYTES \
                and needs_parse(feed, result):
            # A thread: the event loop keeps fetching other feeds while a big body parses.
            elsewhere = await asyncio.to_thread(parse_body, result.body, result.final_url, result.fetched,
                                                result.content_type, result.headers)
        ingest = decide_ingest(feed, result, settings, now, rng, parsed_elsewhere=elsewhere)
        if batcher is None:
            outcome, new_ids = store_ingest(db, feed, ingest, now)
        else:
            outcome, new_ids = await batcher.submit(lambda: store_ingest(db, feed, ingest, now))
        if feed.full_text and new_ids:
            await fetch_full_texts(db, client, feed, new_ids, settings, now,
                                   semaphore=semaphore, limiter=limiter)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # one feed's bug must not stop the cycle
        if not feed_exists(db, feed.id):
            outcome = FeedOutcome(feed.id, feed.url, "failed", error="removed while it was being polled")
        else:
            log.exception("poll %s %s: unexpected error", feed.id, feed.url)
            outcome = _record_crash(db, feed, now, exc, settings, rng)
    _log_outcome(outcome)
    return outcome


async def _parse_in_pool(pool: Executor, result: FetchResult) -> ParsedFeed | str | None:
    """Parse in a worker; None (parse here instead) if the pool is broken or shut down."""
    assert result.body is not None
    try:
        made: ParsedFeed | str = await asyncio.get_running_loop().run_in_executor(
            pool, parse_body, result.body, result.final_url, result.fetched, result.content_type,
            result.headers)
        return made
    except (BrokenExecutor, RuntimeError):
        if id(pool) not in _WARNED_POOLS:
            _WARNED_POOLS.add(id(pool))
            log.warning("parser workers unavailable: parsing in the daemon's process")
        return None


_WARNED_POOLS: set[int] = set()


def _record_crash(db: Store, feed: Feed, now: datetime, exc: Exception, settings: Settings,
                  rng: random.Random) -> FeedOutcome:
    assert feed.id is not None
    error = one_line(f"internal error: {type(exc).__name__}: {exc}")
    result = FetchResult(url=feed.url, final_url=feed.url, status=None, fetched=now, error=error,
                         error_kind="internal")
    update_after = None
    try:
        update_after, error_count = next_poll(feed, result, now, settings, rng)
        update_feed_after_fetch(db, feed, result, now,
                                FeedUpdate(whole_seconds_up(update_after), error_count))
    except Exception:
        log.exception("poll %s: could not store the error", feed.url)
    return FeedOutcome(feed.id, feed.url, "failed", error=error, update_after=update_after)


def _log_outcome(o: FeedOutcome) -> None:
    after = o.update_after.strftime("%Y-%m-%d %H:%M:%S") if o.update_after else "-"
    line = (f"poll feed={o.feed_id} {o.outcome} status={o.status if o.status is not None else '-'} "
            f"new={o.new} updated={o.updated} next={after} url={o.url}")
    if o.error:
        line += f" error={o.error}"
    log.info("%s", line)
    metrics.inc("feeds_polled", outcome=o.outcome)
    if o.outcome in {"failed", "gone"}:
        metrics.inc("fetch_errors", kind=metrics.classify_feed_error(o.status, o.error))
    if o.new or o.updated:
        metrics.inc("articles_ingested", o.new + o.updated)


async def poll_due_feeds(db: Store, settings: Settings, now: datetime, *, client: httpx.AsyncClient,
                         feeds: Sequence[Feed] | None = None, limit: int | None = None,
                         on_feed_done: Callable[[FeedOutcome], None] | None = None,
                         rng: random.Random | None = None, parse_pool: Executor | None = None,
                         pool_min_bytes: int = MIN_POOL_BYTES) -> CycleSummary:
    """Poll every due feed (or `feeds`) concurrently under the global and per-host limits."""
    started = time.monotonic()
    todo = list(feeds) if feeds is not None else get_due_feeds(
        db, now, limit, default_interval_s=settings.default_interval_s)
    semaphore = asyncio.Semaphore(settings.concurrency)
    limiter = HostLimiter(settings.per_host)
    chance = rng or random.Random()
    outcomes: list[FeedOutcome] = []
    batcher = WriteBatcher(db)

    async def one(feed: Feed) -> None:
        outcome = await poll_feed(db, client, feed, settings, now, semaphore=semaphore, limiter=limiter,
                                  rng=chance, batcher=batcher, parse_pool=parse_pool,
                                  pool_min_bytes=pool_min_bytes)
        outcomes.append(outcome)
        if on_feed_done is not None:
            on_feed_done(outcome)

    await asyncio.gather(*(one(f) for f in todo))
    return CycleSummary.of(outcomes, time.monotonic() - started)


def run_after_ingest(db: Store, settings: Settings, now: datetime, after_ingest: Sequence[AfterIngest],
                     ) -> None:
    """Run the later stages (detection, alerting), each in its own try/except."""
    for stage in after_ingest:
        try:
            stage(db, settings, now)
        except Exception:
            log.exception("after-ingest stage %s failed", getattr(stage, "__name__", stage))


async def run_cycle_async(db: Store, settings: Settings, now: datetime, *,
                          client: httpx.AsyncClient | None = None,
                          after_ingest: Sequence[AfterIngest] = (), feeds: Sequence[Feed] | None = None,
                          on_feed_done: Callable[[FeedOutcome], None] | None = None,
                          parse_pool: Executor | None = None,
                          pool_min_bytes: int = MIN_POOL_BYTES) -> CycleSummary:
    """Poll the due feeds, record the cycle in the daemon state, then run the later stages."""
    if client is None:
        async with make_client(settings) as own:
            summary = await poll_due_feeds(db, settings, now, client=own, feeds=feeds,
                                           on_feed_done=on_feed_done, parse_pool=parse_pool,
                                           pool_min_bytes=pool_min_bytes)
    else:
        summary = await poll_due_feeds(db, settings, now, client=client, feeds=feeds,
                                       on_feed_done=on_feed_done, parse_pool=parse_pool,
                                       pool_min_bytes=pool_min_bytes)
    record_cycle(db, now, now + timedelta(seconds=summary.duration_s), summary.as_dict())
    metrics.observe("cycle_duration_seconds", summary.duration_s)
    if summary.feeds:
        log.info("cycle: %d feeds, %d ok, %d not modified, %d unchanged, %d failed, %d new, %d updated "
                 "in %.2fs", summary.feeds, summary.ok, summary.not_modified, summary.unchanged,
                 summary.failed, summary.new_articles, summary.updated_articles, summary.duration_s)
    run_after_ingest(db, settings, now, after_ingest)
    return summary


def run_cycle(db: Store, settings: Settings, now: datetime, *, client: httpx.AsyncClient | None = None,
              after_ingest: Sequence[AfterIngest] = (), feeds: Sequence[Feed] | None = None,
              on_feed_done: Callable[[FeedOutcome], None] | None = None,
              parse_pool: Executor | None = None, pool_min_bytes: int = MIN_POOL_BYTES) -> CycleSummary:
    """Run one whole cycle in a fresh event loop (the CLI's `poll --once`, tests, the demo)."""
    return asyncio.run(run_cycle_async(db, settings, now, client=client, after_ingest=after_ingest,
                                       feeds=feeds, on_feed_done=on_feed_done, parse_pool=parse_pool,
                                       pool_min_bytes=pool_min_bytes))
