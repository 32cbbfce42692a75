import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GradePortServer

@Suite("The guards: token, cookie, Host, Origin, CSP, upload limits and names")
struct GuardTests {
    @Test("A request without the token or a session cookie is refused with a page that says what to open")
    func noToken() async throws {
        try await ServerHarness().test { client in
            let response = try await client.execute(
                uri: "/", method: .get, headers: [.hostHeader: ServerHarness.host])
            #expect(response.status == .forbidden)
            let body = String(buffer: response.body)
            #expect(body.contains("data-testid=\"message\""))
            #expect(body.contains("gradeport serve"))
            let download = try await client.execute(
                uri: "/download/json", method: .get, headers: [.hostHeader: ServerHarness.host])
            #expect(download.status == .forbidden)
            let wrong = try await client.execute(
                uri: "/?token=not-the-token", method: .get, headers: [.hostHeader: ServerHarness.host])
            #expect(wrong.status == .forbidden)
            #expect(wrong.headers[.setCookie] == nil)
        }
    }

    @Test("The token gives an HttpOnly SameSite=Strict cookie and leaves the URL")
    func tokenGivesCookie() async throws {
        try await ServerHarness().test { client in
            let response = try await client.execute(
                uri: "/?token=test-token-0123456789", method: .get,
                headers: [.hostHeader: ServerHarness.host])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("gradeport_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("test-token"))
            let session = BrowserSession(client: client, cookie: String(cookie.split(separator: ";")[0]))
            let page = try await session.page()
            #expect(page.contains("data-testid=\"upload\""))
        }
    }

    @Test("A foreign Host (DNS rebinding) is refused, even with the token or the cookie")
    func foreignHost() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            for host in ["evil.example:8080", "127.0.0.1:9999", "attacker.127.0.0.1.nip.io:8080"] {
                var headers = session.headers
                headers[.hostHeader] = host
                let page = try await client.execute(uri: "/", method: .get, headers: headers)
                #expect(page.status == .forbidden, "\(host)")
                #expect(String(buffer: page.body).contains("127.0.0.1:8080"))
                let token = try await client.execute(
                    uri: "/?token=test-token-0123456789", method: .get, headers: [.hostHeader: host])
                #expect(token.status == .forbidden)
            }
            var localhost = session.headers
            localhost[.hostHeader] = "localhost:8080"
            #expect(try await client.execute(uri: "/", method: .get, headers: localhost).status == .ok)
        }
    }

    @Test("A state-changing request from another site, or with neither Origin nor Sec-Fetch-Site, is refused")
    func crossSitePost() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            func post(_ change: (inout HTTPFields) -> Void) async throws -> HTTPResponse.Status {
                var headers = session.headers
                headers[.contentType] = "application/x-www-form-urlencoded"
                change(&headers)
                return try await client.execute(
                    uri: "/language", method: .post, headers: headers, body: ByteBuffer(string: "lang=en")
                ).status
            }
            #expect(try await post { $0[.origin] = "http://evil.example" } == .forbidden)
            #expect(try await post { $0[.origin] = "null" } == .forbidden)
            #expect(
                try await post {
                    $0[.origin] = "null"
                    $0[.secFetchSite] = "cross-site"
                } == .forbidden)
            #expect(
                try await post {
                    $0[.origin] = nil
                    $0[.secFetchSite] = "cross-site"
                } == .forbidden)
            #expect(
                try await post {
                    $0[.secFetchSite] = "same-site"
                } == .forbidden)
            #expect(try await post { $0[.origin] = nil } == .forbidden)
            // The language did not change.
            #expect(try await session.page().contains("<html lang=\"ru\">"))
            #expect(
                try await post {
                    $0[.origin] = nil
                    $0[.secFetchSite] = "same-origin"
                } == .seeOther)
            #expect(try await session.page().contains("<html lang=\"en\">"))
            // An upload is a state-changing request too.
            var headers = session.headers
            headers[.origin] = "http://evil.example"
            let upload = try await client.execute(
                uri: "/upload?name=a.csv", method: .post, headers: headers, body: ByteBuffer(string: "x,y\n"))
            #expect(upload.status == .forbidden)
            #expect(!(try await session.page()).contains("data-testid=\"file-card\""))
        }
    }

    @Test("Every response has a Content-Security-Policy without inline script, and the page has no inline script")
    func contentSecurityPolicy() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            let response = try await session.get("/")
            let policy = try #require(response.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src 'self'"))
            #expect(!policy.contains("unsafe-inline"))
            #expect(!policy.contains("unsafe-eval"))
            #expect(response.headers[.frameOptions] == "DENY")
            #expect(response.headers[.referrerPolicy] == "same-origin")
            let page = String(buffer: response.body)
            let scripts = page.components(separatedBy: "<script").dropFirst()
            #expect(scripts.count == 1)
            #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"/assets/page.js\"") && $0.contains("></script>") })
            #expect(!page.contains(" onclick=") && !page.contains(" onchange="))
            let refused = try await client.execute(
                uri: "/", method: .get, headers: [.hostHeader: ServerHarness.host])
            #expect(refused.headers[.contentSecurityPolicy] != nil)
            let script = try await session.get("/assets/page.js")
            #expect(script.status == .ok)
            #expect(String(buffer: script.body).contains("/upload?name="))
        }
    }

    @Test("An upload over the limit is refused with 413 and a message while it streams; nothing is kept")
    func oversizedUpload() async throws {
        let harness = try ServerHarness(maxUploadBytes: 1024 * 1024)
        let work = harness.settings.workFolder
        try await harness.test { client in
            let session = try await BrowserSession.open(client)
            let big = Data(repeating: UInt8(ascii: "7"), count: 1024 * 1024 + 1)
            let response = try await session.upload(bytes: big, name: "big.csv")
            #expect(response.status == .contentTooLarge)
            let body = String(buffer: response.body)
            #expect(body.contains("data-testid=\"message\""))
            #expect(body.contains("1 МБ"))
            let page = try await session.page()
            #expect(!page.contains("data-testid=\"file-card\""))
            #expect(page.contains("data-testid=\"notice\""))
            // No file of the refused upload is left in the session's folder.
            let left = FileManager.default.enumerator(atPath: work)?.allObjects.compactMap { $0 as? String } ?? []
            #expect(!left.contains { $0.hasSuffix("big.csv") })
            // A file just at the limit is accepted.
            let fits = try await session.upload(
                bytes: Data(repeating: UInt8(ascii: "7"), count: 1024 * 1024), name: "fits.csv")
            #expect(fits.status == .ok)
        }
    }

    @Test("A path-like file name never chooses where the file goes")
    func pathLikeName() async throws {
        let harness = try ServerHarness()
        let work = harness.settings.workFolder
        let sample = ServerHarness.samples("GoogleClassroom") + "/7A-physics-grades.csv"
        try await harness.test { client in
            let session = try await BrowserSession.open(client)
            for name in ["../../escaped.csv", "/etc/escaped2.csv", "..\\..\\escaped3.csv", "..", "\u{0}.."] {
                let response = try await session.upload(sample, name: name)
                #expect(response.status == .ok, "\(name)")
            }
            #expect(!FileManager.default.fileExists(atPath: harness.folder + "/escaped.csv"))
            #expect(!FileManager.default.fileExists(atPath: "/etc/escaped2.csv"))
            let kept = FileManager.default.enumerator(atPath: work)?.allObjects.compactMap { $0 as? String } ?? []
            let files = kept.filter { !$0.hasSuffix("/") && $0.split(separator: "/").count == 3 }.map {
                String($0.split(separator: "/")[2])
            }
            #expect(files.sorted() == ["escaped.csv", "escaped2.csv", "escaped3.csv", "upload-4", "upload-5"])
            let page = try await session.page()
            #expect(page.contains("<h3>escaped.csv</h3>"))
            #expect(!page.contains("../"))
        }
    }

    @Test("A session left unused ends: its cookie no longer opens the page and its files are deleted")
    func idleSessionEnds() async throws {
        // Long enough that a loaded machine (CI's 2 cores running every suite at once) finishes the
        // upload and the check after it.
        let idle = 30
        let harness = try ServerHarness(idleSeconds: Double(idle))
        let work = harness.settings.workFolder
        try await harness.test { client in
            let session = try await BrowserSession.open(client)
            _ = try await session.upload(ServerHarness.samples("GoogleClassroom") + "/7A-physics-grades.csv")
            #expect(try FileManager.default.contentsOfDirectory(atPath: work).count == 1)
            try await Task.sleep(for: .seconds(idle + 1))
            // The first request after the idle time ends the session (or the sweep did before it).
            #expect(try await session.get("/").status == .forbidden)
            #expect(try FileManager.default.contentsOfDirectory(atPath: work).isEmpty)
        }
    }

    @Test("A session holds a bounded number of files")
    func tooManyFiles() async throws {
        try await ServerHarness(maxInputs: 2).test { client in
            let session = try await BrowserSession.open(client)
            let sample = ServerHarness.samples("GoogleClassroom") + "/7A-physics-grades.csv"
            #expect(try await session.upload(sample).status == .ok)
            #expect(try await session.upload(sample).status == .ok)
            let third = try await session.upload(sample)
            #expect(third.status == .conflict)
            #expect(String(buffer: third.body).contains("2"))
            #expect(try await session.page().components(separatedBy: "data-testid=\"file-card\"").count == 3)
        }
    }

    @Test("Upload names are reduced to one safe component")
    func uploadNames() {
        #expect(UploadName.sanitize("../../a.csv", fallback: "f") == "a.csv")
        #expect(UploadName.sanitize("C:\\Users\\t\\7А Физика.csv", fallback: "f") == "7А Физика.csv")
        #expect(UploadName.sanitize(".hidden", fallback: "f") == "hidden")
        #expect(UploadName.sanitize("..", fallback: "f") == "f")
        #expect(UploadName.sanitize("a\u{0}b\nc.csv", fallback: "f") == "abc.csv")
        #expect(UploadName.sanitize(String(repeating: "я", count: 100) + ".csv", fallback: "f").utf8.count <= 120)
        #expect(UploadName.sanitize(String(repeating: "я", count: 100) + ".csv", fallback: "f").hasSuffix(".csv"))
    }

    @Test("Another --host than loopback is refused with a message")
    func nonLoopbackHost() throws {
        for host in ["0.0.0.0", "192.168.1.10", "example.org", "::", "127.0.0.1.evil"] {
            #expect(throws: ServeError.self) {
                _ = try GradePortWebServer(settings: ServeSettings(host: host, storePath: "/tmp/x.sqlite"))
            }
        }
        for host in ["127.0.0.1", "localhost", "::1", "127.1.2.3"] {
            #expect(LoopbackHost.isLoopback(host))
        }
        #expect(LoopbackHost.refusal("0.0.0.0").contains("127.0.0.1"))
    }
}
