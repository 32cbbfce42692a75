/// Where the class, subject, term and school year of a table come from (the `class`, `subject`,
/// `term` and `schoolYear` keys).
public struct ContextRules: Sendable, Hashable {
    /// The class, unless a class column gives it per row.
    public var className: ValueSource
    /// The subject, unless a subject column gives it per row.
    public var subject: ValueSource
    /// The quarter number (1–4).
    public var term: ValueSource
    /// The school year (`2025-2026`).
    public var schoolYear: ValueSource

    /// Creates context rules; by default each value is looked for in the preamble, then the sheet
    /// name, then the file name (``ValueSource/auto``).
    public init(
        className: ValueSource = .auto, subject: ValueSource = .auto, term: ValueSource = .auto,
        schoolYear: ValueSource = .auto
    ) {
        self.className = className
        self.subject = subject
        self.term = term
        self.schoolYear = schoolYear
    }
}

/// Where one context value comes from.
public enum ValueSource: Sendable, Hashable {
    /// The preamble, then the sheet name, then the file name: the first that gives a value.
    case auto
    /// Read from the file name (`7А Математика 2 четверть.csv`).
    case fileName
    /// Read from the sheet name, for a workbook.
    case sheetName
    /// The sheet name for a workbook, else the file name.
    case sheetOrFileName
    /// Read from the preamble rows above the header (`Класс: 7А`, `Пән: Математика`).
    case preamble
    /// Given in the profile.
    case fixed(String)
    /// Not read.
    case none
}
