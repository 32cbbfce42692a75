import ArgumentParser
import Foundation
import GradePortCore
import GradePortWriters
import GradeStore

/// `gradeport undo`: puts the store back as it was before an import.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo an import: the store returns to its state before it, and the undo is kept in the history.",
        discussion: """
            Values the import changed come back, results it added go (unless a later import gave \
            them again), and people, assessments and classes it introduced go when no other import \
            names them. The undo is refused, naming the later imports, when a later import changed \
            results whose value came from this one: undo those first.

            Exit status: 0 undone, 2 unknown import, already undone, or refused.

            Examples:
              gradeport history
              gradeport undo 3
            """
    )

    @Argument(help: "The import's id (see `gradeport history`).")
    var importID: Int64

    @OptionGroup var storeOption: StoreOption

    @Flag(name: .long, help: "Write JSON instead of text.")
    var json = false

    func run() throws {
        let store = try storeOption.open()
        let summary: UndoSummary
        let record: ImportRecord
        do {
            summary = try store.undo(importID: importID)
            record = try store.importRecord(id: importID)
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
        if json {
            var out = JSONTextBuffer()
            out.beginObject()
            out.member("undo", Int(summary.undoID))
            out.member("import", Int(summary.undoneImport))
            out.member("file", record.file)
            out.member("removed", summary.removed)
            out.member("restored", summary.restored)
            out.member("recordsRemoved", summary.recordsRemoved)
            out.endObject()
            FileHandle.standardOutput.write(Data(out.bytes + [0x0A]))
        } else {
            print(
                "undid import \(summary.undoneImport) (\(record.file ?? "")): \(summary.removed) result(s) removed, "
                    + "\(summary.restored) restored, \(summary.recordsRemoved) record(s) no longer used removed; "
                    + "history entry \(summary.undoID)")
        }
    }
}
