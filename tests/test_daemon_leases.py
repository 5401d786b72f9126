"""A daemon starting on a host frees the leases of that host's killed instances, and only those."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime

from monitor.daemon.runner import instance_owner, release_dead_local_leases
from monitor.model import Feed
from monitor.store.db import Store
from monitor.store.feeds import add_feed, claim_due_feeds, get_feed_lease

NOW = datetime(2024, 12, 1, tzinfo=UTC)


def dead_pid() -> int:
    """Return the pid of a process that has exited (and was reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_leases_of_a_dead_local_instance_are_freed_at_start(db: Store) -> None:
    """A dead pid of this host loses its leases; a live one and another host's keep theirs."""
    host = socket.gethostname()
    owners = {"dead": f"{host}:{dead_pid()}:aa", "alive": f"{host}:{os.getpid()}:bb",
              "elsewhere": "other-host:1:cc"}
    for n, owner in enumerate(owners.values()):
        add_feed(db, Feed(url=f"https://f{n}.example/rss"), NOW)
        assert len(claim_due_feeds(db, owner, NOW, 1, 600)) == 1
    assert release_dead_local_leases(db) == 1
    holders = {get_feed_lease(db, n + 1)[0] for n in range(3)}
    assert holders == {None, owners["alive"], owners["elsewhere"]}


def test_owner_ids_name_the_host_and_the_process_and_differ() -> None:
    """host:pid:random, unique per instance even in one process."""
    first, second = instance_owner(), instance_owner()
    assert first.split(":")[:2] == [socket.gethostname(), str(os.getpid())] and first != second
