import GradePortLocalization

/// Something that turns a report into bytes: a terminal table, CSV, JSON or an HTML page.
public protocol ReportRenderer: Sendable {
    /// Writes the output, handing it over in chunks of about `chunkSize` bytes, so that a large
    /// report's text never has to exist whole in memory.
    func write(_ report: GradeReport, chunkSize: Int, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows
}

extension ReportRenderer {
    /// The whole output.
    public func render(_ report: GradeReport) -> [UInt8] {
        var all: [UInt8] = []
        write(report, chunkSize: 1 << 20) { all.append(contentsOf: $0) }
        return all
    }

    /// Writes the output in chunks of about 1 MiB.
    public func write(_ report: GradeReport, to sink: (ArraySlice<UInt8>) throws -> Void) rethrows {
        try write(report, chunkSize: 1 << 20, to: sink)
    }
}

/// The formats `gradeport report --format` writes.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Aligned columns for a terminal, in Russian, Kazakh or English.
    case table
    /// `gradeport-report/1` JSON.
    case json
    /// One CSV row per report row.
    case csv
    /// A self-contained HTML page with SVG charts, in Russian, Kazakh or English.
    case html

    /// The renderer for the format, in Russian (the CSV with its contract's English column names).
    public var renderer: any ReportRenderer { renderer(in: nil) }

    /// The renderer for the format in `language`: the table's and page's words, the CSV's header and
    /// warnings (`nil` keeps the CSV's English names and writes the table and page in Russian). JSON is
    /// data and has no language.
    public func renderer(in language: Language?) -> any ReportRenderer {
        switch self {
        case .table: ReportTableRenderer(language: language ?? .ru)
        case .json: ReportJSONRenderer()
        case .csv: ReportCSVRenderer(language: language)
        case .html: ReportHTMLRenderer(language: language ?? .ru)
        }
    }
}
