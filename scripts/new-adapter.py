#!/usr/bin/env python3
"""Writes a new built-in platform adapter: `make new-adapter NAME=Mektep ID=mektep [DISPLAY="mektep.edu.kz"]`.

Creates Adapters/<NAME> (the platform type, a README), Tests/<NAME>AdapterTests (conformance and
golden tests), Samples/<NAME>/README.md, and registers the adapter: its line in `builtInAdapters`
in Package.swift and its platform in BuiltInPlatforms.all. Before writing an adapter, check whether
a journal profile reads the platform's files (docs/profiles.md): then no code is needed.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fail(message):
    print(f"new-adapter: error: {message}", file=sys.stderr)
    sys.exit(2)


def write(path, text):
    full = os.path.join(ROOT, path)
    if os.path.exists(full):
        fail(f"{path} exists already")
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as out:
        out.write(text)
    print(f"  wrote {path}")


def insert_before(path, marker, line):
    full = os.path.join(ROOT, path)
    with open(full, encoding="utf-8") as source:
        text = source.read()
    if marker not in text:
        fail(f"{path} has no line '{marker.strip()}' to insert before")
    indent = re.search(r"([ \t]*)" + re.escape(marker.strip()), text).group(1)
    text = text.replace(indent + marker.strip(), indent + line + "\n" + indent + marker.strip(), 1)
    with open(full, "w", encoding="utf-8") as out:
        out.write(text)
    print(f"  registered in {path}")


def main():
    if len(sys.argv) < 3:
        fail("usage: make new-adapter NAME=UpperCamelName ID=kebab-id [DISPLAY='Name people know']")
    name, platform_id = sys.argv[1], sys.argv[2]
    display = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else name
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
        fail(f"NAME '{name}' must be UpperCamelCase letters and digits, e.g. Mektep")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", platform_id):
        fail(f"ID '{platform_id}' must be lower-case kebab-case, e.g. mektep")
    if os.path.exists(os.path.join(ROOT, "Adapters", name)):
        fail(f"Adapters/{name} exists already")

    write(f"Adapters/{name}/{name}Platform.swift", f'''import GradePortCore
import TableReader

/// {display}: TODO describe the exports this adapter reads and where a user gets them.
///
/// ```swift
/// let registry = try PlatformRegistry([{name}Platform()])
/// let outcome = registry.readGradebook(from: ["7А.csv"], platform: "{platform_id}")
/// ```
public struct {name}Platform: LearningPlatform {{
    /// The platform id, `{platform_id}`, and its export kinds.
    public static let descriptor = PlatformDescriptor(
        id: "{platform_id}", displayName: "{display}",
        exports: [.init(id: "journal-csv", summary: "TODO: what the file is and where a user downloads it")])

    /// Creates the adapter.
    public init() {{}}

    /// Recognises the platform's table by its header (look at the head only).
    public func sniff(_ file: ExportFile) -> Detection? {{
        guard let table = TablePreview.cursor(for: file),
            let found = try? table.locateHeader(where: {{ $0.strings().contains("TODO header word") }})
        else {{ return nil }}
        return detection("journal-csv", .medium, "a header with '\\(found.header.strings().first ?? "")'")
    }}

    /// Reads the table, one student per row.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    ) throws {{
        throw ExportReadError(.unknownFormat, "the {display} adapter reads nothing yet")
    }}
}}
''')
    write(f"Adapters/{name}/README.md", f"# {display}\n\nThe `{platform_id}` adapter. Formats: `docs/formats/{platform_id}.md`.\n")
    write(f"Samples/{name}/README.md", f"# {display} samples\n\nRealistic exports (Cyrillic and Kazakh names, СОР/СОЧ columns, Excel-made variants).\n")
    write(f"Tests/{name}AdapterTests/ConformanceTests.swift", f'''import GradePortCore
import GradePortTesting
import Testing
import {name}Adapter

@Suite struct ConformanceTests {{
    @Test func conformance() {{
        let fixtures = Fixtures(testFile: #filePath)
        let failures = PlatformConformance({name}Platform(), samples: fixtures.samples(in: "{name}")).run()
        #expect(failures.isEmpty, "\\(failures)")
    }}
}}
''')
    os.makedirs(os.path.join(ROOT, "Tests", f"{name}AdapterTests", "Golden"), exist_ok=True)
    with open(os.path.join(ROOT, "Tests", f"{name}AdapterTests", "Golden", ".gitkeep"), "w"):
        pass
    insert_before("Package.swift", "// new adapters above this line", f'.init(name: "{name}", uses: ["TableReader"]),')
    insert_before(
        "Sources/GradePortAdapters/BuiltInPlatforms.swift", "// new adapter imports above this line", f"import {name}Adapter"
    )
    insert_before("Sources/GradePortAdapters/BuiltInPlatforms.swift", "// new adapters above this line", f"{name}Platform(),")
    print(f"Next: samples under Samples/{name}/, the sniff and read, docs/formats/{platform_id}.md; then `make test`.")


main()
