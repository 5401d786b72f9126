"""The `monitor` command: a click group whose subcommands live one family per module.

Each command is a thin call into the modules below it. Errors the package raises on purpose
are printed on standard error as one line: exit status 2 for configuration and usage errors,
1 for everything else.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from monitor import __version__
from monitor.cli.context import AppContext
from monitor.errors import ConfigError, MonitorError

# One module per command family; each exposes `commands: list[click.Command]`.
COMMAND_MODULES = (
    "feeds", "poll", "articles", "detect", "watch", "actors", "channels", "alerts",
    "cities", "status", "serve", "store",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


for _name in COMMAND_MODULES:
    for _command in importlib.import_module(f"monitor.cli.{_name}").commands:
        cli.add_command(_command)


def main(argv: list[str] | None = None) -> Any:
    """Run the CLI, turning the package's own errors into one line on standard error."""
    try:
        return cli.main(args=argv, prog_name="monitor", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ConfigError as exc:
        click.echo(f"monitor: configuration error: {exc}", err=True)
        sys.exit(2)
    except MonitorError as exc:
        click.echo(f"monitor: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
