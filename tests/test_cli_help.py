"""Every command of the whole `monitor` CLI explains itself, with an example."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner

from monitor.cli import COMMAND_MODULES, cli

Path = tuple[str, ...]


def walk(command: click.Command, path: Path = ()) -> Iterator[tuple[Path, click.Command]]:
    """Yield every command and subcommand under `command`, with its path of names."""
    yield path, command
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in sorted(command.list_commands(ctx)):
            sub = command.get_command(ctx, name)
            assert sub is not None, f"{' '.join(path)} lists {name} but has no such command"
            yield from walk(sub, (*path, name))


COMMANDS = list(walk(cli))


def test_the_tree_has_the_watchlist_commands() -> None:
    """The walk finds nested commands, so the checks below really cover the tree."""
    paths = {" ".join(path) for path, _ in COMMANDS}
    assert {"watch add", "watch alias remove", "actors list", "sides set", "status", "completion"} <= paths


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) or "monitor" for p, _ in COMMANDS])
def test_help_has_a_summary_and_an_example(path: tuple[str, ...], command: click.Command) -> None:
    """`monitor … --help` exits 0 and shows a summary and an example invocation."""
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert (command.help or "").strip(), f"monitor {' '.join(path)} has no help text"
    assert "Example" in result.output, f"monitor {' '.join(path)} --help shows no example"
    example = result.output.split("Example", 1)[1]
    assert "monitor" in example, f"the example of monitor {' '.join(path)} does not show a command line"


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) or "monitor" for p, _ in COMMANDS])
def test_every_option_is_explained(path: tuple[str, ...], command: click.Command) -> None:
    """Every option other than --help has its own help text."""
    undocumented = [p.name for p in command.params
                    if isinstance(p, click.Option) and not p.help and p.name not in {"help", "version"}]
    assert undocumented == [], f"monitor {' '.join(path)}: options without help: {undocumented}"


def test_each_family_module_has_exactly_the_commands_listed_for_it() -> None:
    """A command added to a family's module but not to COMMAND_MODULES would be unreachable."""
    for module, names in COMMAND_MODULES.items():
        found = sorted(c.name or "" for c in importlib.import_module(f"monitor.cli.{module}").commands)
        assert found == sorted(names), module


def test_a_command_loads_only_what_it_needs() -> None:
    """`monitor status` starts without importing the detector, the web service or the HTTP client."""
    code = ("import sys\nfrom monitor.cli import cli\nsys.argv = ['monitor', 'status', '--help']\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('monitor.match.control', 'monitor.service.http', 'httpx') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
