import Foundation

/// Text for a person's terminal: control characters that a file name or a cell may carry (an
/// escape sequence, a carriage return, a bidirectional override) are shown escaped, `\u{1B}`, so
/// that nothing an input holds can move the cursor, recolour the screen or disguise a message.
enum TerminalText {
    /// `text` with every control character but the line break and the tab escaped as `\u{…}`.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isEscaped(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Writes `text`, escaped, on standard error.
    static func writeToStandardError(_ text: String) {
        FileHandle.standardError.write(Data(escaped(text).utf8))
    }

    /// Writes `text`, escaped, on standard output.
    static func writeToStandardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(escaped(text).utf8))
    }

    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        // Bidirectional embeddings, overrides and isolates.
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
