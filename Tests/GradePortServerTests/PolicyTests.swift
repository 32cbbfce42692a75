import Foundation
import GradePortTesting
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GradePortServer

@Suite("A grading policy file uploaded for the report, as report --policy FILE")
struct PolicyTests {
    static let export = "kundelik-7A-dump.json"
    static var policies: String {
        URL(fileURLWithPath: ServerHarness.samples("Merge")).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/policies").path
    }

    /// A folder holding the export and a policy file under the names the page was given, for the CLI.
    static func cliFolder(policy name: String, text: Data) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "gradeport-serve-policy")
        try FileManager.default.copyItem(
            atPath: ServerHarness.samples("Merge") + "/" + export, toPath: folder.file(export))
        try text.write(to: URL(fileURLWithPath: folder.file(name)))
        return folder
    }

    @Test("An uploaded policy is chosen; the report page and download equal report --policy FILE; kz again")
    func uploadedPolicy() async throws {
        let policy = try Data(contentsOf: URL(fileURLWithPath: Self.policies + "/school-example.yaml"))
        let cli = try Self.cliFolder(policy: "school-example.yaml", text: policy)
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            #expect(try await session.upload(ServerHarness.samples("Merge") + "/" + Self.export).status == .ok)
            let page = try await session.page()
            #expect(page.contains("<option value=\"kz\" selected>"))
            #expect(page.contains("data-testid=\"policy-upload\""))
            let loaded = try await session.upload(bytes: policy, name: "school-example.yaml", route: "/policy")
            #expect(loaded.status == .ok)
            #expect(String(buffer: loaded.body) == "file-1\tschool-example\tschool-example.yaml\n")
            let chosen = try await session.page()
            #expect(
                chosen.contains("<option value=\"file-1\" selected>school-example — School example: 45 % threshold"))
            #expect(chosen.contains("Правила «school-example»"))
            let expected = try CLI.output(
                ["report", Self.export, "--format", "html", "--policy", "school-example.yaml"], in: cli.path)
            let builtIn = try CLI.output(["report", Self.export, "--format", "html"], in: cli.path)
            #expect(expected.count > 1000)
            #expect(expected != builtIn)
            #expect(Data(try await session.get("/report").body.readableBytesView) == expected)
            #expect(Data(try await session.get("/download/report-html").body.readableBytesView) == expected)
            #expect(Data(try await session.get("/report?policy=kz").body.readableBytesView) == builtIn)
            // Choosing kz again on the page: the download is the built-in policy's again.
            #expect(try await session.post("/policy/choose", form: "policy=kz").status == .seeOther)
            #expect(Data(try await session.get("/download/report-html").body.readableBytesView) == builtIn)
            #expect(try await session.page().contains("<option value=\"kz\" selected>"))
            #expect(try await session.post("/policy/choose", form: "policy=file-1").status == .seeOther)
            #expect(Data(try await session.get("/report").body.readableBytesView) == expected)
        }
    }

    @Test(
        "A policy file that does not load is refused with the CLI's message: the uploaded name, line and column",
        arguments: [
            (
                "weights.yaml",
                "id: weights\nrules:\n  - from: 2020-2021\n    weights: {ФО: 25, СОР: 25, СОЧ: 40}\n",
                "weights.yaml:4:14: error:"
            ),
            ("syntax.yaml", "id: broken\nrules: [\n", "syntax.yaml:3:1: error:"),
            ("typo.json", "{\"id\": \"x\", \"rulez\": []}", "typo.json:1:13: error:"),
        ])
    func badPolicy(name: String, text: String, place: String) async throws {
        let cli = try Self.cliFolder(policy: name, text: Data(text.utf8))
        let (_, errors) = try CLI.run(["report", Self.export, "--policy", name], in: cli.path)
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            #expect(try await session.upload(ServerHarness.samples("Merge") + "/" + Self.export).status == .ok)
            let response = try await session.upload(bytes: Data(text.utf8), name: name, route: "/policy")
            #expect(response.status == .unprocessableContent)
            let body = String(buffer: response.body)
            let message = try #require(Self.message(in: body))
            #expect(message.hasPrefix(place), "\(message)")
            // The CLI prints the same line for the same file name.
            #expect(errors.contains(message), "\(errors)")
            #expect(!body.contains(ServerHarness.host + "/work"))
            let page = try await session.page()
            #expect(page.contains("data-testid=\"notice\" class=\"notice problem\""))
            #expect(page.contains(HTMLText.escape(message)))
            #expect(page.contains("<option value=\"kz\" selected>"))
            #expect(!page.contains("<option value=\"file-"))
        }
    }

    @Test("Bad uploads: not UTF-8, too big, a path-like name, unknown choices, a cross-site upload")
    func badUploads() async throws {
        let harness = try ServerHarness()
        try await harness.test { client in
            let session = try await BrowserSession.open(client)
            #expect(try await session.upload(ServerHarness.samples("Merge") + "/" + Self.export).status == .ok)
            let latin = try await session.upload(
                bytes: Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE]), name: "p.yaml", route: "/policy")
            #expect(latin.status == .unprocessableContent)
            #expect(
                Self.message(in: String(buffer: latin.body)) == "p.yaml:1:1: error: the policy file is not UTF-8 text")
            let big = Data(repeating: 0x23, count: Int(SessionPolicies.maxFileBytes) + 1)
            let tooBig = try await session.upload(bytes: big, name: "big.yaml", route: "/policy")
            #expect(tooBig.status == .contentTooLarge)
            #expect(Self.message(in: String(buffer: tooBig.body)) == "Файл правил оценивания больше 1024 КБ.")
            // A path-like name is one component in the session's folder, and nothing is left there.
            let policy = try Data(contentsOf: URL(fileURLWithPath: Self.policies + "/kz.yaml"))
            let pathLike = try await session.upload(bytes: policy, name: "../../../etc/kz.yaml", route: "/policy")
            #expect(pathLike.status == .ok)
            #expect(String(buffer: pathLike.body) == "file-1\tkz\tkz.yaml\n")
            let sessionFolder = try #require(
                try FileManager.default.contentsOfDirectory(atPath: harness.settings.workFolder).first)
            let left = try FileManager.default.subpathsOfDirectory(
                atPath: harness.settings.workFolder + "/" + sessionFolder)
            #expect(!left.contains { $0.hasSuffix(".yaml") })
            // A file whose own id is kz is still a file of its own, next to the built-in policy.
            #expect(try await session.page().contains("<option value=\"file-1\" selected>kz — "))
            #expect(try await session.post("/policy/choose", form: "policy=file-9").status == .badRequest)
            #expect(try await session.post("/policy/choose", form: "policy=..%2Fkz.yaml").status == .badRequest)
            #expect(try await session.get("/report?policy=file-9").status == .badRequest)
            #expect(try await session.get("/report?policy=docs/policies/kz.yaml").status == .badRequest)
            var crossSite = session.headers
            crossSite[.origin] = "http://evil.example"
            let refused = try await client.execute(
                uri: "/policy?name=x.yaml", method: .post, headers: crossSite, body: ByteBuffer(bytes: policy))
            #expect(refused.status == .forbidden)
        }
    }

    /// The message of a refusal page.
    static func message(in page: String) -> String? {
        guard let start = page.range(of: "data-testid=\"message\""),
            let open = page[start.upperBound...].firstIndex(of: ">")
        else { return nil }
        let rest = page[page.index(after: open)...]
        guard let end = rest.range(of: "</p>") else { return nil }
        return String(rest[..<end.lowerBound]).replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
