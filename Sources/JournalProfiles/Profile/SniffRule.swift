import GradePortCore

/// How a profile recognises its platform's files (the `sniff` key).
///
/// A file is a candidate when its extension is listed and its header row is found with the
/// profile's ``HeaderRule``, with at least one assessment column. Then:
/// every ``words`` entry in the header → ``confidence``; some of them → at most medium; none of
/// them (or no words given) → ``confidence`` when no words are given, else low.
public struct SniffRule: Sendable, Hashable {
    /// Heading words that identify the platform; each is looked for in the header row's cells.
    public var words: WordList
    /// The file extensions read, lower-case without the dot.
    public var extensions: [String]
    /// The confidence when the header matches and every word is present.
    public var confidence: Confidence

    /// Creates a sniffing rule.
    public init(
        words: WordList = [], extensions: [String] = ["csv", "tsv", "txt", "xlsx", "xml"], confidence: Confidence? = nil
    ) {
        self.words = words
        self.extensions = extensions
        self.confidence = confidence ?? (words.isEmpty ? .medium : .high)
    }
}

/// How the header row is found (the `header` key).
public struct HeaderRule: Sendable, Hashable {
    /// A fixed 1-based row (the line in a CSV file, the row number in a sheet); `nil` searches.
    public var row: Int?
    /// How many rows from the top are searched for the header.
    public var search: Int
    /// Words that must also appear in the header row (besides a name column).
    public var require: WordList
    /// Whether the row right above the header holds group headings (`СОР` over three columns).
    public var groupRow: GroupRow
    /// The row under the header that holds each column's maximum, if any.
    public var maxRow: RowLocator?
    /// The row under the header that holds each column's date, if any.
    public var dateRow: RowLocator?

    /// Creates a header rule.
    public init(
        row: Int? = nil, search: Int = 25, require: WordList = [], groupRow: GroupRow = .auto,
        maxRow: RowLocator? = nil, dateRow: RowLocator? = nil
    ) {
        self.row = row
        self.search = search
        self.require = require
        self.groupRow = groupRow
        self.maxRow = maxRow
        self.dateRow = dateRow
    }

    /// Whether a row of group headings above the header is read (the `groupRow` key).
    public enum GroupRow: String, Sendable, Hashable, CaseIterable {
        /// Always: the row right above the header holds group headings.
        case yes = "true"
        /// Never.
        case no = "false"
        /// When the row right above the header has an assessment word (`СОР`, `БЖБ`, …) over a
        /// column that is not a name column.
        case auto
    }
}

/// A row under the header found by its label or by its position (`maxRow`, `dateRow`).
public enum RowLocator: Sendable, Hashable {
    /// The row whose first filled cell (or a name-column cell) is one of these labels (`макс.`).
    case label(WordList)
    /// The row this many rows under the header (1 = right under it), empty rows not counted.
    case offset(Int)
}
