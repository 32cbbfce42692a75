import GradePortCore

/// One entry of the `assessments` list: which columns are of which kind, and how to read them.
///
/// A column matches when its heading (with its group heading before it, when there is a group
/// row) contains one of ``words`` as a word of its own, or matches ``pattern``. Rules are tried in
/// order; the first that matches decides.
public struct AssessmentRule: Sendable, Hashable {
    /// Words looked for in the heading (`СОР`, `БЖБ`).
    public var words: WordList
    /// A regular expression the trimmed heading must match (ICU syntax, case-insensitive).
    public var pattern: String?
    /// What the matched columns are.
    public var kind: RuleKind
    /// Where the maximum comes from, tried in order; `nil` uses the profile's ``JournalProfile/maxSources``.
    public var max: [MaxSource]?
    /// What a number in these columns is; `nil` uses the profile's ``JournalProfile/scale``.
    public var scale: ScoreScale?
    /// Where in the profile file the rule is, for messages.
    public var line: Int?

    /// Creates a rule.
    public init(
        words: WordList = [], pattern: String? = nil, kind: RuleKind, max: [MaxSource]? = nil,
        scale: ScoreScale? = nil, line: Int? = nil
    ) {
        self.words = words
        self.pattern = pattern
        self.kind = kind
        self.max = max
        self.scale = scale
        self.line = line
    }
}

/// What a rule makes of the columns it matches.
public enum RuleKind: Sendable, Hashable {
    /// Assessments of this kind.
    case kind(AssessmentKind)
    /// Assessments whose kind ``AssessmentKindClassifier`` reads from the heading.
    case classify
    /// Columns that are not read.
    case ignore

    /// The names the profile may use: the assessment kinds, `classify` and `ignore`.
    public static let names: [String] = AssessmentKind.allCases.map(\.rawValue) + ["classify", "ignore"]

    /// Reads a name; `nil` when it is not one of ``names``.
    public init?(name: String) {
        switch name {
        case "classify": self = .classify
        case "ignore": self = .ignore
        default:
            guard let kind = AssessmentKind(rawValue: name) else { return nil }
            self = .kind(kind)
        }
    }
}

/// What happens to a column no rule matches (the `unmatched` key).
public enum UnmatchedColumns: String, Sendable, Hashable, CaseIterable {
    /// Read as an assessment; ``AssessmentKindClassifier`` reads its kind (`other` when it cannot tell).
    case classify
    /// Not read (noted once, at the header).
    case ignore
}

/// A place a column's maximum comes from (`max`).
public enum MaxSource: Sendable, Hashable {
    /// The heading (`СОР 1 (20)`, `СОР1/20`, `БЖБ 2 макс. 15`), read by ``ColumnHeading``.
    case heading
    /// The maxima row under the header (``HeaderRule/maxRow``).
    case row
    /// A fixed number.
    case fixed(DecimalNumber)
    /// No maximum (an unknown maximum is allowed: results keep only their score).
    case none
}

/// What a number in a cell is (`scale`).
public enum ScoreScale: String, Sendable, Hashable, CaseIterable {
    /// Points out of the column's maximum.
    case points
    /// A percentage: the maximum is 100.
    case percent
    /// A mark from 1 to 5: the maximum is 5 unless the column gives one.
    case mark5
    /// A mark from 1 to 10: the maximum is 10 unless the column gives one.
    case mark10

    /// The maximum the scale itself implies.
    var impliedMaximum: DecimalNumber? {
        switch self {
        case .points: return nil
        case .percent: return .hundred
        case .mark5: return DecimalNumber(5)
        case .mark10: return DecimalNumber(10)
        }
    }
}

/// The words that mean a status in a cell (`words`), on top of ``CellValueParser/standardWords``.
public struct StatusWords: Sendable, Hashable {
    /// Words by the status they mean.
    public var statuses: [ResultStatus: [String]]
    /// Words that mean no result at all (like a blank cell).
    public var blank: [String]

    /// Creates the word table.
    public init(statuses: [ResultStatus: [String]] = [:], blank: [String] = []) {
        self.statuses = statuses
        self.blank = blank
    }

    /// The words as ``CellValueParser`` takes them.
    var parserWords: [String: ResultStatus] {
        var table: [String: ResultStatus] = [:]
        for status in ResultStatus.allCases {
            for word in statuses[status] ?? [] { table[word] = status }
        }
        return table
    }
}

/// Which sheets of a workbook a profile reads (`sheets`).
public enum SheetSelection: Sendable, Hashable {
    /// The first sheet.
    case first
    /// Every sheet; each sheet's name can be the subject.
    case all
    /// The sheets with these names.
    case named([String])
}
