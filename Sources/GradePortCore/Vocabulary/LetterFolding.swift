/// Letter-level folding shared by the vocabulary types: case, Kazakh letters and look-alikes.
///
/// Everything here works on single `Unicode.Scalar`s with explicit tables, never on locale case
/// mapping (Kazakh Latin has the Turkish-i problem; see assessment-rules.md §11), and never allocates.
enum LetterFolding {
    /// Whether the scalar is a letter (or a combining mark that continues one).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        if (0x0400...0x04FF).contains(value) { return value < 0x0482 || value > 0x0489 }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
    }

    /// Whether the scalar is a Cyrillic letter.
    static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
        (0x0400...0x04FF).contains(scalar.value) && !(0x0482...0x0489).contains(scalar.value)
    }

    /// Whether the scalar is a basic Latin letter.
    static func isBasicLatin(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    /// Whether the scalar is an upper-case letter.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        lowercased(scalar) != scalar
    }

    /// The lower-case form of a letter, from explicit tables for ASCII and Cyrillic (including the
    /// Kazakh letters); other scripts use the scalar's own single-scalar mapping when it has one.
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: return Unicode.Scalar(value + 0x20)!
        case 0x00...0x7F: return scalar
        case 0x0410...0x042F: return Unicode.Scalar(value + 0x20)!
        case 0x0400...0x040F: return Unicode.Scalar(value + 0x50)!
        case 0x0460...0x0481, 0x048A...0x04BF, 0x04D0...0x04FF:
            return value % 2 == 0 ? Unicode.Scalar(value + 1)! : scalar
        case 0x04C1...0x04CE:
            return value % 2 == 1 ? Unicode.Scalar(value + 1)! : scalar
        case 0x04C0: return Unicode.Scalar(0x04CF)!
        case 0x0430...0x045F, 0x0482...0x0489: return scalar
        default:
            guard scalar.properties.changesWhenLowercased else { return scalar }
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            return mapping.count == 1 ? mapping.first! : scalar
        }
    }

    /// The upper-case form of a Cyrillic or basic Latin letter; other scalars are returned unchanged.
    static func uppercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x61...0x7A: return Unicode.Scalar(value - 0x20)!
        case 0x0430...0x044F: return Unicode.Scalar(value - 0x20)!
        case 0x0450...0x045F: return Unicode.Scalar(value - 0x50)!
        case 0x0460...0x0481, 0x048A...0x04BF, 0x04D0...0x04FF:
            return value % 2 == 1 ? Unicode.Scalar(value - 1)! : scalar
        case 0x04C1...0x04CE:
            return value % 2 == 0 ? Unicode.Scalar(value - 1)! : scalar
        case 0x04CF: return Unicode.Scalar(0x04C0)!
        default: return scalar
        }
    }

    /// Folds a lower-case Kazakh letter to the Russian letter used in the official Russian rendering
    /// (assessment-rules.md §12: Ә→а, Ө→о, Ү/Ұ→у, Қ→к, Ң→н, Ғ→г, І→и, Һ→х), and ё to е.
    static func foldedToRussian(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x04D9: return "а"  // ә
        case 0x04E9: return "о"  // ө
        case 0x04B1, 0x04AF: return "у"  // ұ ү
        case 0x049B: return "к"  // қ
        case 0x04A3: return "н"  // ң
        case 0x0493: return "г"  // ғ
        case 0x0456: return "и"  // і
        case 0x04BB: return "х"  // һ
        case 0x0451: return "е"  // ё
        default: return scalar
        }
    }

    /// The lower-case Cyrillic letter a Latin letter looks like (`C`→`с`, `O`→`о`, `P`→`р`, `i`→`і`),
    /// or `nil` when it looks like none.
    static func cyrillicLookAlike(ofLatin scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch lowercased(scalar) {
        case "a": return "а"
        case "b": return "в"
        case "c": return "с"
        case "e": return "е"
        case "h": return "н"
        case "i": return "і"
        case "k": return "к"
        case "m": return "м"
        case "o": return "о"
        case "p": return "р"
        case "t": return "т"
        case "x": return "х"
        case "y": return "у"
        default: return nil
        }
    }

    /// The lower-case Latin letter a Cyrillic letter looks like (`с`→`c`, `о`→`o`), or `nil`.
    static func latinLookAlike(ofCyrillic scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch lowercased(scalar) {
        case "а": return "a"
        case "в": return "b"
        case "с": return "c"
        case "е": return "e"
        case "н": return "h"
        case "і": return "i"
        case "к": return "k"
        case "м": return "m"
        case "о": return "o"
        case "р": return "p"
        case "т": return "t"
        case "х": return "x"
        case "у": return "y"
        default: return nil
        }
    }

    /// Whether the scalar is white space a spreadsheet may leave in a cell: space, tab, CR, LF,
    /// no-break spaces and the other Unicode space separators, and a byte-order mark.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x2007, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        case 0x2000...0x2006, 0x2008: return true
        default: return false
        }
    }
}
