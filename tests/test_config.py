"""Settings: defaults, overrides, secrets from the environment, and one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from monitor.config import PACKAGE_CONFIG, load_settings, settings_from_dict
from monitor.errors import ConfigError


def test_packaged_default_config_loads() -> None:
    """The shipped config/monitor.toml is valid and gives the documented defaults."""
    settings = load_settings(PACKAGE_CONFIG, environ={})
    assert settings.concurrency == 20
    assert settings.min_interval_s == 900
    assert settings.max_body_bytes == 15 * 1024 * 1024
    assert settings.max_redirects == 5
    assert settings.store_path.name == "monitor.db"


def test_store_path_env_override(tmp_path: Path) -> None:
    """MONITOR_DB overrides the store path of the file."""
    settings = load_settings(PACKAGE_CONFIG, environ={"MONITOR_DB": str(tmp_path / "x.db")})
    assert settings.store_path == tmp_path / "x.db"


def test_relative_store_path_is_relative_to_the_config_file(tmp_path: Path) -> None:
    """A relative store path in the file is taken from the file's folder, not the cwd."""
    cfg = tmp_path / "m.toml"
    cfg.write_text('[store]\npath = "data/m.db"\n')
    assert load_settings(cfg, environ={}).store_path == tmp_path / "data" / "m.db"


def test_feeds_and_durations(tmp_path: Path) -> None:
    """Feeds are read with their per-feed interval in any duration form."""
    cfg = tmp_path / "m.toml"
    cfg.write_text('[[feeds]]\nurl = "https://example.org/rss"\ninterval = "10m"\n'
                   '[[feeds]]\nurl = "https://example.org/b"\ninterval = 120\nfull_text = true\n')
    settings = load_settings(cfg, environ={})
    assert [f.interval_s for f in settings.feeds] == [600, 120]
    assert settings.feeds[1].full_text is True


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"poll": {"concurrency": "many"}}, "poll.concurrency"),
        ({"poll": {"concurrency": 0}}, "poll.concurrency"),
        ({"poll": {"interval": "soon"}}, "poll.interval"),
        ({"limits": {"max_redirects": True}}, "limits.max_redirects"),
        ({"feeds": [{"url": "ftp://x"}]}, "feeds[0].url"),
        ({"feeds": [{"title": "no url"}]}, "feeds[0]"),
        ({"channels": [{"name": "a", "kind": "pigeon"}]}, "channels[0].kind"),
        ({"channels": [{"name": "a", "kind": "email", "password": "hunter2"}]}, "channels[0].password"),
        ({"log": {"format": "xml"}}, "log.format"),
        ({"alerts": {"policy": "sometimes"}}, "alerts.policy"),
        ({"colour": {}}, "colour"),
    ],
)
def test_bad_values_name_the_key(raw: dict, key: str) -> None:
    """Each bad value raises ConfigError naming the file and the key."""
    with pytest.raises(ConfigError) as info:
        settings_from_dict(raw, "cfg.toml", environ={})
    assert info.value.key == key
    assert str(info.value).startswith(f"cfg.toml: {key}: ")


def test_secret_is_read_from_the_named_environment_variable() -> None:
    """A secret comes from the environment variable the config names, never from the file."""
    settings = settings_from_dict(
        {"channels": [{"name": "a", "kind": "webhook", "url": "https://h", "secret_env": "HOOK_S"}]},
        environ={})
    env_name = settings.channels[0].options["secret_env"]
    assert settings.secret(env_name, {"HOOK_S": "whsec_abc"}) == "whsec_abc"
    assert settings.secret(env_name, {}) is None


def test_bad_config_exits_2_with_one_line(tmp_path: Path) -> None:
    """The CLI prints one line naming the file and key, and exits with status 2."""
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[poll]\nconcurrency = -3\n")
    run = subprocess.run([sys.executable, "-m", "monitor", "--config", str(cfg), "--db",
                          str(tmp_path / "s.db"), "status"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "bad.toml" in lines[0] and "poll.concurrency" in lines[0]


def test_toml_syntax_error_is_one_line(tmp_path: Path) -> None:
    """A TOML syntax error is reported as a ConfigError, not a traceback."""
    cfg = tmp_path / "broken.toml"
    cfg.write_text("[poll\nconcurrency = 3\n")
    with pytest.raises(ConfigError) as info:
        load_settings(cfg, environ={})
    assert "broken.toml" in str(info.value)
