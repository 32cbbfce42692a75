import Foundation
import GradeStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GradePortServer

@Suite("Review against the store, import, history and undo")
struct StoreRouteTests {
    @Test("Review counts new results; import makes one history entry per file; undo takes it back")
    func importHistoryUndo() async throws {
        let harness = try ServerHarness()
        let storePath = harness.settings.storePath
        try await harness.test { client in
            let session = try await BrowserSession.open(client)
            let folder = ServerHarness.samples("Merge")
            _ = try await session.upload(folder + "/kundelik-7A-dump.json")
            _ = try await session.upload(folder + "/bilimclass-7A-nurlanov.json")
            let empty = try await session.page()
            #expect(empty.contains("data-testid=\"history-empty\""))
            #expect(!FileManager.default.fileExists(atPath: storePath))
            // The review is a dry run: it writes no store.
            let review = String(buffer: try await session.get("/review").body)
            #expect(review.contains("data-testid=\"import\""))
            #expect(review.components(separatedBy: "data-testid=\"review-file\"").count == 3)
            #expect(!review.contains("data-testid=\"nothing-would-change\""))
            #expect(!FileManager.default.fileExists(atPath: storePath))
            #expect(try await session.post("/import").status == .seeOther)
            let store = try GradeStore(path: storePath, options: [])
            let history = try store.history()
            #expect(history.map(\.file) == ["kundelik-7A-dump.json", "bilimclass-7A-nurlanov.json"])
            #expect(history.allSatisfy { $0.kind == .import && $0.added > 0 })
            let page = try await session.page()
            #expect(page.components(separatedBy: "data-testid=\"history-row\"").count == 3)
            #expect(page.components(separatedBy: "data-testid=\"undo\"").count == 3)
            #expect(page.contains("data-testid=\"notice\""))
            // The same files again: nothing would change, said plainly.
            let again = String(buffer: try await session.get("/review").body)
            #expect(again.contains("data-testid=\"nothing-would-change\""))
            #expect(again.components(separatedBy: "data-testid=\"already-imported\"").count == 3)
            // Undo the second import.
            let second = try #require(history.last)
            #expect(try await session.post("/undo/\(second.id)").status == .seeOther)
            let after = try store.history()
            #expect(after.count == 3)
            #expect(after[1].isUndone)
            #expect(after[2].kind == .undo && after[2].undoes == second.id)
            let undonePage = try await session.page()
            #expect(undonePage.contains("data-import=\"\(second.id)\" data-kind=\"import\" class=\"undone\""))
            // Undoing it again is refused with the store's message, not a crash.
            #expect(try await session.post("/undo/\(second.id)").status == .seeOther)
            #expect(try await session.page().contains("class=\"notice problem\""))
        }
    }

    @Test("A newer export that lowers a score is highlighted before import; a blank cell is no result, not a change")
    func decreasesAndBlanks() async throws {
        let harness = try ServerHarness()
        try await harness.test { client in
            let session = try await BrowserSession.open(client)
            let original = ServerHarness.samples("GoogleClassroom") + "/7A-physics-grades.csv"
            _ = try await session.upload(original)
            _ = try await session.post("/import")
            _ = try await session.post("/inputs/1/remove")
            var lines = try String(contentsOfFile: original, encoding: .utf8).components(separatedBy: "\n")
            // The first student's row (the rows before it hold dates, maxima and the class average).
            let dataLine = try #require(lines.firstIndex { $0.contains("@school.example") })
            var fields = lines[dataLine].components(separatedBy: ",")
            let scoreIndexes = fields.indices.dropFirst(4).filter { Double(fields[$0]).map { $0 > 1 } ?? false }
            try #require(scoreIndexes.count >= 2)
            fields[scoreIndexes[0]] = "1"
            fields[scoreIndexes[1]] = ""
            lines[dataLine] = fields.joined(separator: ",")
            let review = try await Self.reviewOf(lines.joined(separator: "\n"), session)
            #expect(review.components(separatedBy: "data-kind=\"decrease\"").count == 2)
            #expect(review.contains("понижается"))
            #expect(review.contains("data-testid=\"count-changed\">1<"))
            #expect(!review.contains("data-testid=\"nothing-would-change\""))
        }
    }

    static func reviewOf(_ text: String, _ session: BrowserSession) async throws -> String {
        _ = try await session.upload(bytes: Data(text.utf8), name: "7A-physics-grades.csv")
        return String(buffer: try await session.get("/review").body)
    }
}
