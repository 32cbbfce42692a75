"""Run an adapter program the way GradePort does, for tests (also a pytest plugin: the
``run_adapter`` fixture).

    from gradeport_adapter.testing import read_records

    def test_reads_sample():
        run = read_records("gradeport-adapter-moodle.py", "Samples/Moodle/grades.csv")
        assert run.exit_status == 0
        assert [r["score"] for r in run.records("result")][:2] == ["18.5", "17"]
"""

import json
import os
import subprocess
import sys

try:
    import pytest
except ImportError:  # the helpers work without pytest; only the fixture needs it
    pytest = None

#: The environment GradePort gives every adapter.
ADAPTER_ENVIRONMENT = {"GRADEPORT_ADAPTER_PROTOCOL": "1", "PYTHONUTF8": "1", "PYTHONIOENCODING": "utf-8"}


class AdapterRun:
    """What one command of an adapter wrote: its protocol lines, standard error and exit status."""

    def __init__(self, lines, stderr, exit_status, bad_lines):
        self.lines = lines
        self.stderr = stderr
        self.exit_status = exit_status
        #: Lines on standard output that are not JSON objects (there must be none).
        self.bad_lines = bad_lines

    def records(self, kind):
        """The lines of one type, e.g. ``records("result")``."""
        return [line for line in self.lines if line.get("type") == kind]

    @property
    def fatal(self):
        """The fatal line's message, if there is one."""
        fatal = self.records("fatal")
        return fatal[0]["message"] if fatal else None


def run_adapter(program, *arguments, timeout=60):
    """Runs ``program`` (a ``.py`` file runs with this Python) with the arguments, as GradePort does:
    standard input closed, the protocol's environment, a time limit."""
    command = [sys.executable, program] if str(program).endswith(".py") else [str(program)]
    environment = dict(os.environ)
    environment.update(ADAPTER_ENVIRONMENT)
    completed = subprocess.run(command + [str(a) for a in arguments], stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment, timeout=timeout)
    lines, bad = [], []
    for raw in completed.stdout.split(b"\n"):
        if not raw:
            continue
        try:
            value = json.loads(raw.decode("utf-8"))
        except ValueError:
            bad.append(raw)
            continue
        if isinstance(value, dict) and "type" in value:
            lines.append(value)
        else:
            bad.append(raw)
    return AdapterRun(lines, completed.stderr.decode("utf-8", "replace"), completed.returncode, bad)


def read_records(program, path, export=None):
    """Runs ``read`` on one file and returns the run (records with ``run.records(kind)``)."""
    arguments = ["read", path] + (["--export", export] if export else [])
    return run_adapter(program, *arguments)


if pytest is not None:
    @pytest.fixture
    def run_adapter_fixture():
        """The :func:`run_adapter` function, as a pytest fixture named ``run_adapter_fixture``."""
        return run_adapter
