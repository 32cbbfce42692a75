import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ZIPFoundation

@testable import GradePortServer

@Suite("Downloads equal what the CLI writes for the same inputs and options")
struct DownloadTests {
    /// Each stream format and the CLI arguments that write it.
    static let streamFormats: [(DownloadFormat, [String])] = [
        (.json, ["convert", "--to", "json"]),
        (.csv, ["convert", "--to", "csv"]),
        (.csvExcel, ["convert", "--to", "csv", "--excel"]),
        (.classroomRoster, ["convert", "--to", "classroom-roster"]),
        // The session's language is Russian here; the page's language is the report's (`--lang`).
        (.reportHTML, ["report", "--format", "html", "--lang", "ru"]),
    ]

    @Test(
        "One export and a merge of three: every stream download is byte for byte the CLI's output",
        arguments: [
            ("GoogleClassroom", ["7A-physics-grades-excel-cp1251.csv"]),
            ("Merge", ["kundelik-7A-dump.json", "7А Математика 2-тоқсан.csv", "bilimclass-7A-nurlanov.json"]),
        ])
    func streamDownloads(folderName: String, files: [String]) async throws {
        let folder = ServerHarness.samples(folderName)
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            for file in files { #expect(try await session.upload(folder + "/" + file).status == .ok) }
            for (format, arguments) in Self.streamFormats {
                let response = try await session.get("/download/\(format.rawValue)")
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"\(format.fileName)\"")
                let expected = try CLI.output(arguments + files, in: folder)
                #expect(!expected.isEmpty)
                #expect(Data(response.body.readableBytesView) == expected, "\(format.rawValue)")
            }
        }
    }

    @Test("OneRoster and SDS downloads are zips whose files equal the CLI's")
    func zipDownloads() async throws {
        let folder = ServerHarness.samples("Kundelik")
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            #expect(try await session.upload(folder + "/7A-api-dump.json").status == .ok)
            for (format, to) in [(DownloadFormat.oneRoster, "oneroster"), (.schoolDataSync, "sds")] {
                let response = try await session.get("/download/\(format.rawValue)")
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/zip")
                let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
                try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(atPath: scratch) }
                _ = try CLI.output(["convert", "7A-api-dump.json", "--to", to, "-o", scratch + "/cli.zip"], in: folder)
                let served = try Self.entries(of: Data(response.body.readableBytesView), scratch: scratch)
                let written = try Self.entries(
                    of: Data(contentsOf: URL(fileURLWithPath: scratch + "/cli.zip")), scratch: scratch)
                #expect(!served.isEmpty)
                #expect(served == written, "\(to)")
            }
        }
    }

    @Test("The problems file lists every rejected cell with its file, line, column, value and reason, for Excel")
    func problemsFile() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            _ = try await session.upload(ServerHarness.samples("GoogleClassroom") + "/bad/negative-score.csv")
            let book = try #require(await BrowserSessionBook.json(session))
            let response = try await session.get("/download/problems")
            #expect(response.status == .ok)
            let bytes = [UInt8](Data(response.body.readableBytesView))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            let lines = text.split(whereSeparator: \.isNewline).map(String.init)
            #expect(lines.first == "file;line;column;value;severity;code;reason")
            let negative = try #require(lines.first { $0.contains(";negative-score;") })
            #expect(negative.hasPrefix("negative-score.csv;"))
            let fields = negative.split(separator: ";", omittingEmptySubsequences: false)
            #expect(fields[3].hasPrefix("-") || fields[3].hasPrefix("'-") || fields[3].hasPrefix("\"-"))
            #expect(book.contains("negative-score"))
        }
    }

    @Test("The report follows the page's language: in Kazakh it is the CLI's report --lang kk")
    func reportInThePagesLanguage() async throws {
        let folder = ServerHarness.samples("Merge")
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client, language: "kk-KZ,kk;q=0.9")
            #expect(try await session.upload(folder + "/kundelik-7A-dump.json").status == .ok)
            let response = try await session.get("/report?policy=kz")
            #expect(response.status == .ok)
            let expected = try CLI.output(
                ["report", "--format", "html", "--lang", "kk", "kundelik-7A-dump.json"], in: folder)
            #expect(String(decoding: expected, as: UTF8.self).contains("<h1>Үлгерім туралы есеп</h1>"))
            #expect(Data(response.body.readableBytesView) == expected)
        }
    }

    @Test("The report page is the renderer's HTML under a policy that forbids all script")
    func reportPage() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            _ = try await session.upload(ServerHarness.samples("Merge") + "/kundelik-7A-dump.json")
            let response = try await session.get("/report?policy=kz")
            #expect(response.status == .ok)
            #expect(response.headers[.contentDisposition] == nil)
            let policy = try #require(response.headers[.contentSecurityPolicy])
            #expect(!policy.contains("script-src"))
            #expect(policy.contains("default-src 'none'"))
            #expect(String(buffer: response.body).contains("<svg"))
            #expect(try await session.get("/report?policy=/etc/passwd").status == .badRequest)
            #expect(try await session.get("/download/nothing").status == .notFound)
        }
    }

    /// The files of a zip and their bytes.
    static func entries(of zip: Data, scratch: String) throws -> [String: Data] {
        let path = scratch + "/\(UUID().uuidString).zip"
        try zip.write(to: URL(fileURLWithPath: path))
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var files: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            files[entry.path] = data
        }
        return files
    }
}

/// The session's gradebook as JSON text.
enum BrowserSessionBook {
    static func json(_ session: BrowserSession) async throws -> String? {
        let response = try await session.get("/download/json")
        return response.status == .ok ? String(buffer: response.body) : nil
    }
}

@Suite("A folder uploaded as a .zip")
struct FolderArchiveTests {
    /// A zip of `folder` (its files under one top folder, as a file manager zips a folder) plus
    /// extra entries given by name and text.
    static func zip(folder: String, extra: [String: String] = [:], into scratch: String) throws -> Data {
        let path = scratch + "/\(UUID().uuidString).zip"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let top = (folder as NSString).lastPathComponent
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            try archive.addEntry(with: "\(top)/\(name)", fileURL: URL(fileURLWithPath: folder + "/" + name))
        }
        for (name, text) in extra {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    @Test("An API dump folder as a .zip is read as the folder, and its download equals the CLI's for the folder")
    func dumpFolder() async throws {
        let samples = ServerHarness.samples("GoogleClassroom")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let zip = try Self.zip(
            folder: samples + "/api-dump", extra: ["../escaped.txt": "x", "/abs.txt": "y"], into: scratch)
        let harness = try ServerHarness()
        let root = harness.folder
        try await harness.test { client in
            let session = try await BrowserSession.open(client)
            let response = try await session.upload(bytes: zip, name: "api-dump.zip")
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).hasSuffix("\tapi-dump\n"))
            let page = try await session.page()
            #expect(page.contains("data-platform=\"google-classroom\""))
            #expect(!FileManager.default.fileExists(atPath: root + "/work/escaped.txt"))
            #expect(!FileManager.default.fileExists(atPath: "/abs.txt"))
            let json = try await session.get("/download/json")
            #expect(Data(json.body.readableBytesView) == (try CLI.output(["convert", "api-dump"], in: samples)))
        }
    }
}
