/// The bounds GradePort holds every input to, named in one place: no file, however hostile, can
/// make a reader use unbounded memory or time.
///
/// The readers take their defaults from ``standard`` (`CSVReadOptions`, `JSONLimits`,
/// `XMLStreamOptions`, `WorkbookLimits`, journal-profile patterns, the sniffing head, external
/// adapters' output lines), and their
/// errors name the limit that was crossed with ``InputLimit/describe(_:)``, e.g. "a field longer
/// than 1 MiB (the field length limit)". The defaults are far above any real school export.
public struct InputLimits: Sendable, Hashable {
    /// The largest XML or JSON document read, in bytes (2 GiB).
    public var maxInputBytes = 2 << 30
    /// How far sniffing reads to see a long header row whole, in bytes (4 MiB).
    public var maxHeaderBytes = 4 << 20
    /// The longest CSV row (a line, or several inside quotes), in bytes (16 MiB).
    public var maxLineBytes = 16 << 20
    /// The longest CSV field, in bytes (1 MiB).
    public var maxFieldBytes = 1 << 20
    /// The most fields in one CSV row (100,000).
    public var maxColumns = 100_000
    /// The deepest nesting of JSON arrays and objects (512).
    public var maxJSONDepth = 512
    /// The deepest nesting of XML elements (256).
    public var maxXMLDepth = 256
    /// The longest JSON string, in bytes (64 MiB).
    public var maxJSONStringBytes = 64 << 20
    /// The longest XML text node, in bytes (10 MB).
    public var maxXMLTextBytes = 10_000_000
    /// The largest ratio of inflated to compressed size of an archive entry (200).
    public var maxCompressionRatio = 200
    /// The most entries in an archive (10,000).
    public var maxArchiveEntries = 10_000
    /// The largest sum of an archive's inflated entries, in bytes (2 GiB).
    public var maxArchiveBytes = 2 << 30
    /// The most steps a journal profile's regular expression may take on one heading (1,000,000).
    public var maxPatternSteps = 1_000_000
    /// The longest line an external adapter may write on standard output, in bytes (1 MiB, the
    /// `gradeport-adapter/1` protocol's limit).
    public var maxAdapterLineBytes = 1 << 20

    /// The limits every reader uses unless told otherwise.
    public static let standard = InputLimits()

    /// Creates the standard limits; change the fields to tighten or loosen one.
    public init() {}
}

/// One of the ``InputLimits``, for messages that name the limit that was crossed.
public enum InputLimit: String, Sendable, CaseIterable {
    case inputSize = "input size"
    case headerSize = "header size"
    case lineLength = "line length"
    case fieldLength = "field length"
    case columns = "columns"
    case jsonDepth = "JSON nesting"
    case xmlDepth = "XML nesting"
    case jsonString = "JSON string length"
    case xmlText = "XML text length"
    case compressionRatio = "compression ratio"
    case archiveEntries = "archive entries"
    case archiveSize = "archive size"
    case patternSteps = "pattern steps"
    case adapterLine = "adapter line length"

    /// The limit's value in `limits`.
    public func value(in limits: InputLimits) -> Int {
        switch self {
        case .inputSize: limits.maxInputBytes
        case .headerSize: limits.maxHeaderBytes
        case .lineLength: limits.maxLineBytes
        case .fieldLength: limits.maxFieldBytes
        case .columns: limits.maxColumns
        case .jsonDepth: limits.maxJSONDepth
        case .xmlDepth: limits.maxXMLDepth
        case .jsonString: limits.maxJSONStringBytes
        case .xmlText: limits.maxXMLTextBytes
        case .compressionRatio: limits.maxCompressionRatio
        case .archiveEntries: limits.maxArchiveEntries
        case .archiveSize: limits.maxArchiveBytes
        case .patternSteps: limits.maxPatternSteps
        case .adapterLine: limits.maxAdapterLineBytes
        }
    }

    /// Whether the limit counts bytes (shown as KiB, MiB or GiB).
    private var countsBytes: Bool {
        switch self {
        case .inputSize, .headerSize, .lineLength, .fieldLength, .jsonString, .xmlText, .archiveSize, .adapterLine:
            true
        case .columns, .jsonDepth, .xmlDepth, .compressionRatio, .archiveEntries, .patternSteps: false
        }
    }

    /// The limit's value and name for a message: `1 MiB (the field length limit)`,
    /// `1,000,000 steps (the pattern steps limit)`.
    public func describe(_ limits: InputLimits = .standard) -> String {
        describe(value: value(in: limits))
    }

    /// ``describe(_:)`` for a value given by a reader's own options.
    public func describe(value: Int) -> String {
        let amount: String
        if countsBytes {
            amount = Self.bytes(value)
        } else if self == .patternSteps {
            amount = Self.grouped(value) + " steps"
        } else {
            amount = Self.grouped(value)
        }
        return "\(amount) (the \(rawValue) limit)"
    }

    private static func bytes(_ value: Int) -> String {
        for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)]
        where value >= 1 << shift && value % (1 << shift) == 0 {
            return "\(value >> shift) \(unit)"
        }
        return grouped(value) + " bytes"
    }

    private static func grouped(_ value: Int) -> String {
        var digits = String(value)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: ",")
    }
}
