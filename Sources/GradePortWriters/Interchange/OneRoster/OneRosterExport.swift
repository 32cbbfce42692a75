import GradePortCore

/// One OneRoster export in progress: the gradebook, its roster plan, and the files being staged.
struct OneRosterExport {
    let book: Gradebook
    let plan: RosterPlan
    let files: StagedFileSet
    /// The files kept so far with their rows.
    private(set) var written: [ExportSummary.File] = []
    /// The people of results that could not be written (their person or assessment is not in the gradebook).
    var unwritten: [String] = []

    init(book: Gradebook, plan: RosterPlan, files: StagedFileSet) {
        self.book = book
        self.plan = plan
        self.files = files
    }

    /// Writes one file: its header, then `rows` fills each data row. An empty file is dropped.
    mutating func write(_ name: String, rows: (CSVTableFile) throws(InterchangeError) -> Void) throws(InterchangeError)
    {
        let table = try files.table(name, columns: OneRosterCSV.header(of: name))
        try rows(table)
        if try files.finish(table) { written.append(ExportSummary.File(name: name, rows: table.rows)) }
    }

    /// Writes `manifest.csv`: versions, every 1.2 data file as `bulk` or `absent`, and the source system.
    mutating func writeManifest(systemName: String) throws(InterchangeError) {
        let present = Set(written.map(\.name))
        let table = try files.table("manifest.csv", columns: OneRosterCSV.manifestColumns, first: true)
        var properties: [(String, String)] = [
            ("manifest.version", OneRosterCSV.manifestVersion), ("oneroster.version", OneRosterCSV.version),
        ]
        for file in OneRosterCSV.dataFiles {
            properties.append(("file." + file, present.contains(file + ".csv") ? "bulk" : "absent"))
        }
        properties.append(("source.systemName", systemName))
        properties.append(("source.systemCode", "gradeport"))
        for (name, value) in properties {
            try table.row { row in
                row.text(name)
                row.text(value)
            }
        }
        try files.finish(table)
        written.insert(ExportSummary.File(name: "manifest.csv", rows: table.rows), at: 0)
    }

    /// `true`/`false`, or an empty field.
    static func flag(_ value: Bool?) -> String? {
        value.map { $0 ? "true" : "false" }
    }

    /// A comma-separated list of the placeholder columns, or an empty field.
    static func placeholders(_ columns: [(String, Bool)]) -> String? {
        let names = columns.filter(\.1).map(\.0)
        return names.isEmpty ? nil : names.joined(separator: ",")
    }
}
