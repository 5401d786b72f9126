"""The write batcher: many feeds' writes in few commits, each feed's writes all-or-nothing."""

from __future__ import annotations

import asyncio

import pytest
from sqlite_utils import Database

from monitor.daemon.batch import WriteBatcher


def put(db: Database, key: str, fail: bool = False) -> str:
    db.execute("INSERT INTO daemon_state (key, value) VALUES (?, 'a')", [key])
    db.execute("INSERT INTO daemon_state (key, value) VALUES (?, 'b')", [key + "/2"])
    if fail:
        raise RuntimeError(f"feed {key} broke")
    return key


def test_many_writes_share_few_commits(db: Database) -> None:
    """Two hundred feeds' writes land in a handful of commits, every one of them stored."""
    async def go() -> tuple[list[str], int]:
        batcher = WriteBatcher(db, max_items=64)
        done = await asyncio.gather(*(batcher.submit(lambda k=k: put(db, f"k{k}")) for k in range(200)))
        return list(done), batcher.commits

    done, commits = asyncio.run(go())
    assert len(done) == 200 and commits <= 4
    assert db.execute("SELECT count(*) FROM daemon_state").fetchone()[0] == 400


def test_a_failing_feed_rolls_back_only_its_own_writes(db: Database) -> None:
    """One feed's exception undoes both of its writes, not the other feeds' writes in the batch."""
    async def go() -> list[object]:
        batcher = WriteBatcher(db)
        return await asyncio.gather(batcher.submit(lambda: put(db, "good1")),
                                    batcher.submit(lambda: put(db, "bad", fail=True)),
                                    batcher.submit(lambda: put(db, "good2")), return_exceptions=True)

    results = asyncio.run(go())
    assert results[0] == "good1" and results[2] == "good2"
    assert isinstance(results[1], RuntimeError)
    keys = {k for (k,) in db.execute("SELECT key FROM daemon_state")}
    assert keys == {"good1", "good1/2", "good2", "good2/2"}


def test_a_lone_write_is_flushed_after_the_delay(db: Database) -> None:
    """A single queued write does not wait for a full batch."""
    async def go() -> str:
        return await asyncio.wait_for(WriteBatcher(db, max_items=1000, max_delay_s=0.01).submit(
            lambda: put(db, "solo")), timeout=2)

    assert asyncio.run(go()) == "solo"


@pytest.mark.parametrize("max_items", [1, 3])
def test_full_batches_flush_at_once(db: Database, max_items: int) -> None:
    """A batch that reaches max_items is written without waiting for the timer."""
    async def go() -> int:
        batcher = WriteBatcher(db, max_items=max_items, max_delay_s=60)
        await asyncio.wait_for(asyncio.gather(*(batcher.submit(lambda k=k: put(db, f"f{k}"))
                                                for k in range(max_items))), timeout=2)
        return batcher.commits

    assert asyncio.run(go()) == 1
