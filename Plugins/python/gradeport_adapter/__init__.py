"""Write a GradePort external adapter in Python: the ``gradeport-adapter/1`` protocol (PLUGINS.md).

A complete adapter::

    from gradeport_adapter import Adapter, Export, Detection, Fatal

    adapter = Adapter("mektep", "Mektep journal", "1.0.0",
                      [Export("journal-csv", "The class journal CSV", [".csv"])])

    @adapter.sniffer
    def sniff(path, head):
        if head.startswith(b"Mektep;"):
            return Detection(90, "journal-csv", "first cell Mektep")

    @adapter.reader
    def read(path, export, out):
        out.person("p1", family_name="Серікқызы", given_name="Аружан", at=out.at(2))
        out.assessment("a1", "СОР 1", max_score="20", at=out.at(1, 3))
        out.result("p1", "a1", score="18.5", raw="18,5", at=out.at(2, 3))
        out.row()

    if __name__ == "__main__":
        adapter.main()

The SDK writes the hello and summary lines, sends ``print`` to standard error, writes decimals
exactly (as strings) and ids as strings, turns :class:`Fatal` and any uncaught exception into a
``fatal`` line and exit status 3, and checks that a record only names what an earlier one defined.
Only the standard library is used; Python 3.9 or later.
"""

import json
import os
import sys
import traceback
from decimal import Decimal, InvalidOperation

__all__ = ["Adapter", "Export", "Detection", "Fatal", "Output", "PROTOCOL", "exact_number"]

#: The protocol version this SDK speaks.
PROTOCOL = 1
#: How much of each file ``sniff`` functions get.
HEAD_BYTES = 64 * 1024

_STATUSES = ("graded", "missing", "excused", "exempt", "absent", "submitted")
_KINDS = ("formative", "sectionSummative", "termSummative", "exam", "final", "other")


class Fatal(Exception):
    """Raise to say the input cannot be read (any further): a ``fatal`` line, then exit status 3."""

    def __init__(self, message, line=None, column=None, code=None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.code = code


class Export:
    """One kind of export the adapter reads: its id, a sentence for people, its file extensions."""

    def __init__(self, kind, description, extensions=()):
        self.kind = kind
        self.description = description
        self.extensions = [e.lower() if e.startswith(".") else "." + e.lower() for e in extensions]


class Detection:
    """A sniff answer: confidence 0-100, the export kind recognised, and why."""

    def __init__(self, confidence, export, reason=""):
        self.confidence = max(0, min(100, int(confidence)))
        self.export = export
        self.reason = reason


def exact_number(value, field="score"):
    """A score or maximum as the protocol's exact decimal string.

    ``Decimal``, ``int`` and decimal strings (a decimal comma is accepted) are kept exactly; a
    ``float`` is written as its shortest representation (``18.5``), never with binary noise.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError("%s must be a number, not a bool" % field)
    if isinstance(value, float):
        value = repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        text = value.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValueError("%s %r is not a number" % (field, value)) from None
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("%s %r is not a finite number" % (field, value))
        text = format(value.normalize(), "f")
        return text
    raise TypeError("%s must be a Decimal, int, str or float, not %s" % (field, type(value).__name__))


class Output:
    """Writes the records of one ``read``: each method writes one protocol line.

    Ids are the adapter's own strings (the host namespaces them); ``at`` is where the record came
    from, made with :meth:`at`. A record that names something no earlier record defined raises
    ``ValueError``: define people, classes and assessments first.
    """

    def __init__(self, write):
        self._write = write
        self._defined = {}
        self.rows = 0

    @staticmethod
    def at(line=None, column=None, file=None, sheet=None):
        """Where a record came from: 1-based line and column (the field number in a table)."""
        place = {}
        if line is not None:
            place["line"] = int(line)
        if column is not None:
            place["column"] = int(column)
        if file is not None:
            place["file"] = str(file)
        if sheet is not None:
            place["sheet"] = str(sheet)
        return place or None

    def row(self, count=1):
        """Counts data rows seen (every row must end up in a record or a diagnostic)."""
        self.rows += count

    def school(self, id, name=None, bin=None, at=None):
        """A school; ``bin`` is its 12-digit BIN."""
        self._record("school", id, {"name": name, "bin": bin}, at)

    def term(self, id, school_year=None, kind=None, number=None, start=None, end=None, name=None, at=None):
        """A term: ``school_year`` like ``2025-2026``, ``kind`` quarter, semester, trimester or year."""
        self._record("term", id, {"schoolYear": school_year, "kind": kind, "number": number, "start": start,
                                  "end": end, "name": name}, at)

    def subject(self, id, name, at=None):
        """A subject."""
        self._record("subject", id, {"name": name}, at)

    def school_class(self, id, name, grade=None, school=None, at=None):
        """A class (``7А``), optionally with its grade number and school."""
        self._check("school", school)
        self._record("class", id, {"name": name, "grade": grade, "school": _id(school)}, at)

    def person(self, id, role="student", family_name=None, given_name=None, patronymic=None, email=None, iin=None,
               external_ids=(), name_parsed=False, at=None):
        """A student or teacher; names as written; ``external_ids`` are ``(platform, id)`` pairs.

        ``name_parsed=True`` says the names were split from one free-text name (a ``ФИО`` cell): in a
        merge they yield to another input's separate name fields."""
        fields = {"role": role, "familyName": family_name, "givenName": given_name, "patronymic": patronymic,
                  "email": email, "iin": iin}
        if name_parsed:
            fields["nameParsed"] = True
        if external_ids:
            fields["externalIds"] = [{"platform": p, "id": _id(i)} for p, i in external_ids]
        self._record("person", id, fields, at)

    def enrollment(self, person, school_class, subject=None, role="student"):
        """A person in a class (and subject)."""
        self._check("person", person)
        self._check("class", school_class)
        self._check("subject", subject)
        self._line("enrollment", {"person": _id(person), "class": _id(school_class), "subject": _id(subject),
                                  "role": role}, None)

    def assessment(self, id, title, kind=None, max_score=None, subject=None, school_class=None, term=None,
                   date=None, category=None, number=None, at=None):
        """An assessment; without ``kind`` GradePort classifies the title (СОР, БЖБ, СОЧ, ТЖБ, ФО…)."""
        if kind is not None and kind not in _KINDS:
            raise ValueError("assessment kind %r is not one of %s" % (kind, ", ".join(_KINDS)))
        self._check("subject", subject)
        self._check("class", school_class)
        self._check("term", term)
        self._record("assessment", id, {"title": title, "kind": kind, "number": number,
                                        "maxScore": exact_number(max_score, "max_score"), "subject": _id(subject),
                                        "class": _id(school_class), "term": _id(term), "date": date,
                                        "category": category}, at)

    def result(self, person, assessment, status="graded", score=None, max_score=None, raw=None, comment=None,
               late=None, at=None):
        """A result: a score (exact) or a status; ``raw`` is the cell as written. Blank cells: no result."""
        if status not in _STATUSES:
            raise ValueError("result status %r is not one of %s" % (status, ", ".join(_STATUSES)))
        self._check("person", person)
        self._check("assessment", assessment)
        self._line("result", {"person": _id(person), "assessment": _id(assessment), "status": status,
                              "score": exact_number(score), "maxScore": exact_number(max_score, "max_score"),
                              "raw": raw, "comment": comment, "late": late}, at)

    def diagnostic(self, severity, code, message, at=None):
        """A problem with one row or cell: ``error`` (rejected), ``warning`` (kept with a doubt), ``info``."""
        if severity not in ("error", "warning", "info"):
            raise ValueError("severity %r is not error, warning or info" % severity)
        self._line("diagnostic", {"severity": severity, "code": code, "message": message}, at)

    def progress(self, done, total=None):
        """Says how far the read is; also keeps a slow read alive."""
        self._line("progress", {"done": done, "total": total}, None)

    def _record(self, kind, id, fields, at):
        identifier = _id(id)
        if not identifier:
            raise ValueError("a %s needs a non-empty id" % kind)
        self._defined.setdefault(kind, set()).add(identifier)
        fields = dict(fields)
        fields["id"] = identifier
        self._line(kind, fields, at)

    def _check(self, kind, id):
        if id is not None and _id(id) not in self._defined.get(kind, ()):
            raise ValueError("%s %r is used before a %s line defines it" % (kind, id, kind))

    def _line(self, kind, fields, at):
        line = {"type": kind}
        line.update((key, value) for key, value in fields.items() if value is not None)
        if at:
            line["at"] = at
        self._write(line)


def _id(value):
    return None if value is None else str(value)


class Adapter:
    """An adapter: its id, name, version and export kinds, a sniffer and a reader.

    ``main()`` answers the protocol's commands (``describe``, ``sniff FILE...``,
    ``read FILE [--export KIND]``) and ``--self-check [SAMPLE...]``.
    """

    def __init__(self, id, name, version, exports):
        self.id = id
        self.name = name
        self.version = version
        self.exports = list(exports)
        self._sniff = None
        self._read = None

    def sniffer(self, function):
        """Decorates ``function(path, head_bytes) -> Detection or None``."""
        self._sniff = function
        return function

    def reader(self, function):
        """Decorates ``function(path, export_kind, out: Output)``; raise :class:`Fatal` when the file cannot be read."""
        self._read = function
        return function

    # -- running ---------------------------------------------------------------------------------

    def main(self, argv=None):
        """Runs the command in ``argv`` (default: the command line) and exits with its status.

        When the host stops reading (it stopped the adapter), the adapter ends quietly with status 1.
        """
        try:
            status = self.run(sys.argv[1:] if argv is None else argv)
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.__stdout__.fileno())
            sys.exit(1)
        sys.exit(status)

    def run(self, argv, stdout=None):
        """Runs one command, writing protocol lines to ``stdout``; returns the exit status.

        While it runs, ``print`` and anything else written to ``sys.stdout`` goes to standard error:
        only protocol lines reach the real standard output.
        """
        real = stdout if stdout is not None else _protocol_stream()
        saved = sys.stdout
        sys.stdout = sys.stderr
        try:
            return self._dispatch(argv, real)
        finally:
            sys.stdout = saved
            real.flush()

    def _dispatch(self, argv, stream):
        def write(line):
            stream.write(json.dumps(line, ensure_ascii=True, separators=(",", ":")) + "\n")

        if not argv:
            return _usage("no command given")
        command, operands = argv[0], argv[1:]
        if command == "--self-check":
            from .selfcheck import self_check
            return self_check(self, operands)
        if command == "describe":
            write({"type": "hello", "protocol": PROTOCOL, "adapter": self.id, "version": self.version})
            write({"type": "descriptor", "id": self.id, "name": self.name,
                   "exports": [{"kind": e.kind, "description": e.description, "extensions": e.extensions}
                               for e in self.exports]})
            write({"type": "summary", "rows": 0})
            return 0
        if command == "sniff":
            write({"type": "hello", "protocol": PROTOCOL, "adapter": self.id, "version": self.version})
            for path in operands:
                detection = self.sniff(path)
                if detection is not None and detection.confidence > 0:
                    write({"type": "detection", "file": path, "confidence": detection.confidence,
                           "export": detection.export, "reason": detection.reason})
            write({"type": "summary", "rows": 0})
            return 0
        if command == "read":
            path, export = None, None
            index = 0
            while index < len(operands):
                if operands[index] == "--export" and index + 1 < len(operands):
                    export = operands[index + 1]
                    index += 2
                elif path is None:
                    path = operands[index]
                    index += 1
                else:
                    return _usage("unexpected argument %r" % operands[index])
            if path is None:
                return _usage("read needs a FILE")
            return self._read_command(path, export, write)
        return _usage("unknown command %r" % command)

    def sniff(self, path):
        """The sniffer's answer for one file; ``None`` when it cannot be opened or the sniffer fails."""
        if self._sniff is None:
            return None
        try:
            if os.path.isdir(path):
                head = b""
            else:
                with open(path, "rb") as handle:
                    head = handle.read(HEAD_BYTES)
            return self._sniff(path, head)
        except Exception:  # a sniffer that fails declines the file; the reason goes to stderr
            traceback.print_exc(file=sys.stderr)
            return None

    def _read_command(self, path, export, write):
        write({"type": "hello", "protocol": PROTOCOL, "adapter": self.id, "version": self.version})
        out = Output(write)
        status = 0
        if export is None:
            detection = self.sniff(path)
            export = detection.export if detection else (self.exports[0].kind if self.exports else "unknown")
        try:
            if self._read is None:
                raise Fatal("this adapter has no reader")
            if not os.path.exists(path):
                raise Fatal("no such file or folder: %s" % path, code="unreadable-input")
            self._read(path, export, out)
        except Fatal as fatal:
            write(_fatal(fatal.message, fatal.line, fatal.column, fatal.code))
            status = 3
        except BrokenPipeError:
            raise
        except Exception as error:  # an adapter bug: the traceback for the author, a fatal line for the host
            traceback.print_exc(file=sys.stderr)
            write(_fatal("the adapter failed: %s: %s" % (type(error).__name__, error), None, None, None))
            status = 3
        write({"type": "summary", "rows": out.rows})
        return status


def _fatal(message, line, column, code):
    fatal = {"type": "fatal", "message": message}
    if code:
        fatal["code"] = code
    place = Output.at(line, column)
    if place:
        fatal["at"] = place
    return fatal


def _protocol_stream():
    stream = sys.stdout
    try:
        stream.reconfigure(encoding="utf-8", newline="\n")
    except (AttributeError, ValueError):
        pass
    return stream


def _usage(problem):
    sys.stderr.write("%s\nusage: describe | sniff FILE... | read FILE [--export KIND] | --self-check [SAMPLE...]\n"
                     % problem)
    return 2
