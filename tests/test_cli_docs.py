"""docs/cli.md documents every command from its own `--help`, and is never stale."""

from __future__ import annotations

import subprocess
import sys

from monitor.cli.docs import BEGIN, DOCS, END, render_docs
from tests.conftest import ROOT
from tests.test_cli_help import COMMANDS


def test_docs_cli_md_is_up_to_date() -> None:
    """The generated part of docs/cli.md is what the commands' help says now.

    Checked in a fresh process: click caches each command's help option the first time it is
    invoked, so in-process tests that ran a command on its own would change `-h, --help`.
    """
    done = subprocess.run([sys.executable, "-m", "monitor.cli.docs", "--check"], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, "docs/cli.md is stale: run `python -m monitor.cli.docs`"


def test_every_command_has_a_section() -> None:
    """Each command and subcommand of the CLI has its own section in the reference."""
    generated = DOCS.read_text(encoding="utf-8").split(BEGIN, 1)[1].split(END, 1)[0]
    for path, _ in COMMANDS:
        title = " ".join(("monitor", *path))
        assert f"\n### {title}\n" in generated, f"{title} is not documented in docs/cli.md"


def test_the_hand_written_guide_is_kept() -> None:
    """Regenerating keeps the guide above the markers and adds nothing after them twice."""
    current = DOCS.read_text(encoding="utf-8")
    again = render_docs(render_docs(current))
    assert again == render_docs(current)
    assert again.startswith("# The `monitor` command line")
    assert again.count(BEGIN) == 1 and again.count(END) == 1
    assert "Usage: monitor feeds add" in again
