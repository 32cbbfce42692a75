import Foundation
import GradePortCore
import GradePortTesting
import GradeStore
import GradeStorePostgres
import Testing

/// The same imports and undos give the same store on SQLite and on PostgreSQL: the same summaries,
/// history, change logs, diagnostics and gradebooks.
@Suite struct SameResultsTests {
    /// A sequence that goes through identity links, conflicts, revised records, changes,
    /// confirmations, an undo that rewrites a later confirmation, and a removal of records.
    static func scenario() throws -> [(name: String, act: (any GradebookStore) throws -> String)] {
        let first = ClassExport()
        var linked = ClassExport()
        linked.platform = "kundelik"
        linked.file = "kundelik-7A.csv"
        linked.students = [("aruzhan@school.kz", "Серікқызы Аружан", ["18", "16", "22"])]
        var revised = first.changing("maria@school.kz", 1, to: "20").changing("yerassyl@school.kz", 1, to: "12")
        revised.file = "7A-physics-2.csv"
        revised.assessments[2].max = 30
        revised.assessments.append(("СОР 3", 10))
        for index in revised.students.indices { revised.students[index].marks.append("7,5") }
        var confirming = revised
        confirming.file = "7A-physics-3.csv"
        confirming.students.removeLast()
        confirming.iins = ["aruzhan@school.kz": "0101016000000"]

        func describe(_ summary: ImportSummary) -> String {
            "\(summary.disposition) \(summary.importID.map(String.init) ?? "-") "
                + "\([summary.added, summary.changed, summary.unchanged, summary.rejected, summary.peopleAdded, summary.assessmentsAdded]) "
                + summary.changes.map {
                    "\($0.person)/\($0.assessment) \($0.old.summary)→\($0.new.summary) from \($0.previousImport)"
                }
                .joined(separator: "; ")
                + " " + summary.diagnostics.map(\.description).joined(separator: "; ")
        }
        func importing(_ export: ClassExport, dryRun: Bool = false) -> (any GradebookStore) throws -> String {
            { try describe($0.importGradebook(export.gradebook, fingerprint: nil, dryRun: dryRun)) }
        }
        func undoing(_ id: Int64) -> (any GradebookStore) throws -> String {
            { store in
                do {
                    let undo = try store.undo(importID: id)
                    return "\(undo)"
                } catch let error as GradeStoreError {
                    return "refused: \(error.code) \(error.message) \(error.imports)"
                }
            }
        }
        return [
            ("first", importing(first)), ("linked", importing(linked)),
            ("dry revised", importing(revised, dryRun: true)),
            ("revised", importing(revised)), ("confirming", importing(confirming)), ("again", importing(first)),
            ("undo 3 refused?", undoing(3)), ("undo 4", undoing(4)), ("undo 3", undoing(3)), ("undo 2", undoing(2)),
            ("undo 1 again", undoing(1)), ("reimport", importing(revised)),
        ]
    }

    /// Everything the store tells about itself, as text.
    static func snapshot(_ store: any GradebookStore) throws -> [String] {
        var lines: [String] = []
        for record in try store.history() {
            var entry = record
            entry.at = "-"
            lines.append("entry \(entry)")
            lines += try store.diagnostics(ofImport: record.id).map { "  diagnostic \($0)" }
            lines += try store.resultLog(ofImport: record.id).map { "  result \($0)" }
            lines += try store.recordLog(ofImport: record.id).map { "  record \($0)" }
        }
        let book = try store.gradebook(matching: .all)
        lines +=
            book.sources.map { "source \($0)" } + book.schools.map { "school \($0)" }
            + book.terms.map { "term \($0)" } + book.subjects.map { "subject \($0)" }
            + book.classes.map { "class \($0)" } + book.people.map { "person \($0)" }
            + book.enrollments.map { "enrollment \($0)" } + book.assessments.map { "assessment \($0)" }
            + book.results.map { "result \($0)" }
        let filtered = try store.gradebook(matching: GradebookFilter(classes: ["7А"], subjects: ["Физика"]))
        lines += filtered.results.map { "7А result \($0)" }
        return lines
    }

    @Test func bothBackendsGiveTheSameStore() throws {
        let sqlite = try Backend.sqlite.makeStore()
        let postgres = try Backend.postgres.makeStore()
        defer {
            try? sqlite.close()
            try? postgres.close()
        }
        for step in try Self.scenario() {
            let expected = try step.act(sqlite)
            let got = try step.act(postgres)
            #expect(got == expected, "step \(step.name)")
        }
        let expected = try Self.snapshot(sqlite)
        let got = try Self.snapshot(postgres)
        #expect(got.count == expected.count)
        for (index, line) in expected.enumerated() where index < got.count && got[index] != line {
            Issue.record("line \(index): PostgreSQL has\n\(got[index])\nSQLite has\n\(line)")
            break
        }
        // The scenario went through what it means to: a refusal, undos, records removed, a link.
        let steps = try Self.scenario().map(\.name)
        #expect(steps.count == 12)
        #expect(expected.contains { $0.hasPrefix("  result") && $0.contains("remove") })
        #expect(expected.filter { $0.hasPrefix("entry ") }.count == 9)
    }
}
