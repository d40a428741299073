"""Shared fixtures: paths to real test inputs and one pipeline per test session (models load once)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "fr-putin-macron-call-2020-11-07.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def example_doc(pipeline):
    from newsgraph.sources import read_inputs

    [article] = list(read_inputs([str(EXAMPLE)]))
    [doc] = pipeline([article])
    return doc


class Cli:
    """Runs ``newsgraph`` in this process (models stay loaded between calls)."""

    def __init__(self, tmp_path: Path) -> None:
        self.db = str(tmp_path / "test.duckdb")
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None, db: bool = True):
        argv = list(args)
        if db and argv[0] in ("ingest", "articles", "show", "export", "search"):
            argv += ["--db", self.db]
        return self.runner.invoke(main, argv, input=input, catch_exceptions=False)

    def json_lines(self, *args: str) -> list[dict]:
        result = self(*args)
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.fixture
def cli(tmp_path) -> Cli:
    return Cli(tmp_path)


def run_newsgraph(*args: str, cwd: Path | None = None, input: bytes | None = None) -> subprocess.CompletedProcess:
    """The installed ``newsgraph`` command in a subprocess (for what must hold outside pytest's process)."""
    exe = Path(sys.executable).parent / "newsgraph"
    return subprocess.run([str(exe), *args], cwd=cwd, input=input, capture_output=True, timeout=300,
                          env={**os.environ, "COLUMNS": "200"})
