import GradePortCore

/// One word of a file name, course name or section that names a school class (`7А`, `11Б`, `7A`),
/// read with ``ClassName``.
///
/// Only words starting with a digit count, so that the subject words around the class word can be
/// told apart from it.
struct ClassWord: Sendable, Hashable {
    /// The class name in the `7А` form (a Latin look-alike letter made Cyrillic, as ``ClassName``
    /// does).
    var name: String
    /// The grade.
    var grade: Int
    /// Whether the word names a parallel class (`7А`), not just a grade (`7`).
    var hasLetter: Bool

    /// Reads a word; `nil` when it names no class.
    init?(_ word: some StringProtocol) {
        guard word.first?.isNumber == true, let parsed = ClassName(parsing: String(word)) else { return nil }
        name = parsed.description
        grade = parsed.grade
        hasLetter = parsed.letter != nil
    }
}
