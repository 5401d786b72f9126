"""The `monitor` command: a click group whose subcommands live one family per module.

Each command is a thin call into the modules below it. Errors are printed on standard error as
one line starting with `monitor: `: exit status 2 for configuration and usage errors, 1 for
everything else. Messages that report a change start with a capital and a past participle or
verb ("Added feed 3: …", "Removed channel ops"), and counts agree with their nouns ("1 feed").
"""

from __future__ import annotations

import importlib
import logging
import sys
from typing import Any

import click

from monitor import __version__
from monitor.cli.context import AppContext
from monitor.errors import ConfigError, MonitorError

# One module per command family; each exposes `commands: list[click.Command]`. A command's module
# is imported when the command runs (or help lists it): `monitor status` need not load the detector,
# the web service and the HTTP client (~0.2 s of start-up for every command).
COMMAND_MODULES = {
    "feeds": ("feeds",), "poll": ("poll", "run", "replay", "demo"), "articles": ("articles",),
    "detect": ("detect",), "watch": ("watch",), "actors": ("actors", "sides"), "channels": ("channels",),
    "alerts": ("alerts",), "cities": ("cities", "history"), "status": ("status", "completion"),
    "serve": ("serve",), "store": ("store",),
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported from their family's module on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for names in COMMAND_MODULES.values() for name in names)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        for module, names in COMMAND_MODULES.items():
            if cmd_name in names:
                found = {c.name: c for c in importlib.import_module(f"monitor.cli.{module}").commands}
                return found.get(cmd_name)
        return None


@click.group(cls=LazyGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="monitor")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), envvar="MONITOR_CONFIG",
              help="Configuration file (default: config/monitor.toml). Env: MONITOR_CONFIG.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), envvar="MONITOR_DB", metavar="FILE|URL",
              help="Store: a file, or a postgresql://user@host:port/db URL; overrides the configuration. "
                   "Env: MONITOR_DB.")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, db_path: str | None) -> None:
    """Watch news feeds and alert, with evidence, when a watched city changes hands.

    \b
    Example, offline, on the demo articles:
      monitor demo
    """
    ctx.obj = AppContext(config_path=config_path, db_path=db_path)
    ctx.call_on_close(ctx.obj.close)
    show_notices()


NOTICE_LOGGERS = ("monitor.gazetteer", "monitor.match")  # slow first-run work says so (the gazetteer build)
_NOTICE_HANDLER = "monitor-cli-notices"


class _StderrNotices(logging.StreamHandler):  # type: ignore[type-arg]
    """Print INFO notices as `monitor: …` on the current stderr, unless logging is configured.

    Once `run` or `poll -v` has installed the service's handler on the root logger, the notice
    goes through that one instead, so it is never printed twice.
    """

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.set_name(_NOTICE_HANDLER)
        self.setFormatter(logging.Formatter("monitor: %(message)s"))
        self.addFilter(lambda record: not _service_logging_on())

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr  # the stream of this moment (tests and pagers swap it)
        super().emit(record)


def _service_logging_on() -> bool:
    from monitor.service.logs import _HANDLER_NAME

    return any(h.get_name() == _HANDLER_NAME for h in logging.getLogger().handlers)


def show_notices() -> None:
    """Let INFO notices of slow one-off work reach the user on standard error (installed once)."""
    for name in NOTICE_LOGGERS:
        logger = logging.getLogger(name)
        if not any(h.get_name() == _NOTICE_HANDLER for h in logger.handlers):
            logger.addHandler(_StderrNotices())
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI, turning the package's own errors into one line on standard error."""
    try:
        return cli.main(args=argv, prog_name="monitor", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        # One line, like every other error: what is wrong, and where the help is.
        where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
        click.echo(f"monitor: {exc.format_message()}{where}", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"monitor: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except ConfigError as exc:
        for line in str(exc).splitlines():  # several problems: one line each
            click.echo(f"monitor: configuration error: {line}", err=True)
        sys.exit(2)
    except MonitorError as exc:
        click.echo(f"monitor: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
