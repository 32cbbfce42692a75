import GradePortCore

/// A declarative journal profile: how to read one kind of journal table (a name column, then one
/// column per assessment) without writing code.
///
/// A profile is written in YAML (see `docs/profiles.md` for every key) and read with
/// ``init(yaml:name:)`` or ``init(contentsOf:)``, which validate it and report problems with the
/// profile file's line and column. ``ProfilePlatform`` turns a profile into a ``LearningPlatform``.
///
/// ```swift
/// let profile = try JournalProfile(contentsOf: "school-42-profile.yaml")
/// let registry = try PlatformRegistry([ProfilePlatform(profile)])
/// let outcome = registry.readGradebook(from: ["7А Математика.csv"], platform: profile.platform)
/// ```
public struct JournalProfile: Sendable, Hashable {
    /// The profile's own id, lower-case kebab-case (`school-42`).
    public var id: String
    /// The name people know it by (`School No. 42 journal`).
    public var name: String
    /// The platform id recorded on the sources it reads; the profile's ``id`` unless given.
    public var platform: PlatformID
    /// The export kind id recorded on the sources (`journal-table` unless given).
    public var export: PlatformDescriptor.ExportKind.ID
    /// A sentence for people: what file this profile reads and where a user gets it.
    public var summary: String
    /// How ``ProfilePlatform/sniff(_:)`` recognises the platform's files.
    public var sniff: SniffRule
    /// How the header row is found, and the rows around it.
    public var header: HeaderRule
    /// Whether a row holds a student's results (wide, the default) or one result (long).
    public var layout: TableLayout
    /// In a long table, which of a student's rows for the same assessment counts.
    public var attempts: AttemptPolicy
    /// Which columns hold names, ids, the class and the subject.
    public var columns: ColumnRules
    /// Where the class, subject, term and school year come from.
    public var context: ContextRules
    /// Which columns are which assessment kind, first match wins.
    public var assessments: [AssessmentRule]
    /// What happens to a column no assessment rule matches.
    public var unmatched: UnmatchedColumns
    /// Where a column's maximum comes from when its rule does not say, tried in order.
    public var maxSources: [MaxSource]
    /// A maximum per assessment kind, used when none of the sources gives one.
    public var kindMaxima: [AssessmentKind: DecimalNumber]
    /// What a number in a cell is, unless a rule says otherwise.
    public var scale: ScoreScale
    /// Whether letter ratings (`A`, `B+`) in a cell are kept as handed-in results with no score.
    public var letters: LetterRatings
    /// Whether numbers use a decimal comma; `nil` follows the file (a `;`- or tab-separated CSV).
    public var decimalComma: Bool?
    /// The words that mean a status (or no result) in a cell, added to the standard ones.
    public var words: StatusWords
    /// Labels of rows that are not students (averages, totals): the row is skipped with a note.
    public var ignoredRows: WordList
    /// Which sheets of a workbook are read.
    public var sheets: SheetSelection
    /// Where the profile came from: built in or a file, for listings and messages.
    public var origin: ProfileOrigin

    /// Creates a profile from its parts; most code reads one from YAML instead.
    public init(
        id: String, name: String, platform: PlatformID? = nil,
        export: PlatformDescriptor.ExportKind.ID = "journal-table", summary: String = "",
        sniff: SniffRule = .init(), header: HeaderRule = .init(), layout: TableLayout = .wide,
        attempts: AttemptPolicy = .last, columns: ColumnRules = .init(),
        context: ContextRules = .init(), assessments: [AssessmentRule] = [], unmatched: UnmatchedColumns = .classify,
        maxSources: [MaxSource] = [.heading, .row], kindMaxima: [AssessmentKind: DecimalNumber] = [:],
        scale: ScoreScale = .points, letters: LetterRatings = .reject, decimalComma: Bool? = nil,
        words: StatusWords = .init(),
        ignoredRows: WordList = .init(), sheets: SheetSelection = .first, origin: ProfileOrigin = .builtIn
    ) {
        self.id = id
        self.name = name
        self.platform = platform ?? PlatformID(rawValue: id)
        self.export = export
        self.summary = summary
        self.sniff = sniff
        self.header = header
        self.layout = layout
        self.attempts = attempts
        self.columns = columns
        self.context = context
        self.assessments = assessments
        self.unmatched = unmatched
        self.maxSources = maxSources
        self.kindMaxima = kindMaxima
        self.scale = scale
        self.letters = letters
        self.decimalComma = decimalComma
        self.words = words
        self.ignoredRows = ignoredRows
        self.sheets = sheets
        self.origin = origin
    }
}

/// Where a profile came from.
public enum ProfileOrigin: Sendable, Hashable, CustomStringConvertible {
    /// Compiled into GradePort (the generic `journal` profile, a platform module's profile).
    case builtIn
    /// Read from a file at run time (`--profile FILE`); the path as given.
    case file(String)

    /// `built-in`, or the file's path.
    public var description: String {
        switch self {
        case .builtIn: return "built-in"
        case .file(let path): return path
        }
    }
}

/// How a table holds its results (the `layout` key).
public enum TableLayout: String, Sendable, Hashable, CaseIterable {
    /// One row per student, one column per assessment: a journal.
    case wide
    /// One row per student and assessment (and attempt), with the title, score, maximum and percent
    /// in columns of their own (``LongColumnRules``).
    case long
}

/// What a letter rating in a cell (`A`, `B+`, Cyrillic `С`) becomes (the `letters` key).
public enum LetterRatings: String, Sendable, Hashable, CaseIterable {
    /// Not a value: an `invalid-score` error, as any unreadable cell.
    case reject
    /// A `submitted` result with no score, the letter kept in `raw`, and one `letter-rating` note per
    /// file: no number is agreed for a letter, so none is invented.
    case keep
}
