/// The school an input belongs to when the export does not say, given by the user (`--school`,
/// `--school-from-folder`): the builder scopes the input's classes, assessments and name-keyed
/// people by it, so that two schools' `7А` and two schools' same-named pupils never become one
/// record.
///
/// A value of twelve digits is a BIN (the school's business identification number); anything else
/// is a name, compared folded (``NameFolding/spelling(_:)``), so `Школа №12` and `школа № 12` are
/// one school.
///
/// ```swift
/// SchoolScope(parsing: "Школа №12")?.key      // "школа №12"
/// SchoolScope(parsing: "123456789012")?.key   // "bin:123456789012"
/// SchoolScope(parsing: "Школа №12")?.schoolID // school:школа №12
/// ```
public struct SchoolScope: Sendable, Hashable {
    /// The school's name as the user gave it, when it is not a BIN.
    public var name: String?
    /// The school's BIN, when the value was twelve digits.
    public var bin: String?

    /// Reads a school from the user's text: twelve digits are a BIN, anything else a name; `nil` for
    /// a blank text.
    public init?(parsing text: some StringProtocol) {
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !trimmed.isEmpty else { return nil }
        if trimmed.utf8.count == 12, trimmed.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            bin = trimmed
        } else {
            name = trimmed
        }
    }

    /// A school with a name, a BIN or both (`nil` when neither); the BIN, when given, is the key.
    public init?(name: String?, bin: String?) {
        guard name != nil || bin != nil else { return nil }
        self.name = name
        self.bin = bin
    }

    /// The text every scoped id carries: `bin:DIGITS` for a BIN, else the folded name.
    public var key: String {
        if let bin { return "bin:" + bin }
        let folded = NameFolding.spelling(name ?? "")
        return folded.isEmpty ? (name ?? "") : folded
    }

    /// The id of the school's record in a gradebook: `school:KEY`.
    public var schoolID: School.ID { School.ID(rawValue: "school:" + key) }

    /// The school's record, for the gradebook's `schools`.
    public var school: School { School(id: schoolID, name: name, bin: bin) }

    /// An id of the scope: the id followed by `@KEY`, unchanged when it already ends so (scoping twice
    /// is scoping once).
    public func scoped<Record>(_ id: RecordID<Record>) -> RecordID<Record> {
        let suffix = "@" + key
        return id.rawValue.hasSuffix(suffix) ? id : RecordID(rawValue: id.rawValue + suffix)
    }
}
