// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for GradePort's readers and parsers (`make fuzz`, `make fuzz-smoke`).
///
/// A package of its own, depending on GradePort by path, so that plain `swift build` and
/// `swift test` at the top never build these executables: they only link with
/// `swift build -Xswiftc -sanitize=fuzzer,address` (libFuzzer supplies `main`). Each target is
/// `Sources/<name>/main.swift`, defining `LLVMFuzzerTestOneInput` and handing it to ``FuzzDriver``.
let targets: [(name: String, uses: [Target.Dependency])] = [
    ("fuzz-csv", [.product(name: "TableReader", package: "GradePort")]),
    ("fuzz-text-decoding", [.product(name: "TableReader", package: "GradePort")]),
    ("fuzz-xlsx", [.product(name: "TableReader", package: "GradePort")]),
    ("fuzz-spreadsheetml", [.product(name: "TableReader", package: "GradePort")]),
    ("fuzz-xmlstream", [.product(name: "XMLStream", package: "GradePort")]),
    ("fuzz-jsonstream", [.product(name: "JSONStream", package: "GradePort")]),
    ("fuzz-cell-values", [.product(name: "GradePortCore", package: "GradePort")]),
    ("fuzz-journal", [.product(name: "GradePortAdapters", package: "GradePort")]),
    ("fuzz-profile", [.product(name: "JournalProfiles", package: "GradePort")]),
    ("fuzz-policy", [.product(name: "GradePortReports", package: "GradePort")]),
    ("fuzz-oneroster", [.product(name: "GradePortAdapters", package: "GradePort")]),
    ("fuzz-platforms", [.product(name: "GradePortAdapters", package: "GradePort")]),
    ("fuzz-adapter-output", [.product(name: "ExternalAdapters", package: "GradePort")]),
]

let package = Package(
    name: "GradePortFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "GradePort", path: "..")],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "GradePortCore", package: "GradePort")]
        )
    ]
        + targets.map { target in
            .executableTarget(name: target.name, dependencies: ["FuzzSupport"] + target.uses)
        }
)
