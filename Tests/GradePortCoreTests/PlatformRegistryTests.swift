import Foundation
import GradePortCore
import Testing

/// A tiny adapter for line files: `name,score` rows; `boom` makes it throw at that line.
private struct LinesPlatform: LearningPlatform {
    static let descriptor = PlatformDescriptor(
        id: "lines", displayName: "Lines", exports: [.init(id: "lines", summary: "name,score rows")])

    func sniff(_ file: ExportFile) -> Detection? {
        file.fileExtension == "lines" ? detection("lines", .high, "extension .lines") : nil
    }

    func read(_ file: ExportFile, as export: ExportKindID, into gradebook: inout GradebookBuilder) throws {
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        gradebook.add(Assessment(id: "a", title: "СОР 1", kind: .sectionSummative, maxScore: 20))
        for (index, line) in text.split(separator: "\n").enumerated() {
            if line == "boom" { throw ExportReadError(.truncatedInput, "the file ends early", line: index + 1) }
            let parts = line.split(separator: ",")
            gradebook.add(Person(id: Person.ID(parts[0])))
            gradebook.countRows()
            gradebook.add(
                AssessmentResult(
                    person: Person.ID(parts[0]), assessment: "a", status: .graded,
                    score: DecimalNumber(parsing: parts[1]), raw: String(parts[1]),
                    source: gradebook.reference(line: index + 1, column: 2)))
        }
    }
}

private struct OtherPlatform: LearningPlatform {
    static let descriptor = PlatformDescriptor(
        id: "other", displayName: "Other", exports: [.init(id: "x", summary: "x")])
    func sniff(_ file: ExportFile) -> Detection? { detection("x", .low, "anything") }
    func read(_ file: ExportFile, as export: ExportKindID, into gradebook: inout GradebookBuilder) throws {}
}

@Suite struct PlatformRegistryTests {
    private func write(_ text: String, name: String) -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gp-registry-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func duplicateIDsAreRefused() {
        #expect(throws: RegistryError(duplicateID: "lines")) {
            try PlatformRegistry([LinesPlatform(), LinesPlatform()])
        }
    }

    @Test func detectionIsOrderedByConfidence() throws {
        let registry = try PlatformRegistry([OtherPlatform(), LinesPlatform()])
        let file = ExportFile(path: "x.lines", head: Array("a,1\n".utf8))
        #expect(registry.detect(file).map(\.platform) == ["lines", "other"])
    }

    @Test func readsAndHashesAnInput() throws {
        let registry = try PlatformRegistry([LinesPlatform()])
        let path = write("aruzhan,18\nerasyl,20\n", name: "7A.lines")
        let outcome = registry.readGradebook(from: [path])
        #expect(outcome.unreadableInputs.isEmpty)
        #expect(outcome.gradebook.results.map(\.score) == [18, 20])
        #expect(outcome.gradebook.sources.first?.rows == 2)
        #expect(outcome.gradebook.sources.first?.sha256 == SHA256.hexDigest(of: Array("aruzhan,18\nerasyl,20\n".utf8)))
    }

    @Test func failurePartWayKeepsEarlierRows() throws {
        let registry = try PlatformRegistry([LinesPlatform()])
        let path = write("aruzhan,18\nboom\nerasyl,20\n", name: "7A.lines")
        let outcome = registry.readGradebook(from: [path])
        #expect(outcome.unreadableInputs.isEmpty)
        #expect(outcome.gradebook.results.count == 1)
        let diagnostic = try #require(outcome.gradebook.diagnostics.first)
        #expect(diagnostic.code == .truncatedInput)
        #expect(diagnostic.line == 2)
        #expect(diagnostic.file == path)
        #expect(diagnostic.message == "the file ends early; rows before this point were kept")
    }

    @Test func failureBeforeAnyRowMakesTheInputUnreadable() throws {
        let registry = try PlatformRegistry([LinesPlatform()])
        let path = write("boom\n", name: "7A.lines")
        let outcome = registry.readGradebook(from: [path])
        #expect(outcome.unreadableInputs == [path])
    }

    @Test func missingEmptyAndUnknownInputs() throws {
        let registry = try PlatformRegistry([LinesPlatform()])
        let empty = write("", name: "empty.csv")
        let unknown = write("hello", name: "notes.txt")
        let outcome = registry.readGradebook(from: ["/no/such/file.csv", empty, unknown])
        #expect(outcome.unreadableInputs == ["/no/such/file.csv", empty, unknown])
        #expect(outcome.gradebook.diagnostics.map(\.code) == [.unreadableInput, .emptyInput, .unknownFormat])
        #expect(outcome.gradebook.sources.isEmpty)
    }

    @Test func platformOverrideSkipsDetection() throws {
        let registry = try PlatformRegistry([LinesPlatform()])
        let path = write("aruzhan,18\n", name: "renamed.txt")
        #expect(registry.readGradebook(from: [path]).unreadableInputs == [path])
        #expect(registry.readGradebook(from: [path], platform: "lines").gradebook.results.count == 1)
        #expect(
            registry.readGradebook(from: [path], platform: "nope").gradebook.diagnostics.first?.code == .unknownFormat)
    }
}
