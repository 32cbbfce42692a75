/// Folded forms of names and titles, for comparing them across platforms, scripts and spellings.
///
/// Two levels, both built from explicit letter tables (never locale case mapping; see
/// assessment-rules.md §10–§12), both cheap enough for a city's worth of names:
///
/// - ``spelling(_:)`` keeps the script: lower case, Kazakh letters as their official Russian
///   rendering, `ё` as `е`, Latin look-alikes inside a Cyrillic word read as Cyrillic, separators
///   as one space. Two spellings of one name written in the same script by different platforms
///   meet here. It is readable, so adapters use it inside ids (`onlinemektep:7А:ахметов нурлан серикулы`).
/// - ``skeleton(_:)`` folds every script and romanisation to one ASCII skeleton, so that Kazakh,
///   Russian and Latin spellings (including ASCII e-mail and login spellings: zh/j, sh, kh/h, q/k,
///   ng/n, y/i) meet. It is what merging compares; ``PersonNameKey`` builds on it.
///
/// ```swift
/// NameFolding.spelling("Ахметов Нұрлан Серікұлы")   // "ахметов нурлан серикулы"
/// NameFolding.spelling("Ивaнова")                   // "иванова" (the Latin a read as Cyrillic)
/// NameFolding.skeleton("Жақсылықов Данияр")         // "jaksilikov daniar"
/// NameFolding.skeleton("Zhaksylykov Daniyar")       // "jaksilikov daniar"
/// NameFolding.skeleton("СОР 1. Линейные уравнения") // "sor 1 lineinie uravnenia"
/// ```
public enum NameFolding {
    /// The text lower-cased with Kazakh letters folded to Russian ones, `ё` to `е`, look-alike
    /// letters of the other script read in the word's own script, and runs of spaces, dashes and
    /// underscores made one space (a trailing dot is dropped).
    ///
    /// ```swift
    /// NameFolding.spelling("Өмірзақ  Аңсар")   // "омирзак ансар"
    /// NameFolding.spelling("Иванова-Петрова")  // "иванова петрова"
    /// NameFolding.spelling("ИВАНОВ ИВАН")      // "иванов иван"
    /// ```
    public static func spelling(_ text: some StringProtocol) -> String {
        var key = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            guard !word.isEmpty else { return }
            if !key.isEmpty { key.append(" ") }
            var cyrillic = 0
            var latin = 0
            for scalar in word {
                if LetterFolding.isCyrillic(scalar) {
                    cyrillic += 1
                } else if LetterFolding.isBasicLatin(scalar) {
                    latin += 1
                }
            }
            for scalar in word {
                var letter = LetterFolding.lowercased(scalar)
                if cyrillic > latin, LetterFolding.isBasicLatin(letter) {
                    letter = LetterFolding.cyrillicLookAlike(ofLatin: letter) ?? letter
                } else if latin > cyrillic, LetterFolding.isCyrillic(letter) {
                    letter = LetterFolding.latinLookAlike(ofCyrillic: letter) ?? letter
                }
                key.append(LetterFolding.foldedToRussian(letter))
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if LetterFolding.isSpace(scalar) || isSeparator(scalar) {
                flush()
            } else {
                word.append(scalar)
            }
        }
        if word.count > 1, word.last == "." { word.removeLast() }
        flush()
        return String(key)
    }

    /// The ASCII skeleton of a text: every script and romanisation folded (see ``NameFolding``),
    /// doubled letters written once, digits kept, words separated by one space.
    ///
    /// ```swift
    /// NameFolding.skeleton("Қасымова Інжу")   // "kasimova inju"
    /// NameFolding.skeleton("Kassymova Inzhu") // "kasimova inju"
    /// NameFolding.skeleton("Әлішер")          // "aliwer"
    /// ```
    public static func skeleton(_ text: some StringProtocol) -> String {
        var skeleton = LatinSkeleton()
        skeleton.append(text, separator: UInt8(ascii: " "))
        return String(decoding: skeleton.bytes, as: UTF8.self)
    }

    /// Separators that end a word in ``spelling(_:)`` besides spaces.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x5F, 0xB7, 0x2010...0x2015, 0x2022, 0x2212, 0x2043: return true
        default: return false
        }
    }
}
