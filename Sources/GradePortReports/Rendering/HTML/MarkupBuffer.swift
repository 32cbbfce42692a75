/// HTML and SVG text written so that it is also well-formed XML: every element closed, every
/// attribute quoted, all text escaped, and characters XML cannot hold replaced.
package struct MarkupBuffer {
    private(set) var text = ""

    /// Appends markup as it is (only for literals written in this module).
    mutating func raw(_ markup: String) {
        text += markup
    }

    /// Appends escaped text.
    mutating func text(_ value: String) {
        text += Self.escaped(value)
    }

    /// Appends `<name attributes>`.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name
        appendAttributes(attributes)
        text += ">"
    }

    /// Appends `</name>`.
    mutating func close(_ name: String) {
        text += "</" + name + ">"
    }

    /// Appends `<name attributes/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name
        appendAttributes(attributes)
        text += "/>"
    }

    /// Appends `<name attributes>text</name>`.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text value: String) {
        open(name, attributes)
        text(value)
        close(name)
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            text += " " + name + "=\"" + Self.escaped(value) + "\""
        }
    }

    /// `&`, `<`, `>`, `"` and `'` as references; control characters XML 1.0 does not allow (and
    /// the non-characters U+FFFE and U+FFFF) as U+FFFD.
    package static func escaped(_ value: String) -> String {
        var needsWork = false
        for scalar in value.unicodeScalars where needsEscape(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return value }
        var result = ""
        result.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if isForbidden(scalar) {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": return true
        default: return isForbidden(scalar)
        }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        return value == 0xFFFE || value == 0xFFFF
    }
}
