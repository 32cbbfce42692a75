/// HTML being written: text is escaped, markup is added as it is.
struct HTMLText: Sendable {
    /// The page so far.
    private(set) var html = ""

    /// Adds markup as it is.
    mutating func raw(_ markup: String) { html += markup }

    /// Adds text, escaped.
    mutating func text(_ text: String) { html += Self.escape(text) }

    /// Adds text inside an element: `<tag attributes>text</tag>`.
    mutating func element(_ tag: String, _ attributes: String = "", _ text: String) {
        html += "<\(tag)\(attributes.isEmpty ? "" : " " + attributes)>" + Self.escape(text) + "</\(tag)>"
    }

    /// `name="value"`, the value escaped.
    static func attribute(_ name: String, _ value: String) -> String {
        "\(name)=\"\(escape(value))\""
    }

    /// Text with `&`, `<`, `>`, `"` and `'` escaped, for element content and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
