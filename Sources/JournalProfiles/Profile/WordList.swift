import GradePortCore

/// A list of words or phrases a heading, label or cell is compared with.
///
/// Comparison is case-insensitive, Kazakh letters are folded to the Russian ones (`Тоқсан` =
/// `Токсан`), runs of spaces, dashes and underscores count as one space, and dots and colons are
/// ignored (`Ф.И.О.` = `ФИО`, `макс.` = `макс`). See ``matchesWhole(_:)`` and ``occurs(in:)``.
public struct WordList: Sendable, Hashable, ExpressibleByArrayLiteral {
    /// The words as written in the profile.
    public var words: [String]
    /// The words' comparison keys, in the same order.
    let keys: [String]

    /// Creates a list.
    public init(_ words: [String] = []) {
        self.words = words
        self.keys = words.map(Self.key).filter { !$0.isEmpty }
    }

    /// Creates a list from a literal.
    public init(arrayLiteral elements: String...) { self.init(elements) }

    /// Whether the list is empty.
    public var isEmpty: Bool { keys.isEmpty }

    /// Whether the whole text is one of the words (`ФИО`, `Ф.И.О.`, ` фио `).
    public func matchesWhole(_ text: some StringProtocol) -> Bool {
        let key = Self.key(text)
        return !key.isEmpty && keys.contains(key)
    }

    /// Whether one of the words occurs in the text as a word of its own: not glued to a letter on
    /// either side, while digits and punctuation may touch it (`СОР` occurs in `СОР1/20` and
    /// `СОР-2`, not in `Сорокин`).
    public func occurs(in text: some StringProtocol) -> Bool {
        let key = Self.key(text)
        return keys.contains { Self.occurs($0, in: key) }
    }

    /// The comparison key of a text (see the type's rules). Dots and colons become spaces, and a
    /// run of single letters is joined (`Ф.И.О.` → `фио`, `макс.балл` → `макс балл`).
    static func key(_ text: some StringProtocol) -> String {
        let folded = CellValueParser.wordKey(text)
        guard folded.contains(where: { $0 == "." || $0 == ":" }) else { return folded }
        let spaced = CellValueParser.wordKey(
            String(folded.map { $0 == "." || $0 == ":" ? " " : $0 }))
        var tokens: [String] = []
        var letters = ""
        for token in spaced.split(separator: " ") {
            if token.count == 1, token.first?.isLetter == true {
                letters += token
                continue
            }
            if !letters.isEmpty { tokens.append(letters) }
            letters = ""
            tokens.append(String(token))
        }
        if !letters.isEmpty { tokens.append(letters) }
        return tokens.joined(separator: " ")
    }

    /// Whether `word` occurs in `text` with no letter touching it on either side.
    static func occurs(_ word: String, in text: String) -> Bool {
        guard !word.isEmpty else { return false }
        let haystack = Array(text.unicodeScalars)
        let needle = Array(word.unicodeScalars)
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            guard haystack[start..<start + needle.count].elementsEqual(needle) else { continue }
            let before = start == 0 ? nil : haystack[start - 1]
            let after = start + needle.count == haystack.count ? nil : haystack[start + needle.count]
            if !(before?.properties.isAlphabetic ?? false) && !(after?.properties.isAlphabetic ?? false) {
                return true
            }
        }
        return false
    }
}
