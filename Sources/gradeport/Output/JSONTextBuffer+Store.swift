import GradePortCore
import GradePortWriters
import GradeStore

/// The JSON forms of the store's values, shared by `import`, `history` and `undo`.
extension JSONTextBuffer {
    /// A result's value: `{"status","score","maxScore","raw","comment","late","draft"}`.
    mutating func write(_ value: ResultValue) {
        beginObject()
        member("status", value.status.rawValue)
        member("score", value.score)
        member("maxScore", value.maxScore)
        member("raw", value.raw)
        member("comment", value.comment)
        member("late", value.late)
        member("draft", value.draft)
        endObject()
    }

    /// A diagnostic: `{"severity","code","message","file","line","column"}`.
    mutating func write(_ diagnostic: Diagnostic) {
        beginObject()
        member("severity", diagnostic.severity.rawValue)
        member("code", diagnostic.code.rawValue)
        member("message", diagnostic.message)
        member("file", diagnostic.file)
        member("line", diagnostic.line)
        member("column", diagnostic.column)
        endObject()
    }

    /// An array member of diagnostics.
    mutating func member(_ key: StaticString, _ diagnostics: [Diagnostic]) {
        self.key(key)
        beginArray()
        for diagnostic in diagnostics {
            nextElement()
            write(diagnostic)
        }
        endArray()
    }

    /// An entry of the history.
    mutating func write(_ record: ImportRecord) {
        beginObject()
        member("id", Int(record.id))
        member("kind", record.kind.rawValue)
        member("at", record.at)
        member("file", record.file)
        member("platform", record.platform)
        member("export", record.export)
        member("sha256", record.sha256)
        member("school", record.school)
        if record.kind == .import {
            member("rows", record.rows)
            member("added", record.added)
            member("changed", record.changed)
            member("unchanged", record.unchanged)
            member("rejected", record.rejected)
            member("peopleAdded", record.peopleAdded)
            member("assessmentsAdded", record.assessmentsAdded)
            member("undone", record.isUndone)
            member("undoneBy", record.undoneBy.map(Int.init))
        } else {
            member("undoes", record.undoes.map(Int.init))
            member("removed", record.removed)
            member("restored", record.restored)
        }
        endObject()
    }
}
