import ExternalAdapters
import Foundation
import GradePortAdapters
import GradePortCore
import GradePortTesting
import Testing

/// The protocol carries everything an adapter produces: every built-in adapter, served through
/// the Swift SDK (`gradeport-builtin-adapters`) and read back by the host as an external process,
/// gives the same gradebook as in-process on every sample.
@Suite struct BuiltInThroughProtocolTests {
    /// The SDK's executable, built next to the test bundle.
    static let server: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent == "MacOS" || folder.path.hasSuffix(".xctest/Contents") {
            folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        let candidate = folder.appendingPathComponent("gradeport-builtin-adapters").path
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gradeport-builtin-adapters")
            .path
    }()

    /// Every sample under `Samples/` (files and API dump folders, not the damaged ones under `bad/`)
    /// with the built-in adapter that reads it.
    static let cases: [(platform: String, sample: String)] = {
        let fixtures = Fixtures()
        let registry = BuiltInPlatforms.registry
        var cases: [(String, String)] = []
        let root = fixtures.packageRoot + "/Samples"
        for folder in ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted() {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []).sorted()
            for name in names
            where !name.hasPrefix(".") && name != "bad" && !name.hasSuffix(".md") && !name.hasSuffix(".py")
                && !name.hasSuffix(".yaml")
            {
                let path = root + "/" + folder + "/" + name
                guard let file = try? ExportFile(path: path), let best = registry.detect(file).first else { continue }
                cases.append((best.platform.rawValue, "\(folder)/\(name)"))
            }
        }
        return cases
    }()

    @Test func everyBuiltInPlatformHasSamples() {
        let covered = Set(Self.cases.map(\.platform))
        let builtIn = Set(BuiltInPlatforms.all.map(\.descriptor.id.rawValue))
        #expect(covered == builtIn)
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases.map { "\($0.platform) \($0.sample)" })
    func sameGradebookThroughTheProtocol(_ testCase: String) throws {
        let parts = testCase.split(separator: " ", maxSplits: 1).map(String.init)
        let platformID = PlatformID(rawValue: parts[0])
        let path = Fixtures().sample(parts[1])
        let builtIn = try #require(BuiltInPlatforms.registry.platform(id: platformID))
        let inProcess = try PlatformRegistry([builtIn]).readGradebook(from: [path], platform: platformID, merging: nil)

        let program = AdapterProgram(
            path: Self.server, origin: .direct,
            invocation: ProgramInvocation(executable: Self.server, leadingArguments: [platformID.rawValue]))
        var settings = AdapterHostSettings()
        settings.warn = { Issue.record("host warning: \($0)") }
        let external = try AdapterHost(settings: settings).adapter(program)
        #expect(external.descriptor == builtIn.descriptor)
        let throughProtocol = try PlatformRegistry([external]).readGradebook(
            from: [path], platform: platformID, merging: nil)

        #expect(throughProtocol.unreadableInputs == inProcess.unreadableInputs)
        let expected = Self.comparable(inProcess.gradebook)
        let actual = Self.comparable(Self.withoutNamespace(throughProtocol.gradebook, platformID))
        #expect(actual.sources == expected.sources)
        #expect(actual.schools == expected.schools)
        #expect(actual.terms == expected.terms)
        #expect(actual.subjects == expected.subjects)
        #expect(actual.classes == expected.classes)
        #expect(actual.people == expected.people)
        #expect(actual.enrollments == expected.enrollments)
        #expect(actual.assessments == expected.assessments)
        #expect(actual.results == expected.results)
        #expect(actual.diagnostics == expected.diagnostics)
        #expect(!expected.results.isEmpty || !expected.people.isEmpty || !expected.diagnostics.isEmpty)
    }

    /// The gradebook with diagnostics in a fixed order: the host makes some of them again from the
    /// records (a score above its maximum) where the in-process builder interleaved them.
    static func comparable(_ book: Gradebook) -> Gradebook {
        var book = book
        book.diagnostics.sort { lhs, rhs in
            (lhs.line ?? 0, lhs.column ?? 0, lhs.code.rawValue, lhs.message)
                < (rhs.line ?? 0, rhs.column ?? 0, rhs.code.rawValue, rhs.message)
        }
        return book
    }

    /// The gradebook with the host's `<id>:` namespace taken off every id and reference.
    static func withoutNamespace(_ book: Gradebook, _ platform: PlatformID) -> Gradebook {
        let prefix = platform.rawValue + ":"
        func strip<Record>(_ id: RecordID<Record>) -> RecordID<Record> {
            id.rawValue.hasPrefix(prefix) ? RecordID(rawValue: String(id.rawValue.dropFirst(prefix.count))) : id
        }
        var book = book
        book.schools = book.schools.map {
            var record = $0; record.id = strip(record.id); return record
        }
        book.terms = book.terms.map {
            var record = $0; record.id = strip(record.id); return record
        }
        book.subjects = book.subjects.map {
            var record = $0; record.id = strip(record.id); return record
        }
        book.classes = book.classes.map { record in
            var record = record
            record.id = strip(record.id)
            record.school = record.school.map(strip)
            return record
        }
        book.people = book.people.map {
            var record = $0; record.id = strip(record.id); return record
        }
        book.enrollments = book.enrollments.map { record in
            var record = record
            record.person = strip(record.person)
            record.class = strip(record.class)
            record.subject = record.subject.map(strip)
            return record
        }
        book.assessments = book.assessments.map { record in
            var record = record
            record.id = strip(record.id)
            record.subject = record.subject.map(strip)
            record.class = record.class.map(strip)
            record.term = record.term.map(strip)
            return record
        }
        book.results = book.results.map { record in
            var record = record
            record.person = strip(record.person)
            record.assessment = strip(record.assessment)
            return record
        }
        return book
    }
}
