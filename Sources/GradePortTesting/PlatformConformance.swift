import Foundation
import GradePortCore

/// The checks every `LearningPlatform` adapter passes, run against its sample files.
///
/// Adapter authors call it from a test:
///
/// ```swift
/// @Test func conformance() {
///     let fixtures = Fixtures(testFile: #filePath)
///     let failures = PlatformConformance(MyPlatform(), samples: fixtures.samples(in: "MyPlatform")).run()
///     #expect(failures.isEmpty, "\(failures)")
/// }
/// ```
///
/// The checks: the descriptor is well formed; the adapter recognises each sample with at least
/// medium confidence and names one of its export kinds; reading a sample succeeds, twice with the
/// same result; every result points at a person and an assessment of the gradebook, carries its raw
/// cell and a source line, and graded results carry a score; rows are counted; and damaged input —
/// empty, binary, each sample cut in half — never crashes: it throws a `DiagnosableError` or
/// reports diagnostics, and never turns into results out of nothing.
public struct PlatformConformance: Sendable {
    /// The adapter under test.
    public let platform: any LearningPlatform
    /// Paths of sample files the adapter must read.
    public let samples: [String]

    /// Prepares the checks for an adapter and its samples.
    public init(_ platform: any LearningPlatform, samples: [String]) {
        self.platform = platform
        self.samples = samples
    }

    /// Runs every check and returns the failures (empty when the adapter conforms).
    public func run() -> [ConformanceFailure] {
        var failures = checkDescriptor()
        if samples.isEmpty {
            failures.append(ConformanceFailure(check: "has-samples", message: "no sample files were given"))
        }
        for sample in samples {
            failures += checkSample(sample)
        }
        failures += checkDamagedInputs()
        return failures
    }

    // MARK: - Checks

    func checkDescriptor() -> [ConformanceFailure] {
        let descriptor = platform.descriptor
        var failures: [ConformanceFailure] = []
        let kebab = descriptor.id.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }
        if descriptor.id.rawValue.isEmpty || !kebab {
            failures.append(.init(check: "descriptor", message: "id '\(descriptor.id)' is not lower-case kebab-case"))
        }
        if descriptor.displayName.isEmpty {
            failures.append(.init(check: "descriptor", message: "display name is empty"))
        }
        if descriptor.exports.isEmpty {
            failures.append(.init(check: "descriptor", message: "no export kinds are declared"))
        }
        if Set(descriptor.exports.map(\.id)).count != descriptor.exports.count {
            failures.append(.init(check: "descriptor", message: "export kind ids repeat"))
        }
        return failures
    }

    func checkSample(_ path: String) -> [ConformanceFailure] {
        var failures: [ConformanceFailure] = []
        func fail(_ check: String, _ message: String) {
            failures.append(ConformanceFailure(check: check, input: path, message: message))
        }
        guard let file = try? ExportFile(path: path) else {
            fail("sample-exists", "the sample cannot be opened")
            return failures
        }
        let descriptor = platform.descriptor
        if let detection = platform.sniff(file) {
            if detection.confidence < .medium {
                fail("sniffs-own-samples", "confidence \(detection.confidence) is below medium")
            }
            if !descriptor.exports.contains(where: { $0.id == detection.export }) {
                fail("sniffs-own-samples", "export kind '\(detection.export)' is not declared in the descriptor")
            }
        } else {
            fail("sniffs-own-samples", "the adapter does not recognise its own sample")
        }
        let first = read(file)
        let second = read(file)
        guard case .success(let book) = first else {
            if case .failure(let error) = first { fail("reads-own-samples", "reading threw: \(error)") }
            return failures
        }
        if case .success(let again) = second, again != book {
            fail("deterministic", "reading the same input twice gave different gradebooks")
        }
        if let error = book.diagnostics.first(where: { $0.severity == .error && $0.code == .malformedInput }) {
            fail("reads-own-samples", "the sample is reported malformed: \(error.message)")
        }
        if book.sources.first?.rows ?? 0 == 0 {
            fail("counts-rows", "no data rows were counted")
        }
        let people = Set(book.people.map(\.id))
        let assessments = Set(book.assessments.map(\.id))
        let classes = Set(book.classes.map(\.id))
        let subjects = Set(book.subjects.map(\.id))
        let terms = Set(book.terms.map(\.id))
        for result in book.results {
            let place = "result for \(result.person) in \(result.assessment)"
            if !people.contains(result.person) { fail("references", "\(place): no such person") }
            if !assessments.contains(result.assessment) { fail("references", "\(place): no such assessment") }
            if result.raw?.isEmpty ?? true { fail("keeps-raw", "\(place): the raw value is missing") }
            if result.source.line == nil { fail("provenance", "\(place): no source line") }
            if result.status == .graded && result.score == nil { fail("graded-has-score", "\(place): no score") }
            if let score = result.score, score.isNegative { fail("no-negative-scores", "\(place): score \(score)") }
        }
        for assessment in book.assessments {
            if let id = assessment.class, !classes.contains(id) {
                fail("references", "\(assessment.id): no class \(id)")
            }
            if let id = assessment.subject, !subjects.contains(id) {
                fail("references", "\(assessment.id): no subject \(id)")
            }
            if let id = assessment.term, !terms.contains(id) { fail("references", "\(assessment.id): no term \(id)") }
            if let max = assessment.maxScore, max.isZero || max.isNegative {
                fail("max-score", "\(assessment.id): maximum \(max) must be positive or absent")
            }
        }
        for enrollment in book.enrollments {
            if !people.contains(enrollment.person) || !classes.contains(enrollment.class) {
                fail("references", "enrollment \(enrollment.person) → \(enrollment.class) points at nothing")
            }
        }
        return failures
    }

    func checkDamagedInputs() -> [ConformanceFailure] {
        var failures: [ConformanceFailure] = []
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("gradeport-conformance-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var damaged: [(name: String, bytes: [UInt8])] = [
            ("empty", []),
            (
                "binary",
                [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }
            ),
        ]
        for sample in samples {
            guard let bytes = FileManager.default.contents(atPath: sample).map(Array.init), bytes.count > 1 else {
                continue
            }
            let name = (sample as NSString).lastPathComponent
            damaged.append(("half-of-" + name, Array(bytes.prefix(bytes.count / 2))))
        }
        for (name, bytes) in damaged {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)),
                let file = try? ExportFile(path: url.path)
            else { continue }
            _ = platform.sniff(file)
            switch read(file) {
            case .failure(let error):
                if !(error is any DiagnosableError) {
                    failures.append(
                        .init(
                            check: "damaged-input", input: name,
                            message: "threw an error without a location: \(error)"))
                }
            case .success(let book):
                if bytes.isEmpty && !book.results.isEmpty {
                    failures.append(.init(check: "damaged-input", input: name, message: "results from an empty file"))
                }
                if name == "binary" && book.diagnostics.isEmpty {
                    failures.append(
                        .init(
                            check: "damaged-input", input: name,
                            message: "a binary file was read without any diagnostic"))
                }
            }
        }
        return failures
    }

    /// Reads an input the way `gradeport convert --platform` does: through a registry holding the
    /// adapter, which chooses the export kind and begins the source (``PlatformRegistry/choice(for:platform:)``
    /// and ``PlatformRegistry/read(_:as:into:)``), so that these checks and the command line cannot
    /// drift apart. The adapter's error is handed back as it was thrown, for the checks to judge.
    private func read(_ file: ExportFile) -> Result<Gradebook, any Error> {
        var builder = GradebookBuilder()
        do {
            let registry = try PlatformRegistry([platform])
            let choice = try registry.choice(for: file, platform: platform.descriptor.id)
            try registry.read(file, as: choice, into: &builder)
            return .success(builder.build())
        } catch {
            return .failure(error)
        }
    }
}
