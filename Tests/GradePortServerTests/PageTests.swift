import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GradePortServer

@Suite("The page: cards, preview, diagnostics, merge and conflicts, languages, sessions")
struct PageTests {
    @Test("An uploaded export gets a card with its platform, encoding, delimiter and counts, and a preview")
    func cardAndPreview() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            let response = try await session.upload(
                ServerHarness.samples("GoogleClassroom") + "/7A-physics-grades-excel-cp1251.csv")
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == "1\tread\t7A-physics-grades-excel-cp1251.csv\n")
            let page = try await session.page()
            #expect(page.components(separatedBy: "data-testid=\"file-card\"").count == 2)
            #expect(page.contains("data-platform=\"google-classroom\" data-state=\"read\""))
            #expect(page.contains("<dd>windows-1251</dd>"))
            #expect(page.contains("<dd>;</dd>"))
            #expect(page.contains("<table data-testid=\"preview\""))
            #expect(page.contains("data-testid=\"no-diagnostics\""))
            for format in DownloadFormat.allCases {
                #expect(page.contains("data-testid=\"download\" data-format=\"\(format.rawValue)\""))
            }
        }
    }

    @Test("A damaged file's diagnostics are grouped by code, each with its file, line and column")
    func damagedFile() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            _ = try await session.upload(ServerHarness.samples("GoogleClassroom") + "/bad/negative-score.csv")
            let page = try await session.page()
            #expect(page.contains("data-state=\"errors\""))
            #expect(page.contains("data-code=\"negative-score\""))
            #expect(page.contains("Отрицательный балл; отклонён."))
            let items = page.components(separatedBy: "<li data-testid=\"diagnostic\"").dropFirst()
            let negative = try #require(items.first { $0.contains("negative-score.csv:") && $0.contains("error") })
            #expect(negative.contains("data-line=\""))
            #expect(negative.contains("data-column=\""))
        }
    }

    @Test("An unreadable file gets an unreadable card and the reason")
    func unreadable() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            _ = try await session.upload(bytes: Data([0x00, 0x01, 0x02, 0xFF, 0x00]), name: "photo.csv")
            let page = try await session.page()
            #expect(page.contains("data-platform=\"\" data-state=\"unreadable\""))
            #expect(page.contains("data-code=\"unknown-format\""))
        }
    }

    @Test("Choosing another platform for a card reads the file again with it")
    func platformOverride() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            _ = try await session.upload(ServerHarness.samples("GoogleClassroom") + "/7A-physics-grades.csv")
            #expect(try await session.post("/inputs/1/platform", form: "platform=teams").status == .seeOther)
            let page = try await session.page()
            #expect(page.contains("data-platform=\"teams\""))
            #expect(page.contains("<option value=\"teams\" selected>"))
            #expect(try await session.post("/inputs/1/platform", form: "platform=..%2Fetc").status == .badRequest)
            #expect(try await session.post("/inputs/1/platform", form: "platform=").status == .seeOther)
            #expect(try await session.page().contains("data-platform=\"google-classroom\""))
            #expect(try await session.post("/inputs/1/remove").status == .seeOther)
            #expect(!(try await session.page()).contains("data-testid=\"file-card\""))
        }
    }

    @Test("Three platforms merged: the evidence, the ambiguous names, and a conflict settled on the page")
    func mergeAndConflict() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            let folder = ServerHarness.samples("Merge")
            for name in ["kundelik-7A-dump.json", "7А Математика 2-тоқсан.csv", "bilimclass-7A-nurlanov.json"] {
                #expect(try await session.upload(folder + "/" + name).status == .ok)
            }
            let page = try await session.page()
            #expect(page.contains("data-testid=\"merge\""))
            #expect(page.contains("ambiguous-person-match") || page.contains("Оспанова"))
            let conflicts = page.components(separatedBy: "<tr data-testid=\"conflict\">").dropFirst()
            #expect(conflicts.count == 1)
            let conflict = try #require(conflicts.first)
            #expect(conflict.contains("<strong>12</strong>"))
            #expect(conflict.contains("<strong>13</strong>"))
            // --prefer last keeps 13 (OnlineMektep's); choose Kundelik's 12 for this conflict.
            let json = try await session.get("/download/json")
            #expect(String(buffer: json.body).contains("\"score\":13"))
            let key = try #require(Self.value(of: "c0", in: conflict))
            // The radios are the values in input order: Kundelik's (s1) first.
            #expect(conflict.contains("name=\"v0\" value=\"0\" data-testid=\"conflict-choice\" data-source=\"s1\""))
            let form = "c0=\(key.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&v0=0"
            #expect(try await session.post("/conflicts", form: form).status == .seeOther)
            let chosen = String(buffer: try await session.get("/download/csv").body)
            let ivanova = chosen.split(separator: "\n").filter { $0.contains("Иванова") && $0.contains("СОР 2") }
            #expect(ivanova.count == 1)
            #expect(ivanova.first?.contains(",12,") == true)
            #expect(try await session.page().contains("— выбрано"))
            // A preferred platform applies to every conflict, as --prefer does.
            #expect(try await session.post("/prefer", form: "prefer=onlinemektep").status == .seeOther)
            #expect(try await session.post("/prefer", form: "prefer=nowhere").status == .badRequest)
        }
    }

    static func value(of name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return String(rest.prefix { $0 != "\"" }).replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("The page's language: Accept-Language first, then the switcher; html lang follows")
    func languages() async throws {
        try await ServerHarness().test { client in
            let kazakh = try await BrowserSession.open(client, language: "kk-KZ,kk;q=0.9,ru;q=0.8")
            let page = try await kazakh.page()
            #expect(page.contains("<html lang=\"kk\">"))
            #expect(page.contains("Файлдар"))
            #expect(page.contains("<option value=\"kk\" selected>Қазақша</option>"))
            let english = try await BrowserSession.open(client, language: "en-US,en;q=0.9")
            #expect(try await english.page().contains("<html lang=\"en\">"))
            let other = try await BrowserSession.open(client, language: "de-DE")
            #expect(try await other.page().contains("<html lang=\"ru\">"))
            #expect(try await kazakh.post("/language", form: "lang=ru").status == .seeOther)
            #expect(try await kazakh.page().contains("<html lang=\"ru\">"))
            #expect(try await kazakh.post("/language", form: "lang=xx").status == .seeOther)
            #expect(try await kazakh.page().contains("<html lang=\"ru\">"))
        }
        #expect(Language.preferred(byAcceptLanguage: "en;q=0.5, kk;q=0.8") == .kk)
        #expect(Language.preferred(byAcceptLanguage: nil) == .ru)
    }

    @Test("Sessions are separate; ending one deletes its files and leaves the others working")
    func concurrentSessions() async throws {
        let harness = try ServerHarness()
        let work = harness.settings.workFolder
        try await harness.test { client in
            let first = try await BrowserSession.open(client)
            let second = try await BrowserSession.open(client)
            #expect(first.cookie != second.cookie)
            async let one = first.upload(ServerHarness.samples("GoogleClassroom") + "/7A-physics-grades.csv")
            async let two = second.upload(ServerHarness.samples("Kundelik") + "/7A-class-progress-report.csv")
            #expect(try await one.status == .ok)
            #expect(try await two.status == .ok)
            let firstPage = try await first.page()
            let secondPage = try await second.page()
            #expect(
                firstPage.contains("data-platform=\"google-classroom\"")
                    && !firstPage.contains("data-platform=\"kundelik\""))
            #expect(
                secondPage.contains("data-platform=\"kundelik\"")
                    && !secondPage.contains("data-platform=\"google-classroom\""))
            let folders = try FileManager.default.contentsOfDirectory(atPath: work)
            #expect(folders.count == 2)
            let end = try await first.post("/end")
            #expect(end.status == .ok)
            #expect(end.headers[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try FileManager.default.contentsOfDirectory(atPath: work).count == 1)
            #expect(try await first.get("/").status == .forbidden)
            #expect(try await second.page().contains("data-platform=\"kundelik\""))
        }
        #expect(!FileManager.default.fileExists(atPath: work))
    }
}

@Suite("A journal profile uploaded as --profile")
struct ProfileUploadTests {
    @Test("A profile's platform is offered on the cards, and reading with it equals convert --profile")
    func profile() async throws {
        let folder = ServerHarness.samples("Journal")
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            let loaded = try await session.upload(folder + "/school-42-profile.yaml")
            #expect(loaded.status == .ok)
            #expect(String(buffer: loaded.body).contains("\tprofile\t"))
            #expect(try await session.upload(folder + "/7Б алгебра 3 ч.csv").status == .ok)
            let page = try await session.page()
            #expect(page.contains("data-testid=\"profile\""))
            let id = "school-42"  // the profile's platform id
            #expect(page.contains("(платформа school-42)"))
            #expect(page.contains("<option value=\"\(id)\""))
            #expect(try await session.post("/inputs/2/platform", form: "platform=\(id)").status == .seeOther)
            #expect(try await session.page().contains("data-platform=\"\(id)\""))
            let json = try await session.get("/download/json")
            let expected = try CLI.output(
                ["convert", "7Б алгебра 3 ч.csv", "--profile", "school-42-profile.yaml"], in: folder)
            #expect(Data(json.body.readableBytesView) == expected)
        }
    }

    @Test("A profile that does not load is refused with its line and column, under the uploaded name")
    func badProfile() async throws {
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            let response = try await session.upload(bytes: Data("id: x\ncolumns: [\n".utf8), name: "broken.yaml")
            #expect(response.status == .unprocessableContent)
            let body = String(buffer: response.body)
            #expect(body.contains("broken.yaml:"))
            #expect(!body.contains("/work/"))
            #expect(!(try await session.page()).contains("data-testid=\"profile\""))
        }
    }
}
