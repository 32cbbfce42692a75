/// The key under which two records of one person's name meet, whatever platform wrote them
/// (assessment-rules.md §14).
///
/// - ``names`` is the surname and the given name, each folded to its ASCII skeleton
///   (``NameFolding/skeleton(_:)``: Kazakh ↔ Russian ↔ Latin letters, look-alikes, romanisation
///   schemes), with the surname affixes `-ов`/`-ев`/`-ова`/`-ева` stripped (a citizen may drop them,
///   Marriage and Family Code art. 194(2)) and a final `й` after a vowel with them (`Сағынтай` =
///   `Сағынтаев`), sorted, so that a swapped order (`Нурлан Ахметов`) meets the official one
///   (`Ахметов Нурлан`). `-ин`/`-ина` are not stripped: Kazakh roots end that way (`Тұрсын`), and
///   dropping `-ин` does not give the root back (`Мусин` is made from `Муса`).
/// - ``patronymic`` is the father's name the patronymic is made of: `Серікұлы`, `Серік ұлы`,
///   `Serikuly`, `Сериковна` and `Серикович` all give `serik`. It is not part of ``names``: one list
///   often omits it. Two keys whose patronymics are both known and differ are not the same person.
/// - ``sex`` is what the endings say (`-ова`, `-қызы`, `-овна` female; `-ов`, `-ұлы`, `-ович` male),
///   when they agree. Two keys of opposite sexes are not the same person.
///
/// When the recorded patronymic does not look like one but the given name or surname does
/// (`Нурлан Серикулы Ахметов` read as Surname Name Patronymic), the two are swapped first.
///
/// ```swift
/// let a = PersonNameKey(familyName: "Ахметов", givenName: "Нұрлан", patronymic: "Серікұлы")!
/// let b = PersonNameKey(familyName: "Akhmet", givenName: "Nurlan")!
/// a.names                  // "ahmet nurlan"
/// a.patronymic             // "serik"
/// a.isCompatible(with: b)  // true: same names, one patronymic missing
/// ```
public struct PersonNameKey: Sendable, Hashable, CustomStringConvertible {
    /// The folded surname and given name stems, sorted and joined by a space.
    public let names: String
    /// The folded father's name of the patronymic, when there is one.
    public let patronymic: String?
    /// The sex the name's endings state, when they state one and agree.
    public let sex: IIN.Sex?

    /// Builds the key of a name given in parts; `nil` unless both a surname and a given name fold
    /// to at least one letter (a single word is too weak to match on).
    public init?(familyName: String?, givenName: String?, patronymic: String? = nil) {
        // One skeleton per part, doubled letters kept until the endings are stripped.
        var skeleton = LatinSkeleton()
        skeleton.collapsesDoubles = false
        func fold(_ part: String?) -> [UInt8]? {
            guard let part else { return nil }
            skeleton.removeAll()
            skeleton.append(part, separator: nil)
            return skeleton.bytes.isEmpty ? nil : skeleton.bytes
        }
        var family = fold(familyName)
        var given = fold(givenName)
        var father = fold(patronymic)
        if let recorded = father, !Self.looksLikePatronymic(recorded) {
            let familyLooks = family.map(Self.looksLikePatronymic) ?? false
            let givenLooks = given.map(Self.looksLikePatronymic) ?? false
            if familyLooks && !givenLooks {
                swap(&family, &father)
            } else if givenLooks && !familyLooks {
                swap(&given, &father)
            }
        }
        guard let family, let given else { return nil }
        var sexes = SexHints()
        let first = Self.stem(family, hints: &sexes)
        let second = Self.stem(given, hints: &sexes)
        names = first <= second ? first + " " + second : second + " " + first
        self.patronymic = father.flatMap { Self.father(in: $0, hints: &sexes) }
        sex = sexes.agreed
    }

    /// Builds the key of a ``PersonName``.
    public init?(_ name: PersonName) {
        self.init(familyName: name.familyName, givenName: name.givenName, patronymic: name.patronymic)
    }

    /// Builds the key of a person's recorded name.
    public init?(_ person: Person) {
        self.init(familyName: person.familyName, givenName: person.givenName, patronymic: person.patronymic)
    }

    /// Whether the two keys may name the same person: the same ``names``, no two different known
    /// patronymics and no two opposite sexes.
    public func isCompatible(with other: PersonNameKey) -> Bool {
        guard names == other.names else { return false }
        if let patronymic, let theirs = other.patronymic, patronymic != theirs { return false }
        if let sex, let theirs = other.sex, sex != theirs { return false }
        return true
    }

    /// The names, then `/` and the patronymic, then the sex when known: `ahmet nurlan/serik/male`.
    public var description: String {
        names + "/" + (patronymic ?? "") + (sex.map { "/" + $0.rawValue } ?? "")
    }

    // MARK: - Private

    /// What the endings of the parts say about the sex.
    private struct SexHints {
        var female = false
        var male = false
        var agreed: IIN.Sex? {
            if female == male { return nil }
            return female ? .female : .male
        }
        mutating func note(_ sex: IIN.Sex?) {
            switch sex {
            case .female: female = true
            case .male: male = true
            case nil: break
            }
        }
    }

    /// Whether a part's skeleton ends like a patronymic (the endings of
    /// ``PersonName/looksLikePatronymic(_:)``, with two letters before).
    private static func looksLikePatronymic(_ bytes: [UInt8]) -> Bool {
        patronymicEndings.contains { ends(bytes, with: $0.0, keeping: 2) }
    }

    /// Surname endings (as skeletons), longest first, with the sex each states.
    private static let surnameEndings: [([UInt8], IIN.Sex)] =
        ([
            ("ova", .female), ("eva", .female), ("ov", .male), ("ev", .male),
        ] as [(String, IIN.Sex)]).map(ending)

    /// Endings that only state the sex (a surname made from a father's name: `Нұрланұлы`).
    private static let sexOnlyEndings: [([UInt8], IIN.Sex)] =
        ([
            ("uli", .male), ("kizi", .female), ("ovna", .female), ("evna", .female), ("ovic", .male), ("evic", .male),
            ("ina", .female),
        ] as [(String, IIN.Sex)]).map(ending)

    /// Patronymic endings (as skeletons), longest first, with the sex each states.
    private static let patronymicEndings: [([UInt8], IIN.Sex)] =
        ([
            ("inicna", .female), ("ovna", .female), ("evna", .female), ("icna", .female), ("kizi", .female),
            ("ovic", .male), ("evic", .male), ("ogli", .male), ("uli", .male), ("ic", .male),
        ] as [(String, IIN.Sex)]).map(ending)

    private static func ending(_ pair: (String, IIN.Sex)) -> ([UInt8], IIN.Sex) { (Array(pair.0.utf8), pair.1) }

    /// The skeleton of a surname or given name without its surname affix. The affix is found
    /// before doubled letters are written once (`Кассымова` → `kassim` → `kasim`).
    private static func stem(_ part: [UInt8], hints: inout SexHints) -> String {
        var bytes = part
        if let (ending, sex) = surnameEndings.first(where: { ends(bytes, with: $0.0, keeping: 3) }) {
            bytes.removeLast(ending.count)
            hints.note(sex)
        } else if let (_, sex) = sexOnlyEndings.first(where: { ends(bytes, with: $0.0, keeping: 2) }) {
            hints.note(sex)
        }
        // A final й after a vowel gives way to -ев (Сағынтай → Сағынтаев, Бөкей → Бөкеева): drop it.
        if bytes.count > 3, bytes.last == UInt8(ascii: "i"), isVowel(bytes[bytes.count - 2]) { bytes.removeLast() }
        return String(decoding: LatinSkeleton.collapse(bytes), as: UTF8.self)
    }

    /// The father's name in a patronymic; `nil` when nothing is left. The ending is found before
    /// doubled letters are written once, so `Серікқызы` keeps the `k` of `Серік`.
    private static func father(in part: [UInt8], hints: inout SexHints) -> String? {
        var bytes = part
        if let (ending, sex) = patronymicEndings.first(where: { ends(bytes, with: $0.0, keeping: 2) }) {
            bytes.removeLast(ending.count)
            hints.note(sex)
        }
        return bytes.isEmpty ? nil : String(decoding: LatinSkeleton.collapse(bytes), as: UTF8.self)
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }

    /// Whether `bytes` ends with `ending` and keeps at least `keeping` bytes before it.
    private static func ends(_ bytes: [UInt8], with ending: [UInt8], keeping: Int) -> Bool {
        bytes.count >= ending.count + keeping && bytes.suffix(ending.count).elementsEqual(ending)
    }
}
