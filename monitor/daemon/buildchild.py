"""Build the daemon's detector in a child process and keep only the result (issue 11, memory).

Building the matchers for 10,000 watched places allocates ~40 MB of temporaries (the watchlist's
spellings, the working tables of the automata) that the allocator keeps once freed: built in the
daemon, they would stay in its resident memory, and every watchlist edit would add more. A child
process reads the watchlist, builds the detector and writes it pickled on its standard output;
the daemon loads it (~50 MB at 10,000 places) and the child's memory leaves with the child. A
detector built before for the same watchlist and code is loaded from disk (`detectorcache`)
instead, so a daemon restarted on the same watchlist and code skips the build.

    python -m monitor.daemon.buildchild STORE [PASSWORD_ENV]   # the pickled Detector on stdout

The pickle comes from this program run by the daemon itself, never from elsewhere.
"""

from __future__ import annotations

import pickle
import subprocess
import sys

from monitor.config import Settings
from monitor.errors import MonitorError
from monitor.match.control import Detector

BUILD_TIMEOUT_S = 600.0  # a first run may build the gazetteer cache first (~30 s)


class BuildError(MonitorError):
    """The child process could not build the detector."""


def build_in_child(settings: Settings) -> Detector:
    """Build the detector of the store's watchlist in a child process and return it.

    Raises BuildError with the child's last line of error output when it fails.
    """
    args = [sys.executable, "-m", "monitor.daemon.buildchild", str(settings.store_path)]
    if settings.store_password_env:
        args.append(settings.store_password_env)
    try:
        done = subprocess.run(args, capture_output=True, timeout=BUILD_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BuildError(f"could not build the detector in a child process: {exc}") from exc
    if done.returncode != 0 or not done.stdout:
        lines = done.stderr.decode(errors="replace").strip().splitlines() or ["no output"]
        raise BuildError(f"could not build the detector in a child process: {lines[-1]}")
    detector = pickle.loads(done.stdout)
    if not isinstance(detector, Detector):
        raise BuildError(f"the child process returned a {type(detector).__name__}, not a detector")
    return detector


def main(argv: list[str]) -> int:
    """Write the pickled detector of the store's watchlist on standard output (built, or kept on disk)."""
    from monitor.daemon.detectorcache import load_or_build
    from monitor.store.db import open_store
    from monitor.store.watchlist import get_watchlist

    if not 1 <= len(argv) <= 2:
        print("usage: python -m monitor.daemon.buildchild STORE [PASSWORD_ENV]", file=sys.stderr)
        return 2
    db = open_store(argv[0], migrate=False, password_env=argv[1] if len(argv) > 1 else None)
    try:
        watchlist = get_watchlist(db)
    finally:
        db.close()
    sys.stdout.buffer.write(pickle.dumps(load_or_build(watchlist), protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
