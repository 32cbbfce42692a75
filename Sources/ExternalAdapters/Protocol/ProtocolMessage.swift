import GradePortCore
import JSONStream

/// One line of the `gradeport-adapter/1` protocol: a JSON object with a `"type"`.
///
/// The accessors read a field by name and throw a ``FieldError`` naming the field when it has the
/// wrong kind; an absent field (or `null`) is `nil`. Unknown fields are ignored, as the protocol says.
struct ProtocolMessage: Sendable {
    /// The value of `"type"`.
    let type: String
    /// The whole object.
    let fields: JSONObject

    /// Parses a line; `nil` when it is not a JSON object with a string `"type"`.
    init?(line: [UInt8]) {
        guard !line.isEmpty,
            let value = try? JSONReader(bytes: line, name: "adapter output").readValue(),
            let object = value.object, let type = object["type"]?.string
        else { return nil }
        self.type = type
        self.fields = object
    }

    // MARK: - Fields

    /// A string field.
    func string(_ key: String) throws(FieldError) -> String? {
        guard let value = present(key) else { return nil }
        guard let text = value.string else { throw FieldError(field: key, expected: "a string") }
        return text
    }

    /// A string field that must be there.
    func requiredString(_ key: String) throws(FieldError) -> String {
        guard let text = try string(key) else { throw FieldError(field: key, expected: "a string", missing: true) }
        return text
    }

    /// An id or reference: a string, or an integer number's exact digits.
    func identifier(_ key: String) throws(FieldError) -> String? {
        guard let value = present(key) else { return nil }
        guard let text = value.idString, !text.isEmpty else {
            throw FieldError(field: key, expected: "a non-empty string id")
        }
        return text
    }

    /// An id that must be there.
    func requiredIdentifier(_ key: String) throws(FieldError) -> String {
        guard let text = try identifier(key) else {
            throw FieldError(field: key, expected: "a non-empty string id", missing: true)
        }
        return text
    }

    /// An integer field.
    func integer(_ key: String) throws(FieldError) -> Int? {
        guard let value = present(key) else { return nil }
        guard let number = value.number?.int64, let integer = Int(exactly: number) else {
            throw FieldError(field: key, expected: "an integer")
        }
        return integer
    }

    /// A boolean field.
    func bool(_ key: String) throws(FieldError) -> Bool? {
        guard let value = present(key) else { return nil }
        guard let flag = value.bool else { throw FieldError(field: key, expected: "true or false") }
        return flag
    }

    /// A score or maximum: a JSON number or a decimal string (`"18.5"`), kept exactly.
    func decimal(_ key: String) throws(FieldError) -> DecimalNumber? {
        guard let value = present(key) else { return nil }
        let text: String?
        switch value {
        case .number(let number): text = number.decimalText
        case .string(let string): text = string
        default: text = nil
        }
        guard let text, let decimal = DecimalNumber(parsing: text) else {
            throw FieldError(field: key, expected: "a number or a decimal string such as \"18.5\"")
        }
        return decimal
    }

    /// A field whose value is one of an enumeration's raw values.
    func choice<Value: RawRepresentable<String>>(_ key: String, _ type: Value.Type) throws(FieldError) -> Value?
    where Value: CaseIterable {
        guard let text = try string(key) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw FieldError(field: key, expected: "one of \(allowed) (not '\(text)')")
        }
        return value
    }

    /// The `at` field: where the record came from.
    func location() throws(FieldError) -> Location? {
        guard let value = present("at") else { return nil }
        guard let object = value.object else { throw FieldError(field: "at", expected: "an object") }
        func integer(_ key: String) throws(FieldError) -> Int? {
            guard let value = object[key], !value.isNull else { return nil }
            guard let number = value.number?.int64, number >= 1, let integer = Int(exactly: number) else {
                throw FieldError(field: "at.\(key)", expected: "a positive integer")
            }
            return integer
        }
        func text(_ key: String) throws(FieldError) -> String? {
            guard let value = object[key], !value.isNull else { return nil }
            guard let text = value.string else { throw FieldError(field: "at.\(key)", expected: "a string") }
            return text
        }
        return Location(line: try integer("line"), column: try integer("column"), file: try text("file"))
    }

    private func present(_ key: String) -> JSONValue? {
        guard let value = fields[key], !value.isNull else { return nil }
        return value
    }

    /// Where a record or diagnostic came from, as the adapter said in `at`.
    struct Location: Sendable, Hashable {
        /// The 1-based line.
        var line: Int?
        /// The 1-based column (the field number in a table).
        var column: Int?
        /// A file inside a folder input.
        var file: String?
    }
}

/// A field of a protocol line with the wrong kind of value.
struct FieldError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field's name.
    var field: String
    /// What it should hold.
    var expected: String
    /// Whether the field is missing rather than wrong.
    var missing = false

    /// `field 'score' must be a number …`, `field 'id' is missing (a non-empty string id)`.
    var description: String {
        missing ? "field '\(field)' is missing (\(expected))" : "field '\(field)' must be \(expected)"
    }
}
