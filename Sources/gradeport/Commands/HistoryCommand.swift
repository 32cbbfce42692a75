import ArgumentParser
import Foundation
import GradePortCore
import GradePortWriters
import GradeStore

/// `gradeport history`: the store's imports and undos, or one of them in detail.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the store's imports and undos, or show one with its diagnostics and changes.",
        discussion: """
            Each import: its id, when (ISO 8601, UTC), the file, platform and export, the SHA-256, and \
            how many results it added, changed, left unchanged and rejected; an undone import names \
            the undo. With an IMPORT_ID, also the diagnostics kept with it and its change log (every \
            stored result it changed, with the old and new value).

            Examples:
              gradeport history
              gradeport history 3
              gradeport history --json --store city.sqlite
            """
    )

    /// How many changes the text form lists.
    static let changesShown = 100

    @Argument(help: "Show this import or undo in detail.")
    var importID: Int64?

    @OptionGroup var storeOption: StoreOption

    @Flag(name: .long, help: "Write JSON instead of text.")
    var json = false

    func run() throws {
        let store = try storeOption.openForReading()
        do {
            if let importID {
                try show(importID, store)
            } else {
                try list(store)
            }
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
    }

    private func list(_ store: any GradebookStore) throws {
        let history = try store.history()
        if json {
            var out = JSONTextBuffer()
            out.beginObject()
            out.key("imports")
            out.beginArray()
            for record in history {
                out.nextElement()
                out.write(record)
            }
            out.endArray()
            out.endObject()
            FileHandle.standardOutput.write(Data(out.bytes + [0x0A]))
            return
        }
        guard !history.isEmpty else {
            print("no imports yet in \(storeOption.displayName)")
            return
        }
        var text =
            Self.pad("id", 5, right: true) + "  " + Self.pad("when (UTC)", 20) + "  " + Self.pad("platform", 28)
            + Self.pad("added", 8, right: true) + Self.pad("changed", 8, right: true)
            + Self.pad("unchanged", 10, right: true) + Self.pad("rejected", 9, right: true) + "  file\n"
        for record in history {
            text += Self.pad(String(record.id), 5, right: true) + "  " + Self.pad(record.at, 20) + "  "
            switch record.kind {
            case .import:
                text +=
                    Self.pad("\(record.platform ?? "") \(record.export ?? "")", 28)
                    + Self.pad(String(record.added), 8, right: true) + Self.pad(String(record.changed), 8, right: true)
                    + Self.pad(String(record.unchanged), 10, right: true)
                    + Self.pad(String(record.rejected), 9, right: true) + "  " + (record.file ?? "")
                if let school = record.school { text += "  (school \(school))" }
                if let undoneBy = record.undoneBy { text += "  (undone by \(undoneBy))" }
            case .undo:
                text +=
                    "undo of import \(record.undoes ?? 0): \(record.removed) result(s) removed, \(record.restored) "
                    + "restored  (\(record.file ?? ""))"
            }
            text += "\n"
        }
        TerminalText.writeToStandardOutput(text)
    }

    private func show(_ id: Int64, _ store: any GradebookStore) throws {
        let record = try store.importRecord(id: id)
        let diagnostics = try store.diagnostics(ofImport: id)
        let log = try store.resultLog(ofImport: id)
        let records = try store.recordLog(ofImport: id)
        if json {
            var out = JSONTextBuffer()
            out.beginObject()
            out.key("import")
            out.write(record)
            out.member("diagnostics", diagnostics)
            out.key("changes")
            out.beginArray()
            for entry in log {
                out.nextElement()
                out.beginObject()
                out.member("action", entry.action.rawValue)
                out.member("person", entry.person)
                out.member("personName", entry.personName)
                out.member("assessment", entry.assessment)
                out.member("assessmentTitle", entry.assessmentTitle)
                if let old = entry.old {
                    out.key("old")
                    out.write(old)
                }
                out.member("oldImport", entry.oldImport.map(Int.init))
                if let new = entry.new {
                    out.key("new")
                    out.write(new)
                }
                out.endObject()
            }
            out.endArray()
            out.key("records")
            out.beginArray()
            for entry in records {
                out.nextElement()
                out.beginObject()
                out.member("entity", entry.entity)
                out.member("record", entry.record)
                out.member("name", entry.name)
                out.member("field", entry.field)
                out.member("old", entry.old)
                out.member("new", entry.new)
                out.endObject()
            }
            out.endArray()
            out.endObject()
            FileHandle.standardOutput.write(Data(out.bytes + [0x0A]))
            return
        }
        var text: String
        switch record.kind {
        case .import:
            text =
                "import \(record.id): \(record.file ?? "") (\(record.platform ?? "") \(record.export ?? "")) at "
                + "\(record.at)\n  sha256 \(record.sha256 ?? "-")\n  \(record.rows) row(s) read; \(record.added) added, "
                + "\(record.changed) changed, \(record.unchanged) unchanged, \(record.rejected) rejected; "
                + "\(record.peopleAdded) new people, \(record.assessmentsAdded) new assessments\n"
            if let school = record.school { text += "  school \(school)\n" }
            if let undoneBy = record.undoneBy { text += "  undone by entry \(undoneBy)\n" }
        case .undo:
            text =
                "undo \(record.id) of import \(record.undoes ?? 0) (\(record.file ?? "")) at \(record.at): "
                + "\(record.removed) result(s) removed, \(record.restored) restored\n"
        }
        if !diagnostics.isEmpty {
            text += "diagnostics:\n"
            for diagnostic in diagnostics { text += "  \(diagnostic)\n" }
        }
        // Entries that only move provenance (the same value given again, or put back) are counted.
        let sameValue: (ResultLogEntry) -> Bool = { entry in
            entry.action == .confirm
                || (entry.action == .restore && entry.old.map { old in entry.new.map(old.means) ?? false } ?? false)
        }
        let shown = log.filter { !sameValue($0) }
        let quiet = log.count - shown.count
        if !shown.isEmpty || quiet > 0 {
            text += "changes:\n"
            for entry in shown.prefix(Self.changesShown) {
                text +=
                    "  \(entry.action.rawValue) \(entry.personName ?? entry.person) — \(entry.assessmentTitle ?? entry.assessment): "
                    + "\(entry.old?.summary ?? "none") → \(entry.new?.summary ?? "removed")"
                if let oldImport = entry.oldImport, entry.action == .change {
                    text += " (was from import \(oldImport))"
                }
                text += "\n"
            }
            if shown.count > Self.changesShown {
                text += "  … and \(shown.count - Self.changesShown) more (--json lists every change)\n"
            }
            if quiet > 0 {
                text +=
                    record.kind == .import
                    ? "  \(quiet) result(s) given again with the same value (now from this import)\n"
                    : "  \(quiet) result(s) with the same value back to the import they came from before\n"
            }
        }
        if !records.isEmpty {
            text += "records:\n"
            for entry in records.prefix(Self.changesShown) {
                let record = entry.name.map { "\($0) (\(entry.record))" } ?? entry.record
                text +=
                    entry.field == "ref" && entry.new == nil
                    ? "  removed \(entry.entity) \(record)\n"
                    : "  \(entry.entity) \(record) \(entry.field): \(entry.old ?? "(empty)") → \(entry.new ?? "(empty)")\n"
            }
            if records.count > Self.changesShown {
                text += "  … and \(records.count - Self.changesShown) more (--json lists every change)\n"
            }
        }
        TerminalText.writeToStandardOutput(text)
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}
