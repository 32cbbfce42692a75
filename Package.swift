// swift-tools-version: 6.1
import PackageDescription

/// Settings every GradePort target shares: Swift 6 language mode comes with the tools version;
/// `ExistentialAny` keeps protocol existentials explicit.
let sharedSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
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
        .library(name: "GradePortReports", targets: ["GradePortReports"]),
        .library(name: "Interchange", targets: ["Interchange"]),
        .library(name: "GradeStore", targets: ["GradeStore"]),
        .library(name: "GradePortTesting", targets: ["GradePortTesting"]),
        .executable(name: "gradeport", targets: ["gradeport"]),
        .executable(name: "gradeport-bench", targets: ["gradeport-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", exact: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
    ],
    targets: [
        // MARK: Core: the unified model and the adapter contract. No C library, no adapter.
        .target(name: "GradePortCore", swiftSettings: sharedSettings),

        // MARK: Readers
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "XMLStream", dependencies: ["CLibXML2", "GradePortCore"], swiftSettings: sharedSettings),
        .target(
            name: "TableReader",
            dependencies: ["GradePortCore", "XMLStream", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: sharedSettings
        ),
        .target(name: "JSONStream", dependencies: ["GradePortCore"], swiftSettings: sharedSettings),

        // MARK: YAML files whose errors point at a line and column (journal profiles, grading policies).
        .target(
            name: "LocatedYAML",
            dependencies: ["GradePortCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: sharedSettings
        ),

        // MARK: Declarative journal profiles (YAML) and the engine that reads any table with one.
        .target(
            name: "JournalProfiles",
            dependencies: ["GradePortCore", "TableReader", "LocatedYAML"],
            swiftSettings: sharedSettings
        ),

        // MARK: Adapters: one folder per platform under Adapters/.
        .target(
            name: "GoogleClassroomAdapter",
            dependencies: ["GradePortCore", "TableReader", "JSONStream"],
            path: "Adapters/GoogleClassroom",
            exclude: ["README.md"],
            swiftSettings: sharedSettings
        ),
        .target(
            name: "TeamsAdapter",
            dependencies: ["GradePortCore", "TableReader", "JSONStream"],
            path: "Adapters/Teams",
            exclude: ["README.md"],
            swiftSettings: sharedSettings
        ),
        .target(
            name: "KundelikAdapter",
            dependencies: ["GradePortCore", "TableReader", "JSONStream"],
            path: "Adapters/Kundelik",
            exclude: ["README.md"],
            swiftSettings: sharedSettings
        ),
        .target(
            name: "BilimClassAdapter",
            dependencies: ["GradePortCore", "JSONStream"],
            path: "Adapters/BilimClass",
            exclude: ["README.md"],
            swiftSettings: sharedSettings
        ),
        .target(
            name: "OnlineMektepAdapter",
            dependencies: ["GradePortCore", "TableReader", "JournalProfiles"],
            path: "Adapters/OnlineMektep",
            exclude: ["README.md"],
            resources: [.copy("onlinemektep.yaml")],
            swiftSettings: sharedSettings
        ),
        .target(
            name: "BilimLandAdapter",
            dependencies: ["GradePortCore", "TableReader", "JournalProfiles"],
            path: "Adapters/BilimLand",
            exclude: ["README.md"],
            resources: [.copy("bilimland.yaml")],
            swiftSettings: sharedSettings
        ),
        .target(
            name: "OpiqAdapter",
            dependencies: ["GradePortCore", "TableReader", "JournalProfiles"],
            path: "Adapters/Opiq",
            exclude: ["README.md"],
            resources: [.copy("opiq.yaml")],
            swiftSettings: sharedSettings
        ),
        .target(
            name: "OneRosterAdapter",
            dependencies: ["GradePortCore", "TableReader"],
            path: "Adapters/OneRoster",
            exclude: ["README.md"],
            swiftSettings: sharedSettings
        ),
        .target(
            name: "GradePortAdapters",
            dependencies: [
                "GradePortCore", "JournalProfiles", "GoogleClassroomAdapter", "TeamsAdapter", "KundelikAdapter",
                "BilimClassAdapter", "OnlineMektepAdapter", "BilimLandAdapter", "OpiqAdapter", "OneRosterAdapter",
            ],
            swiftSettings: sharedSettings
        ),

        // MARK: Reports: per-student term marks and class summaries as a table, CSV, JSON or HTML with SVG charts.
        .target(
            name: "GradePortReports",
            dependencies: ["GradePortCore", "LocatedYAML"],
            swiftSettings: sharedSettings
        ),

        // MARK: Interchange writers: OneRoster 1.2 CSV, Microsoft School Data Sync, Classroom rosters.
        .target(
            name: "Interchange",
            dependencies: ["GradePortCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
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

        // MARK: Testing support for adapter authors.
        .target(name: "GradePortTesting", dependencies: ["GradePortCore"], swiftSettings: sharedSettings),

        // MARK: The command-line tool.
        .executableTarget(
            name: "gradeport",
            dependencies: [
                "GradePortCore", "GradePortAdapters", "GradePortReports", "Interchange", "GradeStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
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
            name: "TableReaderTests", dependencies: ["TableReader", "GradePortCore"], swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "XMLStreamTests", dependencies: ["XMLStream", "GradePortTesting"], swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "JSONStreamTests", dependencies: ["JSONStream", "GradePortTesting"], swiftSettings: sharedSettings
        ),
        .testTarget(name: "LocatedYAMLTests", dependencies: ["LocatedYAML"], swiftSettings: sharedSettings),
        .testTarget(
            name: "GoogleClassroomAdapterTests",
            dependencies: ["GoogleClassroomAdapter", "GradePortTesting", "GradePortCore"],
            exclude: ["Golden"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "TeamsAdapterTests",
            dependencies: ["TeamsAdapter", "GradePortTesting", "GradePortCore"],
            exclude: ["Golden"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "JournalProfilesTests",
            dependencies: ["JournalProfiles", "GradePortTesting", "GradePortCore", "TableReader"],
            exclude: ["Golden"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "KundelikAdapterTests",
            dependencies: ["KundelikAdapter", "GradePortTesting", "GradePortCore"],
            exclude: ["Golden"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "BilimClassAdapterTests",
            dependencies: ["BilimClassAdapter", "GradePortTesting", "GradePortCore"],
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
            name: "OneRosterAdapterTests",
            dependencies: [
                "OneRosterAdapter", "Interchange", "GradePortTesting", "GradePortCore", "GradePortAdapters",
                "TableReader",
            ],
            exclude: ["Golden"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradePortReportsTests",
            dependencies: ["GradePortReports", "GradePortCore", "GradePortAdapters", "GradePortTesting", "XMLStream"],
            exclude: ["Golden"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "InterchangeTests",
            dependencies: ["Interchange", "GradePortCore", "TableReader", "GradePortTesting"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradeStoreTests",
            dependencies: ["GradeStore", "GradePortCore", "GradePortTesting"],
            swiftSettings: sharedSettings
        ),
        .testTarget(
            name: "GradePortCLITests",
            dependencies: ["gradeport", "GradePortCore", "GradeStore", "GradePortTesting"],
            exclude: ["ReferenceExamples", "Golden"],
            swiftSettings: sharedSettings
        ),
    ]
)
