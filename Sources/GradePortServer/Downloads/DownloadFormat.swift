import GradePortWriters

/// A download the page offers: the `data-format` of `a[data-testid=download]` and its route
/// `/download/<format>`.
enum DownloadFormat: String, Sendable, CaseIterable {
    /// The `gradeport/1` JSON (`convert --to json`).
    case json
    /// The results CSV (`convert --to csv`).
    case csv
    /// The results CSV for Excel (`convert --to csv --excel`).
    case csvExcel = "csv-excel"
    /// A OneRoster 1.2 bundle as a .zip (`convert --to oneroster -o x.zip`).
    case oneRoster = "oneroster"
    /// School Data Sync v2.1 as a .zip (`convert --to sds -o x.zip`).
    case schoolDataSync = "sds"
    /// A Google Classroom roster (`convert --to classroom-roster`).
    case classroomRoster = "classroom-roster"
    /// The class report, an HTML page with charts (`report --format html`).
    case reportHTML = "report-html"
    /// Every rejected row or cell and every warning: file, line, column, value, reason (CSV for Excel).
    case problems

    /// The writer and options of a gradebook format; `nil` for the report and the problems file.
    var writer: (writer: any GradebookWriter, options: WriterOptions)? {
        let registry = BuiltInWriters.registry
        let found: (any GradebookWriter)?
        switch self {
        case .json: found = registry.writer(for: .json)
        case .csv, .csvExcel: found = registry.writer(for: .csv)
        case .oneRoster: found = registry.writer(for: .oneRoster)
        case .schoolDataSync: found = registry.writer(for: .schoolDataSync)
        case .classroomRoster: found = registry.writer(for: .classroomRoster)
        case .reportHTML, .problems: found = nil
        }
        return found.map { ($0, WriterOptions(excel: self == .csvExcel)) }
    }

    /// The downloaded file's name.
    var fileName: String {
        switch self {
        case .json: "gradebook.json"
        case .csv: "results.csv"
        case .csvExcel: "results-excel.csv"
        case .oneRoster: "oneroster.zip"
        case .schoolDataSync: "sds.zip"
        case .classroomRoster: "classroom-roster.csv"
        case .reportHTML: "report.html"
        case .problems: "problems.csv"
        }
    }

    /// The media type.
    var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .csv, .csvExcel, .classroomRoster, .problems: "text/csv; charset=utf-8"
        case .oneRoster, .schoolDataSync: "application/zip"
        case .reportHTML: "text/html; charset=utf-8"
        }
    }
}
