/// Something that turns a report into bytes: a terminal table, CSV, JSON or an HTML page.
public protocol ReportRenderer: Sendable {
    /// The whole output.
    func render(_ report: GradeReport) -> [UInt8]
}

/// The formats `gradeport report --format` writes.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Aligned columns for a terminal, in Russian.
    case table
    /// `gradeport-report/1` JSON.
    case json
    /// One CSV row per report row.
    case csv
    /// A self-contained HTML page with SVG charts, in Russian.
    case html

    /// The renderer for the format.
    public var renderer: any ReportRenderer {
        switch self {
        case .table: ReportTableRenderer()
        case .json: ReportJSONRenderer()
        case .csv: ReportCSVRenderer()
        case .html: ReportHTMLRenderer()
        }
    }
}
