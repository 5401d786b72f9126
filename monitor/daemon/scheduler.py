"""APScheduler 3.x wiring only: a few fixed interval jobs, each a plain callable. No business logic.

Every job runs with `coalesce=True` (runs missed while the machine slept collapse into one),
`max_instances=1` (a slow cycle is never doubled) and no misfire grace limit: APScheduler's default
of 1 s silently skips a run that starts late, e.g. after a suspend (RELIABILITY.md S4).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

# None = "run however late": with coalesce, a job missed during a 2 h suspend runs once on waking.
MISFIRE_GRACE_TIME: int | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """A fixed job: call `func` every `interval_s` seconds, first at `first_run` (None: at once)."""

    id: str
    func: Callable[[], object]
    interval_s: float
    first_run: datetime | None = None


def make_scheduler(jobs: Sequence[Job], now: datetime) -> BaseScheduler:
    """Return a stopped BackgroundScheduler holding `jobs` (each first run at `now` by default).

    One worker thread per job: a slow job never delays another.
    """
    scheduler = BackgroundScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=max(1, len(jobs)))},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_TIME},
        timezone="UTC",
    )
    add_jobs(scheduler, jobs, now)
    return scheduler


def add_jobs(scheduler: BaseScheduler, jobs: Sequence[Job], now: datetime) -> None:
    """Register each job with the fixed policy (coalesce, one instance, no misfire limit)."""
    for job in jobs:
        scheduler.add_job(
            job.func, IntervalTrigger(seconds=job.interval_s, start_date=now - timedelta(seconds=1),
                                      timezone="UTC"),
            id=job.id, name=job.id, next_run_time=job.first_run or now, replace_existing=True,
            coalesce=True, max_instances=1, misfire_grace_time=MISFIRE_GRACE_TIME,
        )
