/// A school class name read from text: the grade (year of schooling, 0–12) and the class letter.
///
/// ```swift
/// ClassName(parsing: "7 \"А\"")?.description   // "7А"
/// ClassName.grade(in: "7B Mathematics")        // 7
/// ClassName.grade(in: "Period 2")              // nil
/// ClassName.normalized("7a класс")             // "7А"
/// ClassName.normalized("7 сынып")              // "7"
/// ```
///
/// A class is a number of one or two digits, 0–12 (0 is the preschool class, предшкольный), not
/// glued to a letter before it (`Q2` is no class), that comes with one of:
/// - a class letter: a single letter right after it, with spaces, `-`, `.` or quotes between them
///   allowed (`7А`, `7 "А"`, `7-А`, `7 «А»`, `10 Б`, `11Ә`, `7A`, `7B Mathematics`);
/// - a class word after it (`7 класс`, `7 кл.`, `7 сынып`, `7-й класс`, `7th grade`) or before it
///   (`Grade 7`, `Class 7`, `Класс 7`, `Сынып 7`);
/// - nothing else in the text (`7`).
///
/// The first number that qualifies is the class, so `Математика 7А` is 7А, while `Математика`,
/// `Period 2`, `Quarter 2` and `13А` are no class.
///
/// **Letters** are upper-cased. A Latin letter is read as the Cyrillic one it looks like when the
/// two cannot mean different classes: `A`→`А`, `C`→`С`, `E`→`Е`, `K`→`К`, `M`→`М`, `O`→`О`,
/// `T`→`Т`, `X`→`Х`. `B`, `H`, `P` and `Y` are kept Latin: `7B` may be a typo for `7В` or the
/// transliteration of `7Б` (likewise `H`: Н or Х; `P`: Р or П; `Y`: У or Ы), and guessing would
/// merge two different classes. Letters with no Cyrillic twin (`D`, `F`, …) are kept as written.
public struct ClassName: Sendable, Hashable, CustomStringConvertible {
    /// The grade, 0–12.
    public var grade: Int
    /// The class letter, upper-case, with unambiguous Latin look-alikes made Cyrillic; `nil` when the
    /// text names only the grade (`7 класс`).
    public var letter: String?

    /// Creates a class name from its parts, as given.
    public init(grade: Int, letter: String? = nil) {
        self.grade = grade
        self.letter = letter
    }

    /// Reads a class name from text (see the type's rules), or returns `nil` when it names none.
    public init?(parsing name: String) {
        let scalars = Array(name.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard Self.isDigit(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, Self.isDigit(scalars[end]) { end += 1 }
            defer { index = end }
            guard end - index <= 2, index == 0 || !LetterFolding.isLetter(scalars[index - 1]) else { continue }
            let grade = scalars[index..<end].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
            guard (0...12).contains(grade) else { continue }

            let after = Self.skipSeparators(scalars, from: end)
            let word = Self.word(in: scalars, at: after)
            if word.count == 1 {
                let next = Self.word(in: scalars, at: Self.skipSeparators(scalars, from: after + 1))
                if Self.isOrdinalSuffix(word) && Self.isClassWord(next) {
                    self.init(grade: grade)  // `7-й класс`
                } else {
                    self.init(grade: grade, letter: Self.normalizedLetter(word.first!))
                }
                return
            }
            if Self.isClassWord(word) {
                self.init(grade: grade)
                return
            }
            if Self.isOrdinalSuffix(word),
                Self.isClassWord(Self.word(in: scalars, at: Self.skipSeparators(scalars, from: after + word.count)))
            {
                self.init(grade: grade)  // `7th grade`
                return
            }
            if Self.isClassWord(Self.word(in: scalars, endingBefore: index)) {
                self.init(grade: grade)  // `Grade 7`
                return
            }
            if Self.skipSeparators(scalars, from: 0) == index, after == scalars.count {
                self.init(grade: grade)  // the whole text is the number
                return
            }
        }
        return nil
    }

    /// The grade a class name names, or `nil`.
    ///
    /// ```swift
    /// ClassName.grade(in: "10 Б")       // 10
    /// ClassName.grade(in: "Grade 7")    // 7
    /// ClassName.grade(in: "Математика") // nil
    /// ```
    public static func grade(in name: String) -> Int? {
        ClassName(parsing: name)?.grade
    }

    /// The class name in the `7А` form (digits and an upper-case letter), `7` when only the grade is
    /// named, or `nil` when the text names no class.
    ///
    /// ```swift
    /// ClassName.normalized("7-а")   // "7А"
    /// ClassName.normalized("7A")    // "7А" (Latin A made Cyrillic)
    /// ClassName.normalized("7b")    // "7B" (ambiguous: kept Latin)
    /// ```
    public static func normalized(_ name: String) -> String? {
        ClassName(parsing: name)?.description
    }

    /// The grade followed by the letter: `7А`.
    public var description: String { "\(grade)\(letter ?? "")" }

    // MARK: - Private

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    /// Spaces, dashes, dots and quotes that may stand between a grade and its letter.
    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if LetterFolding.isSpace(scalar) { return true }
        switch scalar {
        case "-", ".", "\"", "'", "«", "»", "“", "”", "„", "\u{2010}", "\u{2013}", "\u{2014}": return true
        default: return false
        }
    }

    private static func skipSeparators(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, isSeparator(scalars[index]) { index += 1 }
        return index
    }

    /// The letters starting at `start` (empty when a letter does not start there).
    private static func word(in scalars: [Unicode.Scalar], at start: Int) -> ArraySlice<Unicode.Scalar> {
        var end = start
        while end < scalars.count, LetterFolding.isLetter(scalars[end]) { end += 1 }
        return scalars[start..<end]
    }

    /// The word that ends, separators aside, right before `end`.
    private static func word(in scalars: [Unicode.Scalar], endingBefore end: Int) -> ArraySlice<Unicode.Scalar> {
        var wordEnd = end
        while wordEnd > 0, isSeparator(scalars[wordEnd - 1]) { wordEnd -= 1 }
        var start = wordEnd
        while start > 0, LetterFolding.isLetter(scalars[start - 1]) { start -= 1 }
        return scalars[start..<wordEnd]
    }

    private static let classWordPrefixes: [[Unicode.Scalar]] = ["класс", "сынып", "grade", "class"].map {
        Array($0.unicodeScalars)
    }
    private static let classWords: [[Unicode.Scalar]] = ["кл"].map { Array($0.unicodeScalars) }
    private static let ordinalSuffixes: [[Unicode.Scalar]] = ["й", "ой", "ый", "ы", "th", "st", "nd", "rd", "ші", "шы"]
        .map { Array($0.unicodeScalars) }

    private static func folded(_ word: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        word.map { LetterFolding.foldedToRussian(LetterFolding.lowercased($0)) }
    }

    private static func isClassWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let folded = folded(word)
        return classWords.contains(folded) || classWordPrefixes.contains { folded.starts(with: $0) }
    }

    private static func isOrdinalSuffix(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        ordinalSuffixes.contains(Array(word.map(LetterFolding.lowercased)))
    }

    private static func normalizedLetter(_ scalar: Unicode.Scalar) -> String {
        let upper = LetterFolding.uppercased(scalar)
        switch upper {
        case "A": return "А"
        case "C": return "С"
        case "E": return "Е"
        case "K": return "К"
        case "M": return "М"
        case "O": return "О"
        case "T": return "Т"
        case "X": return "Х"
        default:
            if upper == scalar || LetterFolding.isCyrillic(scalar) || LetterFolding.isBasicLatin(scalar) {
                return String(upper)
            }
            return String(scalar).uppercased()
        }
    }
}
