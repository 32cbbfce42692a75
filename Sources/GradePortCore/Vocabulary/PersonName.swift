/// A person's name split into surname, given name and patronymic, read from a full name written in
/// the official order of Kazakhstan's lists: Фамилия Имя Отчество (Surname Name Patronymic).
///
/// ```swift
/// PersonName(fullName: "Иванова Мария Петровна")
/// // familyName "Иванова", givenName "Мария", patronymic "Петровна"
/// PersonName(fullName: "Ахметов Нұрлан Серік ұлы")
/// // familyName "Ахметов", givenName "Нұрлан", patronymic "Серік ұлы"
/// PersonName(fullName: "ИВАНОВ ИВАН")
/// // familyName "ИВАНОВ", givenName "ИВАН", patronymic nil
/// ```
///
/// Words are separated by spaces (any Unicode space, runs collapsed) or commas; hyphenated words
/// (`Иванова-Петрова`) stay one word. Case and script are kept as written: matching across sources
/// uses folded keys, never a changed name. The words are assigned by position:
/// - one word: the surname;
/// - two words: surname, given name, in the order written, even when the second looks like a
///   patronymic (`Nurlan Serikuly` gives surname `Nurlan`): lists without a patronymic are common
///   (BilimClass's upper-case full names), while a list without the surname is not;
/// - three words: surname, given name, patronymic;
/// - four or more: when the last word is a separate patronymic particle (`ұлы`, `улы`, `қызы`,
///   `кызы`, `uly`, `kyzy`, `qyzy`, `оглы`), it joins the word before it (`Серік ұлы`); when the
///   last word ``looksLikePatronymic(_:)``, it is the patronymic; either way the words between the
///   surname and the patronymic are the given name (`Ким Анна Мария Сергеевна`). Otherwise the
///   first word is the surname, the second the given name and the rest the patronymic, so that no
///   word is lost.
public struct PersonName: Sendable, Hashable, CustomStringConvertible {
    /// The surname (фамилия, тегі).
    public var familyName: String?
    /// The given name (имя, аты).
    public var givenName: String?
    /// The patronymic (отчество, әкесінің аты): `Петровна`, `Асқарұлы`, `Серік ұлы`.
    public var patronymic: String?

    /// Creates a name from its parts.
    public init(familyName: String? = nil, givenName: String? = nil, patronymic: String? = nil) {
        self.familyName = familyName
        self.givenName = givenName
        self.patronymic = patronymic
    }

    /// Splits a full name written Surname Name Patronymic (see the type's rules).
    ///
    /// An empty or blank text gives a name with no parts.
    public init(fullName: String) {
        var words: [Substring] = []
        var wordStart: String.Index? = nil
        for index in fullName.unicodeScalars.indices {
            let scalar = fullName.unicodeScalars[index]
            if LetterFolding.isSpace(scalar) || scalar == "," {
                if let start = wordStart { words.append(fullName[start..<index]) }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = index
            }
        }
        if let start = wordStart { words.append(fullName[start...]) }

        self.init()
        switch words.count {
        case 0: return
        case 1:
            familyName = String(words[0])
        case 2:
            familyName = String(words[0])
            givenName = String(words[1])
        case 3:
            familyName = String(words[0])
            givenName = String(words[1])
            patronymic = String(words[2])
        default:
            familyName = String(words[0])
            let last = words.count - 1
            if Self.isPatronymicParticle(words[last]) {
                patronymic = words[(last - 1)...].joined(separator: " ")
                givenName = words[1..<(last - 1)].joined(separator: " ")
            } else if Self.looksLikePatronymic(words[last]) {
                patronymic = String(words[last])
                givenName = words[1..<last].joined(separator: " ")
            } else {
                givenName = String(words[1])
                patronymic = words[2...].joined(separator: " ")
            }
        }
    }

    /// The name in the official order, Surname Name Patronymic, skipping absent parts.
    public var description: String {
        [familyName, givenName, patronymic].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Whether a word ends like a patronymic, case-insensitively and with Kazakh letters folded to
    /// Russian ones.
    ///
    /// Russian endings `-ович`, `-евич`, `-ич`, `-овна`, `-евна`, `-ична`, `-инична`; Kazakh ones
    /// written as one word `-ұлы`, `-улы`, `-ули`, `-қызы`, `-кызы`; their Latin spellings `-ovich`,
    /// `-evich`, `-ovna`, `-evna`, `-ichna`, `-uly`, `-uli`, `-kyzy`, `-qyzy`; and `-оглы`/`-ogly`.
    /// At least two letters must come before the ending. A surname can end the same way (`Бабич`), so
    /// this is a hint, not a proof.
    ///
    /// ```swift
    /// PersonName.looksLikePatronymic("Асқарұлы")   // true
    /// PersonName.looksLikePatronymic("Ерланқызы")  // true
    /// PersonName.looksLikePatronymic("Петровна")   // true
    /// PersonName.looksLikePatronymic("Serikuly")   // true
    /// PersonName.looksLikePatronymic("Мария")      // false
    /// ```
    public static func looksLikePatronymic(_ word: some StringProtocol) -> Bool {
        let folded = fold(word)
        return patronymicEndings.contains { ending in
            folded.count >= ending.count + 2 && folded.suffix(ending.count).elementsEqual(ending)
        }
    }

    private static let patronymicEndings: [[Unicode.Scalar]] = [
        "ович", "евич", "ич", "овна", "евна", "ична", "улы", "ули", "кызы", "оглы",
        "ovich", "evich", "ovna", "evna", "ichna", "uly", "uli", "kyzy", "qyzy", "ogly",
    ].map { Array($0.unicodeScalars) }

    private static let particles: [[Unicode.Scalar]] = [
        "улы", "ули", "кызы", "оглы", "uly", "uli", "kyzy", "qyzy", "ogly",
    ].map { Array($0.unicodeScalars) }

    /// Whether a word is a patronymic particle written apart, as in `Серік ұлы`.
    private static func isPatronymicParticle(_ word: Substring) -> Bool {
        let folded = fold(word)
        return particles.contains { $0 == folded }
    }

    private static func fold(_ word: some StringProtocol) -> [Unicode.Scalar] {
        word.unicodeScalars.map { LetterFolding.foldedToRussian(LetterFolding.lowercased($0)) }
    }
}
