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
        .library(name: "GradePortAdapters", targets: ["GradePortAdapters"]),
        .library(name: "GradePortTesting", targets: ["GradePortTesting"]),
        .executable(name: "gradeport", targets: ["gradeport"]),
        .executable(name: "gradeport-bench", targets: ["gradeport-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", exact: "1.5.0"),
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
        .target(name: "TableReader", dependencies: ["GradePortCore"], swiftSettings: sharedSettings),
        .target(name: "JSONStream", dependencies: ["GradePortCore"], swiftSettings: sharedSettings),

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
            name: "GradePortAdapters",
            dependencies: ["GradePortCore", "GoogleClassroomAdapter", "TeamsAdapter"],
            swiftSettings: sharedSettings
        ),

        // MARK: Testing support for adapter authors.
        .target(name: "GradePortTesting", dependencies: ["GradePortCore"], swiftSettings: sharedSettings),

        // MARK: The command-line tool.
        .executableTarget(
            name: "gradeport",
            dependencies: [
                "GradePortCore", "GradePortAdapters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: sharedSettings
        ),

        // MARK: The benchmark (`make bench`).
        .executableTarget(
            name: "gradeport-bench",
            dependencies: [
                "TableReader", "JSONStream",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/GradePortBench",
            swiftSettings: sharedSettings
        ),

        // MARK: Tests: one target per module.
        .testTarget(name: "GradePortCoreTests", dependencies: ["GradePortCore"], swiftSettings: sharedSettings),
        .testTarget(name: "TableReaderTests", dependencies: ["TableReader"], swiftSettings: sharedSettings),
        .testTarget(name: "XMLStreamTests", dependencies: ["XMLStream"], swiftSettings: sharedSettings),
        .testTarget(name: "JSONStreamTests", dependencies: ["JSONStream"], swiftSettings: sharedSettings),
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
            name: "GradePortCLITests",
            dependencies: ["gradeport", "GradePortCore"],
            exclude: ["ReferenceExamples"],
            swiftSettings: sharedSettings
        ),
    ]
)
