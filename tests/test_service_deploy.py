"""deploy/: the systemd unit verifies, and the unit, image and compose file keep their promises."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.config import load_settings
from tests.conftest import ROOT

DEPLOY = ROOT / "deploy"
UNIT = DEPLOY / "monitor.service"
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
needs_systemd = pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed")


def installed_unit(tmp_path: Path, text: str | None = None) -> Path:
    """Copy the unit into tmp_path with ExecStart pointing at this checkout's `monitor` script.

    systemd-analyze verify checks that the program exists; /opt/monitor is where the README
    installs it, which is not where the tests run.
    """
    script = Path(sys.executable).with_name("monitor")
    body = (text if text is not None else UNIT.read_text()).replace("/opt/monitor/venv/bin/monitor",
                                                                    str(script))
    path = tmp_path / "monitor.service"
    path.write_text(body)
    return path


def verify(path: Path) -> tuple[int, str]:
    """Run systemd-analyze verify; return its status and what it said about this unit."""
    assert SYSTEMD_ANALYZE is not None
    result = subprocess.run([SYSTEMD_ANALYZE, "verify", str(path)], capture_output=True, text=True,
                            timeout=60, check=False)
    said = [line for line in (result.stdout + result.stderr).splitlines() if path.name in line]
    return result.returncode, "\n".join(said)


@needs_systemd
def test_unit_verifies_cleanly(tmp_path: Path) -> None:
    """systemd-analyze verify accepts the unit without a single warning about it."""
    code, said = verify(installed_unit(tmp_path))
    assert code == 0 and said == "", said


@needs_systemd
def test_verify_catches_a_broken_unit(tmp_path: Path) -> None:
    """The check above is not a formality: a misspelt value in the unit is reported."""
    broken = UNIT.read_text().replace("WatchdogSec=120s", "WatchdogSec=two minutes")
    code, said = verify(installed_unit(tmp_path, broken))
    assert said != "" or code != 0


@needs_systemd
def test_unit_security_exposure_is_low(tmp_path: Path) -> None:
    """systemd-analyze security rates the unit's exposure at most 2.0 (of 10)."""
    result = subprocess.run([SYSTEMD_ANALYZE, "security", "--offline=yes", str(installed_unit(tmp_path))],
                            capture_output=True, text=True, timeout=60, check=False)
    match = re.search(r"Overall exposure level for monitor\.service: ([0-9.]+)", result.stdout)
    if match is None:
        pytest.skip(f"this systemd-analyze cannot rate units offline: {result.stderr.strip()[:200]}")
    assert float(match.group(1)) <= 2.0


def unit_settings() -> dict[str, list[str]]:
    """Read the [Service] section of the unit as key -> values."""
    section, values = "", {}  # type: ignore[var-annotated]
    for line in UNIT.read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values.setdefault(key, []).append(value)
    return values


@pytest.mark.parametrize(("key", "value"), [
    ("Type", "notify"),
    ("NotifyAccess", "main"),
    ("Restart", "on-failure"),
    ("ProtectSystem", "strict"),
    ("NoNewPrivileges", "yes"),
    ("StateDirectory", "monitor"),
    ("DynamicUser", "yes"),
    ("User", "monitor"),
    ("PrivateTmp", "yes"),
    ("CapabilityBoundingSet", ""),
])
def test_unit_promises(key: str, value: str) -> None:
    """The unit sets what issue 6 asks: notify, a dedicated user, restart, hardening, state dir."""
    assert value in unit_settings().get(key, [])


def test_unit_timeouts_fit_the_daemon() -> None:
    """The watchdog leaves room for a ping every WatchdogSec/2, and stop waits longer than 10 s."""
    settings = unit_settings()
    watchdog = int(settings["WatchdogSec"][0].removesuffix("s"))
    stop = int(settings["TimeoutStopSec"][0].removesuffix("s"))
    assert watchdog >= 60 and stop > 10
    assert "MONITOR_DB=/var/lib/monitor/monitor.db" in settings["Environment"]


def test_dockerfile_runs_as_non_root_with_a_volume() -> None:
    """The image is slim Python, switches to a numeric non-root user and keeps the store on /data."""
    text = (DEPLOY / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.1\d+-slim", text, re.M)
    users = re.findall(r"^USER (\S+)", text, re.M)
    assert users and users[-1].split(":")[0] not in {"0", "root"}
    assert 'VOLUME ["/data"]' in text and "MONITOR_DB=/data/monitor.db" in text
    assert "HEALTHCHECK" in text and "/healthz" in text


def test_compose_publishes_on_loopback_and_mounts_the_store() -> None:
    """Compose keeps the endpoint on the host's loopback and the store on a named volume."""
    text = (DEPLOY / "compose.yaml").read_text()
    assert '"127.0.0.1:8477:8477"' in text
    assert "monitor-data:/data" in text and "read_only: true" in text
    assert "no-new-privileges:true" in text and "dockerfile: deploy/Dockerfile" in text


def test_container_config_loads() -> None:
    """deploy/monitor.toml is a valid configuration: JSON logs, endpoint inside, store on /data."""
    settings = load_settings(DEPLOY / "monitor.toml", environ={})
    assert settings.log_format == "json"
    assert settings.http_address == "0.0.0.0:8477"
    assert settings.store_path == Path("/data/monitor.db")
