// swift-tools-version: 6.1
import PackageDescription

/// Settings every GradePort target shares: Swift 6 language mode comes with the tools version;
/// `ExistentialAny` keeps protocol existentials explicit.
let sharedSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

// MARK: - Built-in adapters

/// A platform adapter compiled into GradePort: the folder `Adapters/<name>` is the module
/// `<name>Adapter`, and `Tests/<name>AdapterTests` (when the adapter has tests of its own) its test
/// target. Adding a platform is its folder, one line here, and one line in `BuiltInPlatforms.all`
/// (`make new-adapter NAME=… ID=…` writes all three; `GradePortAdaptersTests` fails while an adapter
/// folder is not registered).
struct BuiltInAdapter {
    /// The folder name under `Adapters/`, e.g. `GoogleClassroom`.
    var name: String
    /// The readers (and other library modules) the adapter uses besides `GradePortCore`.
    var uses: [Target.Dependency]
    /// Files copied into the module's bundle (a shipped journal profile).
    var resources: [Resource] = []
    /// What the adapter's test target uses besides the adapter, `GradePortCore` and
    /// `GradePortTesting`; `nil` when its tests live in a shared target.
    var testsUse: [Target.Dependency]? = []

    /// The module's name.
    var module: String { name + "Adapter" }

    /// The adapter's target and, when it has tests of its own, its test target.
    var targets: [Target] {
        var targets: [Target] = [
            .target(
                name: module,
                dependencies: ["GradePortCore"] + uses,
                path: "Adapters/\(name)",
                exclude: ["README.md"],
                resources: resources.isEmpty ? nil : resources,
                swiftSettings: sharedSettings
            )
        ]
        if let testsUse {
            targets.append(
                .testTarget(
                    name: module + "Tests",
                    dependencies: [.target(name: module), "GradePortTesting", "GradePortCore"] + testsUse,
                    exclude: ["Golden"],
                    swiftSettings: sharedSettings
                )
            )
        }
        return targets
    }
}

/// The adapters compiled into GradePort, in the order of `BuiltInPlatforms.all`.
let builtInAdapters: [BuiltInAdapter] = [
    .init(name: "GoogleClassroom", uses: ["TableReader", "JSONStream"]),
    .init(name: "Teams", uses: ["TableReader", "JSONStream"]),
    .init(name: "Kundelik", uses: ["TableReader", "JSONStream"]),
    .init(name: "BilimClass", uses: ["JSONStream"]),
    .init(
        name: "OnlineMektep", uses: ["TableReader", "JournalProfiles"], resources: [.copy("onlinemektep.yaml")],
        testsUse: nil),
    .init(
        name: "BilimLand", uses: ["TableReader", "JournalProfiles"], resources: [.copy("bilimland.yaml")],
        testsUse: nil),
    .init(
        name: "Opiq", uses: ["TableReader", "JournalProfiles"],
        resources: [.copy("opiq.yaml"), .copy("opiq-long.yaml")], testsUse: nil),
    .init(
        name: "OneRoster", uses: ["TableReader"], testsUse: ["GradePortWriters", "GradePortAdapters", "TableReader"]),
    // new adapters above this line
]

let package = Package(
    name: "GradePort",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "GradePortCore", targets: ["GradePortCore"]),
        .library(name: "TableReader", targets: ["TableReader"]),
        .library(name: "XMLStream", targets: ["XMLStream"]),
        .library(name: "JSONStream", targets: ["JSONStream"]),
        .library(name: "JournalProfiles", targets: ["JournalProfiles"]),
        .library(name: "GradePortAdapters", targets: ["GradePortAdapters"]),
        .library(name: "GradePortLocalization", targets: ["GradePortLocalization"]),
        .library(name: "GradePortReports", targets: ["GradePortReports"]),
        .library(name: "GradePortWriters", targets: ["GradePortWriters"]),
        .library(name: "GradeStore", targets: ["GradeStore"]),
        .library(name: "GradeStorePostgres", targets: ["GradeStorePostgres"]),
        .library(name: "GradePortServer", targets: ["GradePortServer"]),
        .library(name: "GradePortTesting", targets: ["GradePortTesting"]),
        .library(name: "ExternalAdapters", targets: ["ExternalAdapters"]),
        .library(name: "GradePortAdapterSDK", targets: ["GradePortAdapterSDK"]),
        .executable(name: "gradeport-builtin-adapters", targets: ["gradeport-builtin-adapters"]),
        .executable(name: "gradeport", targets: ["gradeport"]),
        .executable(name: "gradeport-bench", targets: ["gradeport-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", exact: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
    ],
    targets: [
        // MARK: Base: what readers need (diagnostic codes, located errors, the export file, identifiers,
        // decimal numbers). No domain model; the core re-exports it.
        .target(name: "GradePortBase", swiftSettings: sharedSettings),

        // MARK: Core: the unified model and the adapter contract. No C library, no adapter.
        .target(name: "GradePortCore", dependencies: ["GradePortBase"], swiftSettings: sharedSettings),

        // MARK: Readers: they know the base, not the domain.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter", pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),
        .systemLibrary(name: "CSystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "XMLStream", dependencies: ["CLibXML2", "GradePortBase"], swiftSettings: sharedSettings),
        .target(
            name: "TableReader",
            dependencies: ["GradePortBase", "XMLStream", "CSystemZlib"],
            swiftSettings: sharedSettings
        ),
        .target(name: "JSONStream", dependencies: ["GradePortBase"], swiftSettings: sharedSettings),

        // MARK: YAML files whose errors point at a line and column (journal profiles, grading policies).
        .target(
            name: "LocatedYAML",
            dependencies: ["GradePortBase", .product(name: "Yams", package: "Yams")],
            swiftSettings: sharedSettings
        ),

        // MARK: Declarative journal profiles (YAML) and the engine that reads any table with one.
        .target(
            name: "JournalProfiles",
            dependencies: ["GradePortCore", "TableReader", "LocatedYAML"],
            swiftSettings: sharedSettings
        ),

        // MARK: Adapters: one folder per platform under Adapters/, generated from `builtInAdapters` above.
        .target(
            name: "GradePortAdapters",
            dependencies: ["GradePortCore", "JournalProfiles", "TableReader"]
                + builtInAdapters.map { .target(name: $0.module) },
            swiftSettings: sharedSettings
        ),

        // MARK: The languages of the web page and the reports (ru, kk, en) and the reports' words: no dependency.
        .target(name: "GradePortLocalization", swiftSettings: sharedSettings),

        // MARK: Reports: per-student term marks and class summaries as a table, CSV, JSON or HTML with SVG charts.
        .target(
            name: "GradePortReports",
            dependencies: ["GradePortCore", "GradePortWriters", "LocatedYAML", "GradePortLocalization"],
            swiftSettings: sharedSettings
        ),

        // MARK: Writers: the gradeport/1 JSON (and its reader) and results CSV, OneRoster 1.2 CSV, Microsoft School Data Sync,
        // Classroom rosters, and the JSON and CSV text every output shares.
        .target(
            name: "GradePortWriters",
            dependencies: [
                "GradePortCore", "JSONStream", "CXLSXWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: sharedSettings
        ),

        // MARK: The embedded store (SQLite through GRDB): imports, history, undo.
        .target(
            name: "GradeStore",
            dependencies: [
                "GradePortCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: sharedSettings
        ),

        // MARK: The district store (PostgreSQL through PostgresNIO): the same store on a shared server.
        .target(
            name: "GradeStorePostgres",
            dependencies: ["GradeStore", "GradePortCore", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: sharedSettings
        ),

        // MARK: The web page behind `gradeport serve` (Hummingbird 2): uploads, preview, merge, downloads, the store.
        .target(
            name: "GradePortServer",
            dependencies: [
                "GradePortCore", "GradePortAdapters", "GradePortReports", "GradePortWriters", "GradeStore",
                "GradePortLocalization", "GradeStorePostgres", "JournalProfiles", "TableReader",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Assets")],
            swiftSettings: sharedSettings
        ),

        // MARK: Testing support for adapter authors.
        .target(
            name: "GradePortTesting", dependencies: ["GradePortCore", "GradePortWriters"], swiftSettings: sharedSettings
        ),

        // MARK: External adapters: the host of the gradeport-adapter/1 protocol (PLUGINS.md), which wraps
        // each adapter program as one more LearningPlatform.
        .target(
            name: "ExternalAdapters", dependencies: ["GradePortCore", "JSONStream", "GradePortWriters"],
            swiftSettings: sharedSettings),

        // MARK: The Swift SDK for external adapters: any LearningPlatform as a gradeport-adapter/1 program.
        .target(
            name: "GradePortAdapterSDK", dependencies: ["GradePortCore", "GradePortWriters"],
            swiftSettings: sharedSettings),
        // Every built-in adapter served through the protocol (`gradeport-builtin-adapters ID COMMAND …`).
        .executableTarget(
            name: "gradeport-builtin-adapters", dependencies: ["GradePortAdapterSDK", "GradePortAdapters"],
            swiftSettings: sharedSettings),

        // MARK: The command-line tool.
        .executableTarget(
            name: "gradeport",
            dependencies: [
                "GradePortCore", "GradePortAdapters", "GradePortReports", "GradePortWriters", "GradeStore",
                "GradeStorePostgres", "ExternalAdapters", "GradePortServer", "GradePortTesting",
                "GradePortLocalization",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: sharedSettings
        ),

        // MARK: The benchmark (`make bench`).
        .executableTarget(
            name: "gradeport-bench",
            dependencies: [
                "GradePortCore", "TableReader", "JSONStream", "GradeStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Benchmarks/GradePortBench",
            swiftSettings: sharedSettings
        ),

        // MARK: Tests: one target per module.
        .testTarget(name: "GradePortCoreTests", dependencies: ["GradePortCore"], swiftSettings: sharedSettings),
        .testTarget(
            name: "GradePortLocalizationTests", dependencies: ["GradePortLocalization"], swiftSettings: sharedSettings),
        .testTarget(
            name: "TableReaderTests",
            dependencies: [
                "TableReader", "GradePortCore", "GradePortTesting",
                // Writes the workbook and archive fixtures; the reader itself uses its own ZIP reader.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "XMLStreamTests", dependencies: ["XMLStream", "GradePortTesting"], swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "JSONStreamTests", dependencies: ["JSONStream", "GradePortTesting"], swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "LocatedYAMLTests", dependencies: ["LocatedYAML", "GradePortBase"], swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "JournalProfilesTests",
            dependencies: ["JournalProfiles", "GradePortTesting", "GradePortCore", "TableReader"],
            exclude: ["Golden"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "JournalPlatformsTests",
            dependencies: [
                "OnlineMektepAdapter", "BilimLandAdapter", "OpiqAdapter", "JournalProfiles", "GradePortTesting",
                "GradePortCore",
            ],
            exclude: ["Golden"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradePortAdaptersTests",
            // TableReader and JournalProfiles: the "Writing an adapter" article's example adapters.
            dependencies: ["GradePortAdapters", "GradePortCore", "GradePortTesting", "TableReader", "JournalProfiles"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradePortReportsTests",
            dependencies: [
                "GradePortReports", "GradePortCore", "GradePortAdapters", "GradePortTesting", "XMLStream", "TableReader",
            ],
            exclude: ["Golden"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradePortWritersTests",
            dependencies: ["GradePortWriters", "GradePortCore", "TableReader", "GradePortTesting"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradeStoreTests",
            dependencies: ["GradeStore", "GradePortCore", "GradePortTesting"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradeStorePostgresTests",
            dependencies: ["GradeStorePostgres", "GradeStore", "GradePortCore", "GradePortTesting", "gradeport"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "ExternalAdaptersTests",
            dependencies: [
                "ExternalAdapters", "GradePortAdapterSDK", "GradePortAdapters", "GradePortCore", "GradePortTesting",
                "GradePortWriters", "gradeport-builtin-adapters",
            ],
            exclude: ["Fixtures"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradePortServerTests",
            dependencies: [
                // gradeport: the downloads are compared with what the built CLI writes.
                "gradeport", "GradePortServer", "GradePortCore", "GradePortWriters", "GradePortReports",
                "GradePortAdapters",
                "GradeStore", "GradePortTesting", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradePortCLITests",
            // TableReader: the workbooks the CLI writes are read back.
            dependencies: ["gradeport", "GradePortCore", "GradeStore", "GradePortTesting", "TableReader"],
            exclude: ["ReferenceExamples", "Golden"],
            swiftSettings: sharedSettings
        ),
    ]
)

package.targets += builtInAdapters.flatMap(\.targets)
