import GradePortReports

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

    /// `<option value="…" selected>label</option>`.
    mutating func option(_ value: String, _ label: String, selected: Bool) {
        html +=
            "<option \(Self.attribute("value", value))\(selected ? " selected" : "")>" + Self.escape(label)
            + "</option>"
    }

    /// Text with `&`, `<`, `>`, `"` and `'` escaped (and characters HTML cannot hold replaced), for
    /// element content and attribute values: the report renderer's escaping.
    static func escape(_ text: String) -> String {
        MarkupBuffer.escaped(text)
    }
}
