"""``--self-check``: runs the adapter's own commands in-process and checks the protocol's rules."""

import io
import json
import re
import sys

_ID = re.compile(r"^[a-z0-9-]+$")


def self_check(adapter, samples):
    """Checks the descriptor, then sniffs and reads each sample; prints PASS/FAIL lines, returns 0 or 1."""
    failures = 0

    def verdict(passed, check, detail):
        nonlocal failures
        failures += 0 if passed else 1
        sys.stderr.write("%s  %s: %s\n" % ("PASS" if passed else "FAIL", check, detail))

    verdict(bool(_ID.match(adapter.id)), "id", adapter.id)
    verdict(bool(adapter.exports) and all(_ID.match(e.kind) for e in adapter.exports), "exports",
            ", ".join(e.kind for e in adapter.exports) or "none declared")
    for command in [["describe"], ["sniff"] + list(samples)]:
        lines, status = _run(adapter, command)
        verdict(status == 0 and _framed(lines), command[0], "hello first, summary last, exit status %d" % status)
    for sample in samples:
        detection = adapter.sniff(sample)
        verdict(detection is not None and detection.confidence >= 50, "sniff " + sample,
                "confidence %s" % (detection.confidence if detection else "none"))
        lines, status = _run(adapter, ["read", sample])
        results = [line for line in lines if line.get("type") == "result"]
        errors = [line for line in lines if line.get("type") == "fatal"]
        verdict(status == 0 and _framed(lines) and not errors, "read " + sample,
                "%d result(s), exit status %d%s" % (len(results), status,
                                                   "; fatal: " + errors[0]["message"] if errors else ""))
    sys.stderr.write("%s\n" % ("self-check passed" if failures == 0 else "%d check(s) failed" % failures))
    return 0 if failures == 0 else 1


def _run(adapter, argv):
    buffer = io.StringIO()
    status = adapter.run(argv, stdout=buffer)
    lines = [json.loads(text) for text in buffer.getvalue().splitlines() if text]
    return lines, status


def _framed(lines):
    return bool(lines) and lines[0].get("type") == "hello" and lines[-1].get("type") == "summary"
