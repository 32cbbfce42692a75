import Foundation
import GradePortCore
import Testing

/// An adapter with two export kinds that records, as a diagnostic, the kind it was asked to read as.
private struct TwoKindPlatform: LearningPlatform {
    static let descriptor = PlatformDescriptor(
        id: "two-kinds", displayName: "Two kinds",
        exports: [.init(id: "table", summary: "a table"), .init(id: "dump", summary: "a dump")])

    func sniff(_ file: ExportFile) -> Detection? {
        if file.head.starts(with: Array("{".utf8)) { return detection("dump", .high, "a brace") }
        if file.head.starts(with: Array("name,".utf8)) { return detection("table", .high, "a header") }
        return nil
    }

    func assumedExport(for file: ExportFile) -> ExportKindID { file.fileExtension == "json" ? "dump" : "table" }

    func read(_ file: ExportFile, as export: ExportKindID, into gradebook: inout GradebookBuilder) throws {
        gradebook.diagnose(.info, "read-as", export.rawValue)
    }
}

@Suite struct ReadingContractTests {
    private func write(_ text: String, name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gp-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        return path
    }

    private func readAs(_ path: String, platform: PlatformID? = nil) throws -> (source: Source?, readAs: [String]) {
        let book = try PlatformRegistry([TwoKindPlatform()]).readGradebook(from: [path], platform: platform).gradebook
        return (book.sources.first, book.diagnostics.filter { $0.code == "read-as" }.map(\.message))
    }

    @Test func readIsToldTheKindTheSniffChose() throws {
        let dump = try readAs(try write("{\"a\":1}", name: "x.txt"))
        #expect(dump.readAs == ["dump"])
        #expect(dump.source?.export == "dump")
        let table = try readAs(try write("name,score\n", name: "x.json"))
        #expect(table.readAs == ["table"])
        #expect(table.source?.export == "table")
    }

    @Test func aNamedPlatformThatDeclinesTheInputReadsItAsItsAssumedKind() throws {
        let json = try readAs(try write("garbage", name: "x.json"), platform: "two-kinds")
        #expect(json.readAs == ["dump"])
        #expect(json.source?.export == "dump")
        let other = try readAs(try write("garbage", name: "x.csv"), platform: "two-kinds")
        #expect(other.readAs == ["table"])
    }

    @Test func theChoiceNamesAnUnknownPlatformOrAnUnrecognisedInput() throws {
        let registry = try PlatformRegistry([TwoKindPlatform()])
        let file = ExportFile(path: "x.bin", head: Array("garbage".utf8))
        #expect(throws: ExportReadError(.unknownFormat, "no platform adapter has the id 'nope'")) {
            try registry.choice(for: file, platform: "nope")
        }
        do {
            _ = try registry.choice(for: file, platform: nil)
            Issue.record("an unrecognised input was given an adapter")
        } catch {
            #expect(error.diagnosticCode == .unknownFormat)
        }
        let empty = ExportFile(path: "x.csv", head: [])
        do {
            _ = try registry.choice(for: empty, platform: nil)
            Issue.record("an empty input was given an adapter")
        } catch {
            #expect(error.diagnosticCode == .emptyInput)
        }
    }

    @Test func aValueDerivedFromTheHeadIsComputedOnceForEveryCopyOfTheFile() {
        struct Derived: Sendable { var length: Int }
        final class Counter: @unchecked Sendable {
            var count = 0
        }
        let counter = Counter()
        let file = ExportFile(path: "x.csv", head: Array("name,score\n".utf8))
        let copy = file
        for candidate in [file, copy, file] {
            let derived = candidate.shared(Derived.self) { file in
                counter.count += 1
                return Derived(length: file.head.count)
            }
            #expect(derived.length == 11)
        }
        #expect(counter.count == 1)
        // Another input derives its own value.
        let other = ExportFile(path: "y.csv", head: Array("a".utf8))
        #expect(other.shared(Derived.self) { Derived(length: $0.head.count) }.length == 1)
        #expect(other == ExportFile(path: "y.csv", head: Array("a".utf8)))
    }
}

@Suite struct IrregularExportFileTests {
    @Test func aDeviceIsRefusedBeforeItIsOpened() {
        #expect(ExportFile.irregularKind(atPath: "/dev/zero") == "a device")
        #expect(ExportFile.irregularKind(atPath: "/dev/null") == "a device")
        #expect(ExportFile.irregularKind(atPath: "/") == nil)
        #expect(ExportFile.irregularKind(atPath: "/no/such/file") == nil)
        #expect(throws: ExportFileError.self) { try ExportFile(path: "/dev/zero") }
        do {
            _ = try ExportFile(path: "/dev/urandom")
            Issue.record("/dev/urandom was opened")
        } catch {
            #expect(error.reason == "not a regular file (a device); save the export to a file and name that")
        }
    }
}
