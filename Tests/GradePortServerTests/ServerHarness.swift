import Foundation
import GradePortTesting
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GradePortServer

/// A server on a temporary work folder and store, tested in process through Hummingbird's router
/// test client, and the headers a browser on the page sends.
struct ServerHarness {
    static let port = 8080
    static let host = "127.0.0.1:8080"
    static let origin = "http://127.0.0.1:8080"

    let folder: String
    let settings: ServeSettings
    let server: GradePortWebServer

    init(maxUploadBytes: Int64 = 50 * 1024 * 1024, maxInputs: Int = 24, idleSeconds: Double = 3600) throws {
        folder =
            FileManager.default.temporaryDirectory.appendingPathComponent("gradeport-serve-test-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        settings = ServeSettings(
            host: "127.0.0.1", port: Self.port, storePath: folder + "/store.sqlite", maxUploadBytes: maxUploadBytes,
            workFolder: folder + "/work", token: "test-token-0123456789", sessionIdleSeconds: idleSeconds,
            maxInputsPerSession: maxInputs)
        try FileManager.default.createDirectory(atPath: settings.workFolder, withIntermediateDirectories: true)
        server = try GradePortWebServer(settings: settings)
    }

    /// Runs `body` with a client of the server's routes.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await server.application().test(.router) { client in try await body(client) }
        await server.cleanUp()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The folder of a repository sample.
    static func samples(_ platform: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/\(platform)").path
    }
}

/// A browser session on the test server: its cookie, and requests sent as the page sends them.
struct BrowserSession: Sendable {
    let client: any TestClientProtocol
    let cookie: String

    /// Opens the printed URL: the token gives a cookie.
    static func open(_ client: any TestClientProtocol, language: String? = nil) async throws -> BrowserSession {
        var headers: HTTPFields = [.hostHeader: ServerHarness.host]
        if let language { headers[.acceptLanguage] = language }
        let response = try await client.execute(uri: "/?token=test-token-0123456789", method: .get, headers: headers)
        #expect(response.status == .seeOther)
        let setCookie = try #require(response.headers[.setCookie])
        let cookie = try #require(setCookie.split(separator: ";").first.map(String.init))
        return BrowserSession(client: client, cookie: cookie)
    }

    /// The headers of a request from the page.
    var headers: HTTPFields {
        [.hostHeader: ServerHarness.host, .cookie: cookie, .origin: ServerHarness.origin]
    }

    /// GET `uri`.
    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// The page's HTML.
    func page() async throws -> String {
        let response = try await get("/")
        #expect(response.status == .ok)
        return String(buffer: response.body)
    }

    /// POSTs a form.
    func post(_ uri: String, form: String = "") async throws -> TestResponse {
        var headers = self.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form))
    }

    /// Uploads a file as the page's script does: its bytes as the body, its name in the query.
    func upload(_ path: String, name: String? = nil) async throws -> TestResponse {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try await upload(bytes: data, name: name ?? (path as NSString).lastPathComponent)
    }

    /// Uploads bytes under a name (to `route`: `/upload`, or `/policy` for a grading policy), with
    /// the script's progress id when given.
    func upload(
        bytes: Data, name: String, route: String = "/upload", progressID: String? = nil
    ) async throws -> TestResponse {
        let query = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let progress = progressID.map { "&upload=\($0)" } ?? ""
        return try await client.execute(
            uri: "\(route)?name=\(query)\(progress)", method: .post, headers: headers, body: ByteBuffer(bytes: bytes))
    }
}

/// Runs the built `gradeport` executable in a folder and returns its standard output's bytes.
enum CLI {
    static let executable: URL = {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidate = folder.appendingPathComponent("gradeport")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gradeport")
    }()

    static func output(_ arguments: [String], in directory: String) throws -> Data {
        try run(arguments, in: directory).output
    }

    /// Runs the CLI and returns its standard output's bytes and its standard error's text.
    static func run(_ arguments: [String], in directory: String) throws -> (output: Data, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        // Standard error goes to a file, so that neither stream can fill up and block the CLI.
        let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("gradeport-cli-\(UUID())").path
        FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        return (data, (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }
}
