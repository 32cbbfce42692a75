/// A word that names a school class: a grade from 1 to 12 and one letter, `7А`, `11Б`, `7A`.
///
/// Used on file names and course names and sections, which is all a Classroom export offers.
struct ClassWord: Sendable, Hashable {
    /// The class name: the grade and the letter in upper case (`7а` → `7А`); the script of the
    /// letter is kept.
    var name: String
    /// The grade, 1–12.
    var grade: Int

    /// Reads a word; `nil` when it is not a grade followed by one letter.
    init?(_ word: some StringProtocol) {
        let digits = word.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = word.dropFirst(digits.count)
        guard (1...2).contains(digits.count), let grade = Int(digits), (1...12).contains(grade),
            rest.count == 1, let letter = rest.first, letter.isLetter
        else { return nil }
        self.name = String(digits) + letter.uppercased()
        self.grade = grade
    }
}
