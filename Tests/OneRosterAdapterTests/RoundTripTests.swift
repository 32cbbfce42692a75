import Foundation
import GradePortAdapters
import GradePortCore
import GradePortTesting
import GradePortWriters
import OneRosterAdapter
import TableReader
import Testing

/// Every sample of every platform, read as `gradeport convert` reads it, exported to OneRoster 1.2 and
/// read back with the OneRoster adapter, gives the same gradebook.
///
/// "The same" (``RoundTripContent``): the same schools, terms, subjects, classes, people, enrollments,
/// assessments and results, in the same order, field by field — ids included, since a GradePort export
/// keeps the gradebook's ids in its `metadata.gradeport.*` columns. Only where things were read from
/// differs: the sources (now the OneRoster export), every record's provenance, and the diagnostics of
/// the first read (the export holds data, not the reading's notes).
@Suite struct RoundTripTests {
    /// Every readable sample of a built-in platform under `Samples/`, as a path relative to it.
    static let samples: [String] = OneRosterSamples.fixtures.everySample

    @Test func everyPlatformHasSamples() {
        let platforms = Set(Self.samples.map { $0.split(separator: "/")[0] })
        #expect(
            platforms == [
                "BilimClass", "BilimLand", "GoogleClassroom", "Journal", "Kundelik", "Merge", "OneRoster",
                "OnlineMektep",
                "Opiq", "Teams",
            ])
        #expect(Self.samples.count >= 40)
    }

    @Test(arguments: samples)
    func roundTrip(_ sample: String) throws {
        let original = BuiltInPlatforms.registry.readGradebook(
            from: [OneRosterOneSample.path(sample)]).gradebook
        #expect(!original.results.isEmpty || !original.people.isEmpty)
        let temporary = try TemporaryFolder(prefix: "gradeport-roundtrip")
        let folder = temporary.path
        let options = OneRosterWriter.Options(referenceDate: "2026-01-15")
        for destination in [folder + "/bundle", folder + "/bundle.zip"] {
            try OneRosterWriter(options: options).write(original, to: FileSetDestination(path: destination))
            let back = try OneRosterSamples.read(destination)
            #expect(back.sources.first?.platform == "oneroster")
            #expect(back.diagnostics.filter { $0.severity != .info }.isEmpty, "\(back.diagnostics)")
            let expected = RoundTripContent(original)
            let actual = RoundTripContent(back)
            #expect(actual == expected, "\(expected.firstDifference(from: actual) ?? "")")
        }
    }

    @Test(arguments: ["Kundelik/api-dump", "Teams/graph-dump", "OneRoster/v1.1", "Journal/7Б алгебра 3 ч.csv"])
    func exportingTheReadBackGradebookGivesTheSameIdentifiers(_ sample: String) throws {
        let original = BuiltInPlatforms.registry.readGradebook(from: [OneRosterOneSample.path(sample)]).gradebook
        let temporary = try TemporaryFolder(prefix: "gradeport-roundtrip")
        let folder = temporary.path
        let writer = OneRosterWriter(options: .init(referenceDate: "2026-01-15"))
        try writer.write(original, to: FileSetDestination(path: folder + "/first"))
        let back = try OneRosterSamples.read(folder + "/first")
        try writer.write(back, to: FileSetDestination(path: folder + "/second"))
        for file in ["orgs.csv", "academicSessions.csv", "classes.csv", "users.csv", "lineItems.csv", "results.csv"] {
            let first = try BundleTable(folder + "/first/" + file)
            let second = try BundleTable(folder + "/second/" + file)
            #expect(first.column("sourcedId") == second.column("sourcedId"), "\(file)")
            #expect(first.rows.count == second.rows.count)
        }
        // Everything but provenance is byte for byte the same.
        for file in [
            "manifest.csv", "orgs.csv", "academicSessions.csv", "courses.csv", "classes.csv", "users.csv",
            "roles.csv", "lineItems.csv", "categories.csv",
        ]
        where FileManager.default.fileExists(atPath: folder + "/first/" + file) {
            #expect(
                FileManager.default.contents(atPath: folder + "/first/" + file)
                    == FileManager.default.contents(atPath: folder + "/second/" + file), "\(file)")
        }
    }
}

/// Paths of samples under `Samples/`.
enum OneRosterOneSample {
    static func path(_ relative: String) -> String { OneRosterSamples.fixtures.sample(relative) }
}

/// What a OneRoster round trip keeps: a gradebook without sources, provenance and diagnostics.
struct RoundTripContent: Equatable {
    var schools: [School]
    var terms: [Term]
    var subjects: [Subject]
    var classes: [SchoolClass]
    var people: [Person]
    var enrollments: [Enrollment]
    var assessments: [Assessment]
    var results: [AssessmentResult]

    init(_ book: Gradebook) {
        schools = book.schools.map {
            var record = $0; record.source = nil; return record
        }
        terms = book.terms.map {
            var record = $0; record.source = nil; return record
        }
        subjects = book.subjects.map {
            var record = $0; record.source = nil; return record
        }
        classes = book.classes.map {
            var record = $0; record.source = nil; return record
        }
        people = book.people.map {
            // How the names were read (split from free text or not) is provenance, like the source.
            var record = $0; record.source = nil; record.nameIsParsed = false; return record
        }
        enrollments = book.enrollments
        assessments = book.assessments.map {
            var record = $0; record.source = nil; return record
        }
        results = book.results.map {
            var record = $0; record.source = SourceReference(source: ""); return record
        }
    }

    /// The first record that differs, for the failure message.
    func firstDifference(from other: RoundTripContent) -> String? {
        func compare<T: Equatable>(_ name: String, _ a: [T], _ b: [T]) -> String? {
            if a.count != b.count { return "\(name): \(a.count) vs \(b.count)" }
            guard let index = a.indices.first(where: { a[$0] != b[$0] }) else { return nil }
            return "\(name)[\(index)]:\n  \(a[index])\n  \(b[index])"
        }
        return compare("schools", schools, other.schools) ?? compare("terms", terms, other.terms)
            ?? compare("subjects", subjects, other.subjects) ?? compare("classes", classes, other.classes)
            ?? compare("people", people, other.people) ?? compare("enrollments", enrollments, other.enrollments)
            ?? compare("assessments", assessments, other.assessments) ?? compare("results", results, other.results)
    }
}

/// A CSV file of an export, read whole, for checks.
struct BundleTable {
    var header: [String]
    var rows: [[String]]

    init(_ path: String) throws {
        let reader = try CSVReader(path: path)
        var all: [[String]] = []
        while let row = try reader.next() { all.append(row.strings()) }
        header = all.first ?? []
        rows = Array(all.dropFirst())
    }

    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { return [] }
        return rows.map { $0[index] }
    }
}
