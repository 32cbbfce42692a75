import JSONStream

/// Reading Kundelik records whose keys are camelCase in some responses and PascalCase in others
/// (`subjectName` / `SubjectName`), and whose ids come with `*_str` twins.
extension JSONValue {
    /// The first member present under one of `names`, each tried as written and with its first letter's
    /// case flipped (`value` → `Value`, `SubjectName` → `subjectName`); `null` counts as absent.
    func field(_ names: String...) -> JSONValue? { field(names) }

    /// The first member present under one of `names` (see ``field(_:)-variadic``).
    func field(_ names: [String]) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        for name in names {
            if let value = object[name], !value.isNull { return value }
            if let value = object[Self.flippingFirstLetter(name)], !value.isNull { return value }
        }
        return nil
    }

    /// An id: the `*_str` twin when present, else the value's exact digits.
    ///
    /// The twin is `<name>_str` or `<name>Str`. An
    /// object (`"subject": {"id": …, "name": …}`) gives its own id.
    ///
    /// Never passes through a `Double`: Kundelik's ids exceed 2^53.
    func id(_ names: String...) -> String? {
        for name in names {
            if let twin = field(name + "_str", name + "Str")?.idString, !twin.isEmpty { return twin }
            guard let value = field(name) else { continue }
            if value.object != nil { return value.id("id") }
            if let id = value.idString, !id.isEmpty { return id }
        }
        return nil
    }

    /// Text: a string as written, or a number's literal; `nil` when absent, `null` or blank.
    func text(_ names: String...) -> String? {
        guard let value = field(names) else { return nil }
        let text = value.string ?? value.number?.text
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
        return text
    }

    /// The kind of a member that should hold text or a number but holds something else (`true`, an
    /// object, an array); `nil` when it is absent, `null`, a string or a number.
    func misfit(_ names: String...) -> JSONValueKind? {
        guard let value = field(names), value.string == nil, value.number == nil else { return nil }
        return value.kind
    }

    /// The members of an array field; empty when absent.
    func list(_ names: String...) -> [JSONValue] { field(names)?.array ?? [] }

    private static func flippingFirstLetter(_ name: String) -> String {
        guard let first = name.first else { return name }
        let flipped = first.isUppercase ? first.lowercased() : first.uppercased()
        return flipped + name.dropFirst()
    }
}
