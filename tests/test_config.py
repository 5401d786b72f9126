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
        ({"feeds": [{"title": "no url"}]}, "feeds[0].url"),
        ({"channels": [{"name": "a", "kind": "pigeon"}]}, "channels[0].kind"),
        ({"channels": [{"name": "a", "kind": "email", "host": "h", "to": "d@example.org",
                        "password": "hunter2"}]},
         "channels[0].password"),
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


@pytest.mark.parametrize(
    ("raw", "key", "says"),
    [
        ({"poll": {"intervall": "5m"}}, "poll.intervall", "did you mean interval?"),
        ({"feeds": [{"url": "https://example.org/rss", "allowprivate": True}]}, "feeds[0].allowprivate",
         "did you mean allow_private?"),
        ({"channels": [{"name": "h", "kind": "webhook", "url": "https://hooks.example.org/x",
                        "secret_evn": "HOOK"}]}, "channels[0].secret_evn", "did you mean secret_env?"),
        ({"limits": {"max_bodymb": 3}}, "limits.max_bodymb", "did you mean max_body_mb?"),
        ({"http": {"adress": "127.0.0.1:1"}}, "http.adress", "did you mean address?"),
        ({"store": {"pathh": "x.db"}}, "store.pathh", "unknown key"),
    ],
)
def test_unknown_keys_are_refused_everywhere(raw: dict, key: str, says: str) -> None:
    """A misspelt key in any table is an error naming it, with the close known key when there is one."""
    with pytest.raises(ConfigError) as info:
        settings_from_dict(raw, "cfg.toml", environ={})
    assert info.value.key == key
    assert says in str(info.value)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"poll": {"interval": "-5m"}}, "poll.interval"),
        ({"poll": {"max_backoff": -1}}, "poll.max_backoff"),
        ({"limits": {"max_body_mb": -1}}, "limits.max_body_mb"),
        ({"limits": {"max_redirects": -2}}, "limits.max_redirects"),
        ({"limits": {"total_timeout": 0}}, "limits.total_timeout"),
        ({"feeds": [{"url": "https://example.org/rss", "interval": "-10m"}]}, "feeds[0].interval"),
        ({"poll": {"parse_workers": -1}}, "poll.parse_workers"),
        ({"alerts": {"confirm_outlets": 0}}, "alerts.confirm_outlets"),
    ],
)
def test_negative_values_are_refused(raw: dict, key: str) -> None:
    """Negative durations and sizes are errors, not silently accepted."""
    with pytest.raises(ConfigError) as info:
        settings_from_dict(raw, "cfg.toml", environ={})
    assert info.value.key == key


def test_email_channel_without_host_and_to_names_both_keys() -> None:
    """An incomplete email channel gives one line per missing key, each naming the file and channel."""
    with pytest.raises(ConfigError) as info:
        settings_from_dict({"channels": [{"name": "desk", "kind": "email", "username": "u"}]},
                           "cfg.toml", environ={})
    lines = str(info.value).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("cfg.toml: channels[0].host: ") and "desk" in lines[0]
    assert lines[1].startswith("cfg.toml: channels[0].to: ")


@pytest.mark.parametrize(
    ("channel", "key"),
    [
        ({"name": "w", "kind": "webhook"}, "channels[0].url"),
        ({"name": "w", "kind": "webhook", "url": "not a url"}, "channels[0].url"),
        ({"name": "a", "kind": "apprise"}, "channels[0]"),
        ({"name": "e", "kind": "email", "host": "h", "to": ["d@example.org"], "port": 99999},
         "channels[0].port"),
        ({"name": "e", "kind": "email", "host": "h", "to": ["d@example.org"], "security": "ssl"},
         "channels[0].security"),
        ({"kind": "webhook", "url": "https://hooks.example.org/x"}, "channels[0].name"),
        ({"name": "w", "kind": "webhook", "url": "https://hooks.example.org/x", "secret_env": "no spaces"},
         "channels[0].secret_env"),
    ],
)
def test_channel_kinds_have_their_own_required_keys(channel: dict, key: str) -> None:
    """Each channel kind is checked against its own keys: what it needs, what values they take."""
    with pytest.raises(ConfigError) as info:
        settings_from_dict({"channels": [channel]}, "cfg.toml", environ={})
    assert info.value.key == key


def test_several_errors_are_reported_together_one_line_each() -> None:
    """Every problem of the file is reported at once, not only the first."""
    with pytest.raises(ConfigError) as info:
        settings_from_dict({"poll": {"intervall": "5m", "concurrency": 0}, "limits": {"max_body_mb": -1}},
                           "cfg.toml", environ={})
    lines = str(info.value).splitlines()
    assert {line.split(": ")[1] for line in lines} == {"poll.intervall", "poll.concurrency",
                                                       "limits.max_body_mb"}
    assert all(line.startswith("cfg.toml: ") for line in lines)


def test_valid_channels_keep_their_options_as_written() -> None:
    """A valid channel keeps every option the senders read (including `from` and lists of `to`)."""
    settings = settings_from_dict({"channels": [
        {"name": "desk", "kind": "email", "host": "smtp.example.org", "port": 587, "from": "a@example.org",
         "to": ["d@example.org"], "password_env": "SMTP_PW", "username": "a", "timeout_s": 5,
         "digest": "daily", "quiet_hours": "22:00-07:00"},
        {"name": "hook", "kind": "webhook", "url": "https://hooks.example.org/m", "allow_private": True},
    ]}, "cfg.toml", environ={})
    desk, hook = settings.channels
    assert desk.options["from"] == "a@example.org" and desk.options["to"] == ["d@example.org"]
    assert desk.options["digest"] == "daily"
    assert hook.kind == "webhook" and hook.options["allow_private"] is True


def test_a_postgresql_url_is_kept_as_text_with_its_password_variable(tmp_path: Path) -> None:
    """A postgresql:// store stays a URL (not a path under the config folder); password_env is read."""
    cfg = tmp_path / "m.toml"
    cfg.write_text('[store]\npath = "postgresql://monitor@db.example:5432/monitor"\n'
                   'password_env = "MONITOR_PG_PASSWORD"\n')
    settings = load_settings(cfg, environ={})
    assert settings.store_path == "postgresql://monitor@db.example:5432/monitor"
    assert settings.store_password_env == "MONITOR_PG_PASSWORD"
    from_env = load_settings(cfg, environ={"MONITOR_DB": "postgresql://u@h/db"})
    assert from_env.store_path == "postgresql://u@h/db"


@pytest.mark.parametrize("url", ["mysql://u@h/db", "sqlite:///tmp/x.db", "http://example.org/x.db"])
def test_other_store_url_schemes_are_refused(url: str) -> None:
    """Only a path or a postgresql:// URL names a store; any other scheme is an error."""
    with pytest.raises(ConfigError) as info:
        settings_from_dict({"store": {"path": url}}, "cfg.toml", environ={})
    assert info.value.key == "store.path"
    assert "scheme" in str(info.value)


def test_several_errors_exit_2_with_one_line_each(tmp_path: Path) -> None:
    """The CLI prints every configuration problem on its own line and exits with status 2."""
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[poll]\nintervall = "5m"\n[[channels]]\nname = "desk"\nkind = "email"\n')
    run = subprocess.run([sys.executable, "-m", "monitor", "--config", str(cfg), "--db",
                          str(tmp_path / "s.db"), "feeds", "list"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2, run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 3, run.stderr
    assert all(line.startswith("monitor: configuration error: ") and "bad.toml" in line for line in lines)
    assert any("poll.intervall" in line for line in lines)
    assert any("channels[0].host" in line for line in lines)
    assert not (tmp_path / "s.db").exists()


def test_a_bad_store_url_on_the_command_line_exits_2(tmp_path: Path) -> None:
    """`--db mysql://…` is refused in one line instead of creating a folder named `mysql:`."""
    run = subprocess.run([sys.executable, "-m", "monitor", "--db", "mysql://u@h/db", "watch", "list"],
                         capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert run.returncode == 2, run.stderr
    assert len(run.stderr.splitlines()) == 1 and "mysql" in run.stderr
    assert not (tmp_path / "mysql:").exists()
