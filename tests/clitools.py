"""Run the `monitor` CLI in tests: in-process with CliRunner, or as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from monitor.cli import cli
from tests.conftest import ROOT


def invoke(db_path: Path, *args: str, input: str | None = None) -> Result:
    """Run `monitor --db DB ARGS…` in this process and return click's Result."""
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], input=input)


def invoke_json(db_path: Path, *args: str) -> Any:
    """Run a command with --json in this process and decode its standard output."""
    result = invoke(db_path, *args, "--json")
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.stdout)


@dataclass
class Completed:
    """What a subprocess run of the CLI returned."""

    code: int
    out: str
    err: str


def run(db_path: Path, *args: str, input: str | None = None, env: dict[str, str] | None = None,
        timeout: float = 60) -> Completed:
    """Run `python -m monitor --db DB ARGS…` as a subprocess, as a user's shell would."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    environ.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "monitor", "--db", str(db_path), *args], input=input,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=environ)
    return Completed(proc.returncode, proc.stdout, proc.stderr)
