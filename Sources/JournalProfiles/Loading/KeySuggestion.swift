import GradePortCore

/// The known word closest to a mistyped one, for "did you mean …?" in profile errors.
enum KeySuggestion {
    /// The candidate within a small edit distance of `word`; see ``SpellingSuggestion``.
    static func closest(to word: String, among candidates: [String]) -> String? {
        SpellingSuggestion.closest(to: word, among: candidates)
    }

    /// The edit distance between two words, a swap of neighbours counting as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        SpellingSuggestion.editDistance(a, b)
    }
}
