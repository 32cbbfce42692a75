import GradePortCore
import JSONStream

/// One object of a `gradeport/1` file being read back, with where it starts: typed access to its
/// fields, every wrong or missing one an error at the object's line and column.
struct GradebookJSONRecord {
    /// The object's members.
    var object: JSONObject
    /// What the object is, for messages (`people record`, `result`, `source reference`).
    var what: String
    /// Where the object starts.
    var line: Int
    var column: Int

    /// Wraps a value that must be an object.
    init(_ value: JSONValue, _ what: String, line: Int, column: Int) throws(ExportReadError) {
        guard let object = value.object else {
            throw ExportReadError(
                .malformedInput, "a \(what) must be a JSON object, found \(value.kind)", line: line, column: column)
        }
        self.object = object
        self.what = what
        self.line = line
        self.column = column
    }

    /// Throws when the object has a member not in `known`: a field this version cannot keep would be
    /// lost silently.
    func requireOnly(_ known: Set<String>) throws(ExportReadError) {
        if let unknown = object.keys.first(where: { !known.contains($0) }) {
            throw failure(
                "unknown field '\(unknown)' (this GradePort reads gradeport/1 as version \(GradePortVersion.current) "
                    + "writes it; a newer GradePort may have written this file)")
        }
    }

    func failure(_ message: String) -> ExportReadError {
        ExportReadError(.malformedInput, "\(what): \(message)", line: line, column: column)
    }

    private func value(_ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    /// A text field, `nil` when absent.
    func optionalString(_ key: String) throws(ExportReadError) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.string else { throw failure("'\(key)' must be text, found \(value.kind)") }
        return text
    }

    /// A text field that must be there.
    func string(_ key: String) throws(ExportReadError) -> String {
        guard let text = try optionalString(key) else { throw failure("'\(key)' is missing") }
        return text
    }

    /// An identifier field that must be there.
    func identifier<ID: StringIdentifier>(_ key: String, as type: ID.Type = ID.self) throws(ExportReadError) -> ID {
        ID(rawValue: try string(key))
    }

    /// An identifier field, `nil` when absent.
    func optionalIdentifier<ID: StringIdentifier>(
        _ key: String, as type: ID.Type = ID.self
    ) throws(ExportReadError)
        -> ID?
    {
        try optionalString(key).map(ID.init(rawValue:))
    }

    /// A whole-number field, `nil` when absent.
    func optionalInteger(_ key: String) throws(ExportReadError) -> Int? {
        guard let value = value(key) else { return nil }
        guard let number = value.number, number.isInteger, let integer = number.int64, let int = Int(exactly: integer)
        else { throw failure("'\(key)' must be a whole number, found \(value)") }
        return int
    }

    /// A whole-number field that must be there.
    func integer(_ key: String) throws(ExportReadError) -> Int {
        guard let integer = try optionalInteger(key) else { throw failure("'\(key)' is missing") }
        return integer
    }

    /// A decimal field, `nil` when absent; its digits are kept exactly.
    func optionalDecimal(_ key: String) throws(ExportReadError) -> DecimalNumber? {
        guard let value = value(key) else { return nil }
        guard let number = value.number, let decimal = number.decimalText.flatMap({ DecimalNumber(parsing: $0) })
        else { throw failure("'\(key)' must be a decimal number GradePort can hold, found \(value)") }
        return decimal
    }

    /// A true/false field, `nil` when absent.
    func optionalBool(_ key: String) throws(ExportReadError) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let bool = value.bool else { throw failure("'\(key)' must be true or false, found \(value)") }
        return bool
    }

    /// A field holding one of an enumeration's names, `nil` when absent.
    func optionalEnumeration<Value: RawRepresentable & CaseIterable>(
        _ key: String, as type: Value.Type = Value.self
    )
        throws(ExportReadError) -> Value? where Value.RawValue == String
    {
        guard let text = try optionalString(key) else { return nil }
        guard let value = Value(rawValue: text) else {
            let names = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure("'\(key)' must be one of \(names), found '\(text)'")
        }
        return value
    }

    /// A field holding one of an enumeration's names, that must be there.
    func enumeration<Value: RawRepresentable & CaseIterable>(
        _ key: String, as type: Value.Type = Value.self
    )
        throws(ExportReadError) -> Value where Value.RawValue == String
    {
        guard let value = try optionalEnumeration(key, as: Value.self) else { throw failure("'\(key)' is missing") }
        return value
    }

    /// A member that is an object, `nil` when absent.
    func optionalRecord(_ key: String, _ what: String) throws(ExportReadError) -> GradebookJSONRecord? {
        guard let value = value(key) else { return nil }
        return try GradebookJSONRecord(value, "\(self.what): '\(key)'", line: line, column: column)
    }

    /// A member that is an array of objects (empty when absent).
    func records(_ key: String) throws(ExportReadError) -> [GradebookJSONRecord] {
        guard let value = value(key) else { return [] }
        guard let array = value.array else { throw failure("'\(key)' must be an array, found \(value.kind)") }
        var records: [GradebookJSONRecord] = []
        for element in array {
            records.append(try GradebookJSONRecord(element, "\(what): '\(key)'", line: line, column: column))
        }
        return records
    }

    /// The `source` member: a reference to a source of the file, which must be listed.
    func optionalReference(sources: Set<Source.ID>) throws(ExportReadError) -> SourceReference? {
        guard let record = try optionalRecord("source", "source reference") else { return nil }
        try record.requireOnly(["id", "file", "line", "column"])
        let reference = SourceReference(
            source: try record.identifier("id"), file: try record.optionalString("file"),
            line: try record.optionalInteger("line"), column: try record.optionalInteger("column"))
        guard sources.contains(reference.source) else {
            throw failure("the source '\(reference.source)' is not in the file's 'sources'")
        }
        return reference
    }
}
