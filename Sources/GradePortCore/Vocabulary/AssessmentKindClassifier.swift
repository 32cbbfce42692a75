/// Reads an assessment's ``AssessmentKind`` from its title, and from its category when the title
/// says nothing.
///
/// Titles are matched word by word, case-insensitively, in Russian, Kazakh and Latin spelling.
/// A *word* is a run of letters: digits, spaces, punctuation and `№` end it, so `СОР1`, `СОР-2` and
/// `сор №3` are the abbreviation СОР, while `Сорок`, `сорт`, `Sorting` and `Сочинение` are not.
///
/// ```swift
/// let classifier = AssessmentKindClassifier()
/// classifier.classify(title: "СОР 2 по разделу «Дроби»")            // sectionSummative, number 2
/// classifier.classify(title: "ТЖБ")                                  // termSummative
/// classifier.classify(title: "Сочинение")                            // other (an essay, not СОЧ)
/// classifier.classify(title: "Quiz: Forces", category: "Formative") // formative
/// ```
///
/// The rules, in the order they are tried:
///
/// 1. **Abbreviations** (the first one in the title wins): СОР, БЖБ, `SOR`, `BZhB` → section
///    summative; СОЧ, ТЖБ, `SOCH`, `TZhB` → term summative; ФО, ҚБ (also typed `КБ`), `FO` →
///    formative. Kazakh letters are folded to Russian ones (`ҚБ` = `КБ`), and Latin letters that
///    look like Cyrillic ones are read as Cyrillic inside a word that has a Cyrillic letter or is
///    written in capitals (`COP 1` typed in Latin, `СOР`); the lower-case English word `cop` stays
///    English. The number written right after the abbreviation (spaces, `-`, `№`, `#`, `:`
///    between them allowed) is ``AssessmentClassification/number``, unless a quarter word follows
///    it (`СОЧ 2 четверть`, `SOCH 2nd term`): a quarter mention is not the work's number.
/// 2. **Summative phrases**: `суммативное`, `жиынтық`, `summative` → term summative when a quarter
///    or term word comes with it (`четверть`, `тоқсандық`, `quarter`, `term`, `semester`, …),
///    otherwise section summative (`за раздел`, `бөлім бойынша`, `for the section`, or bare
///    `Summative`: a summative work that names no quarter is read as a section one, which is how
///    platforms label the far more numerous СОР). Phrases carry no number.
/// 3. **Exams**: `экзамен`, `емтихан`, `exam` (so `Final exam` and `Итоговый экзамен` are exams).
/// 4. **Marks the platform gives** (``AssessmentKind/final``): `четвертная`, `итоговая`,
///    `годовая`, `жылдық`, `қорытынды`, `Overall`, `Annual`; `тоқсандық баға`, `оценка за
///    четверть`, `Quarter grade`, `Term mark` (a grade word with a term word); `Final` alone or
///    with `grade`, `mark`, `score` or `result` (not `Final project`).
/// 5. **Formative words**: `формативное`, `қалыптастырушы`, `Formative`.
/// 6. Otherwise the category is classified by the same rules, and when it says nothing either the
///    kind is ``AssessmentKind/other``. Ordinary assignments (`Quiz: Forces`, `Essay 1`,
///    `Домашнее задание`, `Lab 2`) are *not* guessed to be formative: in Classroom and Teams an
///    assignment is only formative when its title or category says so, and adapters whose platform
///    defines daily marks as formative (a Kundelik classic journal, BilimClass `regular` lessons)
///    set the kind themselves.
public struct AssessmentKindClassifier: Sendable {
    /// Creates a classifier.
    public init() {}

    /// Classifies an assessment by its title, consulting its category when the title says nothing.
    ///
    /// ```swift
    /// AssessmentKindClassifier().classify(title: "SOR-2: Forces")     // sectionSummative, 2
    /// AssessmentKindClassifier().classify(title: "СОч за 2 четверть") // termSummative, nil
    /// AssessmentKindClassifier().classify(title: "Test 3", category: "СОР") // sectionSummative
    /// ```
    public func classify(title: String, category: String? = nil) -> AssessmentClassification {
        let fromTitle = Self.classify(text: title)
        guard fromTitle.kind == .other, let category, !category.isEmpty else { return fromTitle }
        return Self.classify(text: category)
    }

    // MARK: - Rules

    private static func classify(text: String) -> AssessmentClassification {
        let words = TitleWords(text)
        if let abbreviation = firstAbbreviation(in: words) { return abbreviation }

        if words.contains(cyrillicPrefixes: summativeCyrillic, latinPrefixes: summativeLatin) {
            return AssessmentClassification(kind: hasTermWord(words) ? .termSummative : .sectionSummative)
        }
        if words.contains(cyrillicPrefixes: examCyrillic, latinPrefixes: examLatin) {
            return AssessmentClassification(kind: .exam)
        }
        if isFinalMark(words) { return AssessmentClassification(kind: .final) }
        if words.contains(cyrillicPrefixes: formativeCyrillic, latinPrefixes: formativeLatin) {
            return AssessmentClassification(kind: .formative)
        }
        return AssessmentClassification(kind: .other)
    }

    private static let summativeCyrillic = ["суммативн", "жиынтык"].map(TitleWords.pattern)
    private static let summativeLatin = ["summativ"].map(TitleWords.pattern)
    private static let examCyrillic = ["экзамен", "емтихан"].map(TitleWords.pattern)
    private static let examLatin = ["exam"].map(TitleWords.pattern)
    private static let formativeCyrillic = ["формативн", "калыптастыр"].map(TitleWords.pattern)
    private static let formativeLatin = ["formativ"].map(TitleWords.pattern)

    private static let abbreviations: [(cyrillic: Bool, spelling: [Unicode.Scalar], kind: AssessmentKind)] = [
        (true, Array("сор".unicodeScalars), .sectionSummative),
        (true, Array("бжб".unicodeScalars), .sectionSummative),
        (true, Array("соч".unicodeScalars), .termSummative),
        (true, Array("тжб".unicodeScalars), .termSummative),
        (true, Array("фо".unicodeScalars), .formative),
        (true, Array("кб".unicodeScalars), .formative),
        (false, Array("sor".unicodeScalars), .sectionSummative),
        (false, Array("bzhb".unicodeScalars), .sectionSummative),
        (false, Array("soch".unicodeScalars), .termSummative),
        (false, Array("tzhb".unicodeScalars), .termSummative),
        (false, Array("fo".unicodeScalars), .formative),
    ]

    private static func firstAbbreviation(in words: TitleWords) -> AssessmentClassification? {
        for index in words.tokens.indices where words.tokens[index].isWord {
            for abbreviation in abbreviations {
                let matches =
                    abbreviation.cyrillic
                    ? words.matchesCyrillic(index, abbreviation.spelling, wholeWord: true)
                    : words.matchesLatin(index, abbreviation.spelling, wholeWord: true)
                if matches {
                    return AssessmentClassification(kind: abbreviation.kind, number: number(after: index, in: words))
                }
            }
        }
        return nil
    }

    /// The number token right after the word at `index`, unless a quarter word follows it.
    private static func number(after index: Int, in words: TitleWords) -> Int? {
        let next = index + 1
        guard next < words.tokens.count, !words.tokens[next].isWord, let value = words.tokens[next].number else {
            return nil
        }
        // `СОЧ 2 четверть`, `СОЧ 2-я четверть`, `SOCH 2nd term`: the number is the quarter's.
        var following = next + 1
        var wordsChecked = 0
        while following < words.tokens.count, wordsChecked < 2, words.tokens[following].isWord {
            if words.matchesAnyPrefix(following, cyrillic: termCyrillic, latin: termLatin) { return nil }
            following += 1
            wordsChecked += 1
        }
        return value
    }

    private static let termCyrillic = ["четверт", "токсан", "триместр", "полугод", "семестр"].map(TitleWords.pattern)
    private static let termLatin = ["quarter", "term", "semester", "trimester"].map(TitleWords.pattern)

    private static func hasTermWord(_ words: TitleWords) -> Bool {
        words.tokens.indices.contains { words.matchesAnyPrefix($0, cyrillic: termCyrillic, latin: termLatin) }
    }

    private static let finalCyrillic = ["четвертн", "итог", "годов", "жылдык", "корытынды", "полугодов", "триместров"]
        .map(TitleWords.pattern)
    private static let finalLatin = ["overall", "annual"].map(TitleWords.pattern)
    private static let gradeCyrillicPrefixes = ["оценк", "отметк", "багасы"].map(TitleWords.pattern)
    private static let gradeCyrillicWords = ["бага"].map(TitleWords.pattern)
    private static let gradeLatin = ["grade", "mark", "score", "result"].map(TitleWords.pattern)
    private static let yearCyrillicWords = ["год", "жыл"].map(TitleWords.pattern)
    private static let yearLatin = ["year"].map(TitleWords.pattern)
    private static let finalLatinWord = TitleWords.pattern("final")

    private static func isFinalMark(_ words: TitleWords) -> Bool {
        let indices = words.tokens.indices
        if indices.contains(where: { words.matchesAnyPrefix($0, cyrillic: finalCyrillic, latin: finalLatin) }) {
            return true
        }
        let hasGradeWord = indices.contains { index in
            words.matchesAnyPrefix(index, cyrillic: gradeCyrillicPrefixes, latin: gradeLatin)
                || gradeCyrillicWords.contains { words.matchesCyrillic(index, $0, wholeWord: true) }
        }
        let wordCount = words.tokens.lazy.filter(\.isWord).count
        let hasFinal = indices.contains { words.matchesLatin($0, finalLatinWord, wholeWord: true) }
        if hasFinal && (hasGradeWord || wordCount == 1) { return true }
        guard hasGradeWord else { return false }
        return indices.contains { index in
            words.matchesAnyPrefix(index, cyrillic: termCyrillic, latin: termLatin + yearLatin)
                || yearCyrillicWords.contains { words.matchesCyrillic(index, $0, wholeWord: true) }
        }
    }
}

/// The words and numbers of a title, with the folding the classifier matches on.
private struct TitleWords {
    struct Token {
        /// The token's scalars in ``TitleWords/scalars``.
        var range: Range<Int>
        /// The value of a number token (at most two digits), `nil` for a word or a longer number.
        var number: Int?
        var isWord: Bool
        /// Latin look-alikes read as Cyrillic: the word has a Cyrillic letter or is all capitals.
        var foldsLatinToCyrillic: Bool
        /// Cyrillic look-alikes read as Latin: the word has a Latin letter.
        var foldsCyrillicToLatin: Bool
    }

    var scalars: [Unicode.Scalar] = []
    var tokens: [Token] = []

    static func pattern(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    init(_ text: String) {
        scalars.reserveCapacity(text.utf8.count)
        var wordStart: Int? = nil
        var numberStart: Int? = nil
        var hasCyrillic = false
        var hasLatin = false
        var allUpper = true

        func endWord(at end: Int) {
            guard let start = wordStart else { return }
            tokens.append(
                Token(
                    range: start..<end, number: nil, isWord: true,
                    foldsLatinToCyrillic: hasCyrillic || allUpper, foldsCyrillicToLatin: hasLatin))
            wordStart = nil
        }
        func endNumber(at end: Int) {
            guard let start = numberStart else { return }
            var value: Int? = nil
            if end - start <= 2 {
                value = scalars[start..<end].reduce(0) { $0 * 10 + Int($1.value - 0x30) }
            }
            tokens.append(
                Token(
                    range: start..<end, number: value, isWord: false, foldsLatinToCyrillic: false,
                    foldsCyrillicToLatin: false))
            numberStart = nil
        }

        for scalar in text.unicodeScalars {
            let position = scalars.count
            scalars.append(scalar)
            if LetterFolding.isLetter(scalar) {
                endNumber(at: position)
                if wordStart == nil {
                    wordStart = position
                    hasCyrillic = false
                    hasLatin = false
                    allUpper = true
                }
                if LetterFolding.isCyrillic(scalar) { hasCyrillic = true }
                if LetterFolding.isBasicLatin(scalar) { hasLatin = true }
                if !LetterFolding.isUppercase(scalar) && scalar.properties.generalCategory != .nonspacingMark {
                    allUpper = false
                }
            } else if ("0"..."9").contains(scalar) {
                endWord(at: position)
                if numberStart == nil { numberStart = position }
            } else {
                endWord(at: position)
                endNumber(at: position)
            }
        }
        endWord(at: scalars.count)
        endNumber(at: scalars.count)
    }

    /// Whether the word at `index`, read as Cyrillic (lower case, Kazakh letters folded to Russian,
    /// Latin look-alikes read as Cyrillic), is `pattern` or starts with it.
    func matchesCyrillic(_ index: Int, _ pattern: [Unicode.Scalar], wholeWord: Bool) -> Bool {
        let token = tokens[index]
        guard token.isWord, wholeWord ? token.range.count == pattern.count : token.range.count >= pattern.count else {
            return false
        }
        for (offset, expected) in pattern.enumerated() {
            var letter = LetterFolding.lowercased(scalars[token.range.lowerBound + offset])
            if token.foldsLatinToCyrillic, LetterFolding.isBasicLatin(letter),
                let lookAlike = LetterFolding.cyrillicLookAlike(ofLatin: letter)
            {
                letter = lookAlike
            }
            guard LetterFolding.foldedToRussian(letter) == expected else { return false }
        }
        return true
    }

    /// Whether the word at `index`, read as Latin (lower case, Cyrillic look-alikes read as Latin in a
    /// word that has a Latin letter), is `pattern` or starts with it.
    func matchesLatin(_ index: Int, _ pattern: [Unicode.Scalar], wholeWord: Bool) -> Bool {
        let token = tokens[index]
        guard token.isWord, wholeWord ? token.range.count == pattern.count : token.range.count >= pattern.count else {
            return false
        }
        for (offset, expected) in pattern.enumerated() {
            var letter = LetterFolding.lowercased(scalars[token.range.lowerBound + offset])
            if token.foldsCyrillicToLatin, LetterFolding.isCyrillic(letter),
                let lookAlike = LetterFolding.latinLookAlike(ofCyrillic: letter)
            {
                letter = lookAlike
            }
            guard letter == expected else { return false }
        }
        return true
    }

    /// Whether the word at `index` starts with one of the Cyrillic or Latin prefixes.
    func matchesAnyPrefix(_ index: Int, cyrillic: [[Unicode.Scalar]], latin: [[Unicode.Scalar]]) -> Bool {
        cyrillic.contains { matchesCyrillic(index, $0, wholeWord: false) }
            || latin.contains { matchesLatin(index, $0, wholeWord: false) }
    }

    /// Whether some word starts with one of the prefixes.
    func contains(cyrillicPrefixes: [[Unicode.Scalar]], latinPrefixes: [[Unicode.Scalar]]) -> Bool {
        tokens.indices.contains { matchesAnyPrefix($0, cyrillic: cyrillicPrefixes, latin: latinPrefixes) }
    }
}
