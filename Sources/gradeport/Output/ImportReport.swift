import GradePortCore
import GradePortWriters
import GradeStore

/// What `gradeport import` prints on standard output: a line per file (and, for a dry run, every
/// change), or the same as JSON.
struct ImportReport {
    let dryRun: Bool
    private(set) var text = ""
    private var out = JSONTextBuffer()

    init(dryRun: Bool) {
        self.dryRun = dryRun
        out.beginObject()
        out.member("dryRun", dryRun)
        out.key("imports")
        out.beginArray()
    }

    /// The JSON text: `{"dryRun":…,"imports":[…]}`.
    var json: [UInt8] {
        var copy = out
        copy.endArray()
        copy.endObject()
        return copy.bytes + [0x0A]
    }

    /// Adds a file that could not be read.
    mutating func addUnreadable(_ path: String, _ diagnostics: [Diagnostic]) {
        addNotImported(path, status: "unreadable", reason: "it could not be read", diagnostics)
    }

    /// Adds a file whose external adapter failed part-way: what it read is not committed.
    mutating func addIncomplete(_ path: String, _ diagnostics: [Diagnostic]) {
        addNotImported(
            path, status: "incomplete",
            reason: "its adapter failed part-way, so the records read before are not committed", diagnostics)
    }

    /// Adds a file the store refused: its savepoint was rolled back, the other files were kept.
    mutating func addFailed(_ path: String, _ diagnostics: [Diagnostic]) {
        addNotImported(
            path, status: "failed",
            reason:
                "the store refused it (\(diagnostics.last?.message ?? "an SQLite error")); the other files were kept",
            diagnostics)
    }

    private mutating func addNotImported(_ path: String, status: String, reason: String, _ diagnostics: [Diagnostic]) {
        text += "\(path): not imported: \(reason)\n"
        out.nextElement()
        out.beginObject()
        out.member("file", path)
        out.member("status", status)
        out.member("diagnostics", diagnostics)
        out.endObject()
    }

    /// Adds a file whose content the store already has.
    mutating func addAlreadyImported(_ path: String, _ existing: ImportRecord) {
        text += "\(path): already imported as import \(existing.id) (same SHA-256); nothing to do\n"
        out.nextElement()
        out.beginObject()
        out.member("file", path)
        out.member("platform", existing.platform)
        out.member("export", existing.export)
        out.member("sha256", existing.sha256)
        out.member("status", "already-imported")
        out.member("alreadyImportedAs", Int(existing.id))
        out.endObject()
    }

    /// Adds what importing one file did; `diagnostics` are its reader's.
    mutating func add(_ summary: ImportSummary, diagnostics: [Diagnostic]) {
        let what = "\(summary.file) (\(summary.platform) \(summary.export))"
        switch summary.disposition {
        case .alreadyImported(let id):
            text += "\(what): already imported as import \(id) (same SHA-256); nothing to do\n"
        case .imported:
            text +=
                "import \(summary.importID ?? 0): \(what): \(summary.added) added, \(summary.changed) changed, "
                + "\(summary.unchanged) unchanged, \(summary.rejected) rejected; \(summary.peopleAdded) new "
                + "people, \(summary.assessmentsAdded) new assessments\n"
        case .dryRun:
            text +=
                "dry run: \(what) would add \(summary.added), change \(summary.changed), leave "
                + "\(summary.unchanged) unchanged and reject \(summary.rejected); \(summary.peopleAdded) new "
                + "people, \(summary.assessmentsAdded) new assessments\n"
            for change in summary.changes {
                var place = "line \(change.source.line ?? 0)"
                if let column = change.source.column { place += ", column \(column)" }
                text +=
                    "  would change: \(change.personName) — \(change.assessmentTitle): \(change.old.summary) → "
                    + "\(change.new.summary) (\(place); now from import \(change.previousImport))\n"
            }
        }
        out.nextElement()
        out.beginObject()
        out.member("file", summary.file)
        out.member("platform", summary.platform)
        out.member("export", summary.export)
        out.member("sha256", summary.sha256)
        switch summary.disposition {
        case .imported:
            out.member("status", "imported")
            out.member("import", summary.importID.map(Int.init))
        case .dryRun:
            out.member("status", "dry-run")
        case .alreadyImported(let id):
            out.member("status", "already-imported")
            out.member("alreadyImportedAs", Int(id))
        }
        out.member("added", summary.added)
        out.member("changed", summary.changed)
        out.member("unchanged", summary.unchanged)
        out.member("rejected", summary.rejected)
        out.member("peopleAdded", summary.peopleAdded)
        out.member("assessmentsAdded", summary.assessmentsAdded)
        out.key("changes")
        out.beginArray()
        for change in summary.changes {
            out.nextElement()
            out.beginObject()
            out.member("person", change.person)
            out.member("personName", change.personName)
            out.member("assessment", change.assessment)
            out.member("assessmentTitle", change.assessmentTitle)
            out.key("old")
            out.write(change.old)
            out.key("new")
            out.write(change.new)
            out.member("previousImport", Int(change.previousImport))
            out.member("line", change.source.line)
            out.member("column", change.source.column)
            out.endObject()
        }
        out.endArray()
        out.member("diagnostics", diagnostics.filter { $0.severity != .info } + summary.diagnostics)
        out.endObject()
    }
}
