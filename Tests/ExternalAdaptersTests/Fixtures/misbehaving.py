#!/usr/bin/env python3
"""Adapters that break the gradeport-adapter/1 rules, one way each; the way is the file name:
gradeport-adapter-<mode>.py (a link to this file). Inputs are files ending in .bad."""
import json
import os
import signal
import sys
import time

MODE = os.path.basename(sys.argv[0])[len("gradeport-adapter-"):].split(".")[0]


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def hello():
    emit({"type": "hello", "protocol": 99 if MODE == "protocol99" else 1, "adapter": MODE, "version": "0.1"})


def records():
    emit({"type": "person", "id": "p1", "familyName": "Абай", "givenName": "Ерлан", "at": {"line": 2}})
    emit({"type": "assessment", "id": "a1", "title": "СОР 1", "maxScore": 10, "at": {"line": 1, "column": 3}})
    emit({"type": "result", "person": "p1", "assessment": "a1", "status": "graded", "score": 7, "raw": "7",
          "at": {"line": 2, "column": 3}})


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    if MODE == "stderrflood":
        chunk = "x" * 1023 + "\n"
        for _ in range(20 * 1024):
            sys.stderr.write(chunk)
        sys.stderr.flush()
    hello()
    if command == "describe":
        identifier = "kundelik" if MODE == "builtinid" else MODE
        emit({"type": "descriptor", "id": identifier, "name": "Misbehaving " + MODE,
              "exports": [{"kind": "bad", "description": "test input", "extensions": [".bad"]}]})
        emit({"type": "summary", "rows": 0})
        return 0
    if command == "sniff":
        if MODE == "sniffcrash":
            sys.stderr.write("cannot sniff today\n")
            return 5
        if MODE == "counter" and len(argv) > 2:
            with open(os.path.join(os.path.dirname(argv[2]), "sniff.log"), "a") as handle:
                handle.write("%d\n" % (len(argv) - 2))
        for name in argv[2:]:
            emit({"type": "detection", "file": name, "confidence": 90, "export": "bad", "reason": "a .bad file"})
        emit({"type": "summary", "rows": 0})
        return 0
    if command != "read":
        return 2
    if len(argv) > 2:
        with open(argv[2] + ".pid", "w") as handle:
            handle.write(str(os.getpid()))
    if MODE == "background":
        import subprocess
        subprocess.Popen(["sleep", "60"])  # inherits standard output and keeps it open after this exits
    if MODE == "stdoutlog":
        print("Reading the file now...")
    if MODE == "hang":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        emit({"type": "progress", "done": 0})
        while True:
            time.sleep(1)
    if MODE == "longline":
        emit({"type": "diagnostic", "severity": "info", "code": "padding", "message": "y" * (2 * 1024 * 1024)})
    if MODE == "undefinedref":
        emit({"type": "result", "person": "ghost", "assessment": "a1", "status": "graded", "score": 5, "raw": "5",
              "at": {"line": 5, "column": 3}})
    records()
    if MODE == "crash":
        sys.stderr.write("Traceback (most recent call last):\nValueError: row 3 is broken\n")
        sys.stderr.flush()
        os._exit(7)
    if MODE == "nosummary":
        return 0
    emit({"type": "summary", "rows": 1})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
