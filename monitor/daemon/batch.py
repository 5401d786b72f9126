"""Group the per-feed writes of a cycle into few transactions: one fsync for many feeds.

With `synchronous = FULL` every commit waits for the disk; 1,000 feeds answering 304 would cost
1,000 commits. The batcher runs each feed's writes inside a savepoint of a shared BEGIN IMMEDIATE
transaction, so one feed's writes still land together or not at all, and a failing feed does not
undo the others. A batch is written when it is full or a few milliseconds after its first write.
If the cycle is cancelled, writes still queued are simply not made: the feeds are polled again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from monitor.store.db import Store, write_transaction

T = TypeVar("T")


class WriteBatcher:
    """Collect write callables from coroutines of one event loop and run them in shared transactions."""

    def __init__(self, db: Store, *, max_items: int = 64, max_delay_s: float = 0.02) -> None:
        self.db = db
        self.max_items = max_items
        self.max_delay_s = max_delay_s
        self.commits = 0
        self._pending: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []
        self._timer: asyncio.TimerHandle | None = None

    async def submit(self, write: Callable[[], T]) -> T:
        """Queue `write` (run with the store, inside its own savepoint) and wait for its result."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._pending.append((write, future))
        if len(self._pending) >= self.max_items:
            self.flush()
        elif self._timer is None:
            self._timer = loop.call_later(self.max_delay_s, self.flush)
        return await future

    def flush(self) -> None:
        """Write every queued callable now, in one transaction (each in its own savepoint)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._pending = self._pending, []
        live = [(write, future) for write, future in batch if not future.cancelled()]
        if not live:
            return
        outcomes: list[tuple[asyncio.Future[Any], Any, BaseException | None]] = []
        try:
            with write_transaction(self.db):
                for write, future in live:
                    try:
                        with self.db.atomic():
                            outcomes.append((future, write(), None))
                    except Exception as exc:  # this feed's writes are rolled back; the others go on
                        outcomes.append((future, None, exc))
        except Exception as exc:  # the commit itself failed: nobody's writes landed
            for _, future in live:
                if not future.done():
                    future.set_exception(exc)
            return
        self.commits += 1
        for future, value, error in outcomes:
            if future.done():
                continue
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(value)
