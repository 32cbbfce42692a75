import GradePortCore
import Testing

@Suite("PersonNameKey")
struct PersonNameKeyTests {
    /// A name as a platform records it: surname, given name, patronymic.
    struct Name: Sendable, CustomStringConvertible {
        var family: String?
        var given: String?
        var patronymic: String?
        init(_ family: String?, _ given: String?, _ patronymic: String? = nil) {
            self.family = family
            self.given = given
            self.patronymic = patronymic
        }
        var key: PersonNameKey? { PersonNameKey(familyName: family, givenName: given, patronymic: patronymic) }
        var description: String { [family, given, patronymic].compactMap { $0 }.joined(separator: " ") }
    }

    static let sameChild: [(Name, Name)] = [
        // Kazakh letters, their Russian rendering, Latin spellings.
        (Name("Ахметов", "Нұрлан", "Серікұлы"), Name("Ахметов", "Нурлан", "Серикулы")),
        (Name("Ахметов", "Нұрлан", "Серікұлы"), Name("Akhmetov", "Nurlan", "Serikuly")),
        (Name("Жақсылықов", "Данияр"), Name("Zhaksylykov", "Daniyar")),
        (Name("Жақсылықов", "Данияр"), Name("Jaqsylyqov", "Daniar")),
        (Name("Әбдірахманова", "Әйгерім"), Name("Abdirakhmanova", "Aigerim")),
        (Name("Әбдірахманова", "Әйгерім"), Name("Абдирахманова", "Айгерим")),
        (Name("Қасымова", "Інжу", "Бауыржанқызы"), Name("Kassymova", "Inzhu", "Bauyrzhankyzy")),
        (Name("Өмірзақ", "Аңсар", "Жанұлы"), Name("Омирзак", "Ансар", "Жанулы")),
        (Name("Өмірзақ", "Аңсар"), Name("Ómirzaq", "Ansar")),
        (Name("Шыңғысов", "Шыңғыс"), Name("Shyngysov", "Shyngys")),
        (Name("Ісмайлов", "Ілияс"), Name("İsmayılov", "İlyas")),
        (Name("Ісмайлов", "Ілияс"), Name("Ismailov", "Iliyas")),
        (Name("Семёнова", "Алёна"), Name("Семенова", "Алена")),
        (Name("Семёнова", "Алёна"), Name("Semyonova", "Alyona")),
        (Name("Семёнов", "Артём"), Name("Semionov", "Artiom")),
        (Name("Мұхамеджанов", "Ерлан"), Name("Mūhamedjanov", "Erlan")),
        (Name("Мұхамеджанов", "Ерлан"), Name("Mukhamedzhanov", "Yerlan")),
        (Name("Ерланова", "Әсем"), Name("Yerlanova", "Assem")),
        // Look-alike letters typed into a Cyrillic name (Latin a and p).
        (Name("Ивaнова", "Мapия"), Name("Иванова", "Мария")),
        (Name("ИВАНОВА", "МАРИЯ"), Name("Иванова", "Мария", "Петровна")),
        // Dropped -ов/-ева (Marriage and Family Code art. 194(2)).
        (Name("Ахметов", "Нұрлан"), Name("Ахмет", "Нұрлан")),
        (Name("Жанбулатова", "Аружан"), Name("Жанбулат", "Аружан", "Ерланқызы")),
        (Name("Сейткалиев", "Ержан"), Name("Сейткали", "Ержан")),
        (Name("Сағынтаев", "Ержан"), Name("Сағынтай", "Ержан")),
        (Name("Ыбырай", "Ержан"), Name("Ybyraev", "Yerzhan")),
        (Name("Тұрсынова", "Айым"), Name("Тұрсын", "Айым")),
        (Name("Бөкеева", "Дана"), Name("Бөкей", "Дана")),
        // Patronymic forms: -ұлы/-улы/-uly, -қызы/-кызы/-kyzy, a separate word, Russian -ович/-овна.
        (Name("Ахметов", "Нұрлан", "Серікұлы"), Name("Ахметов", "Нурлан", "Серик улы")),
        (Name("Ахметов", "Нұрлан", "Серік ұлы"), Name("Ахметов", "Нурлан", "Serik uly")),
        (Name("Ахметов", "Нұрлан", "Серікұлы"), Name("Ахметов", "Нурлан", "Серикович")),
        (Name("Серікқызы", "Аружан", "Ерланқызы"), Name("Serikkyzy", "Aruzhan", "Yerlan kyzy")),
        (Name("Серікқызы", "Аружан", "Ерланқызы"), Name("Сериккызы", "Аружан", "Ерлановна")),
        (Name("Серікқызы", "Аружан", "Ерланқызы"), Name("Серікқызы", "Аружан", "Erlanqyzy")),
        // Missing patronymic on one side.
        (Name("Төлеген", "Айша"), Name("Төлеген", "Айша", "Маратқызы")),
        // Given and family names swapped.
        (Name("Нурлан", "Ахметов"), Name("Ахметов", "Нурлан", "Серикулы")),
        (Name("Aigerim", "Abdirakhmanova"), Name("Әбдірахманова", "Әйгерім")),
        // The patronymic read as the given name (`Нурлан Серикулы Ахметов` as Surname Name Patronymic).
        (Name("Нурлан", "Серикулы", "Ахметов"), Name("Ахметов", "Нурлан", "Серикулы")),
    ]

    @Test("spellings of one child match", arguments: sameChild)
    func sameChildMatches(first: Name, second: Name) throws {
        let one = try #require(first.key)
        let other = try #require(second.key)
        #expect(one.names == other.names, "\(one) vs \(other)")
        #expect(one.isCompatible(with: other) && other.isCompatible(with: one), "\(one) vs \(other)")
    }

    static let differentChildren: [(Name, Name)] = [
        // Namesakes told apart by the patronymic.
        (Name("Ахметов", "Нурлан", "Серикович"), Name("Ахметов", "Нурлан", "Маратович")),
        (Name("Ким", "Алексей", "Викторович"), Name("Ким", "Алексей", "Сергеевич")),
        (Name("Оспанова", "Әсем", "Қайратқызы"), Name("Оспанова", "Асем", "Маратқызы")),
        // Opposite sexes: -ова/-ов, -қызы/-ұлы.
        (Name("Ахметова", "Жания"), Name("Ахметов", "Жания")),
        (Name("Нұрланова", "Ерасыл"), Name("Нұрланов", "Ерасыл")),
        (Name("Нұрлан", "Әли", "Серікқызы"), Name("Нұрлан", "Әли", "Серікұлы")),
        // Different names.
        (Name("Ахметов", "Нурлан"), Name("Ахметов", "Нуржан")),
        (Name("Иванова", "Мария"), Name("Иванова", "Марина")),
        (Name("Ахметов", "Амин"), Name("Ахметова", "Амина")),
        (Name("Сейтқали", "Аружан"), Name("Серікқызы", "Аружан")),
        (Name("Ким", "Анна"), Name("Ким", "Алексей")),
    ]

    @Test("different children do not match", arguments: differentChildren)
    func differentChildrenDoNotMatch(first: Name, second: Name) throws {
        let one = try #require(first.key)
        let other = try #require(second.key)
        #expect(!one.isCompatible(with: other) && !other.isCompatible(with: one), "\(one) vs \(other)")
    }

    @Test func keyParts() throws {
        let key = try #require(PersonNameKey(familyName: "Ахметова", givenName: "Әсем", patronymic: "Серік қызы"))
        #expect(key.names == "ahmet asem")
        #expect(key.patronymic == "serik")
        #expect(key.sex == .female)
        #expect(key.description == "ahmet asem/serik/female")
        let person = Person(id: "p", familyName: "Ахметова", givenName: "Әсем")
        #expect(PersonNameKey(person)?.names == "ahmet asem")
        #expect(PersonNameKey(PersonName(fullName: "Ахметова Әсем Серікқызы")) == key)
    }

    static let tooLittle: [Name] = [
        Name("Иванова", nil), Name(nil, "Мария"), Name(nil, nil, "Петровна"), Name("—", "Мария"), Name("", ""),
    ]

    @Test("a name without both a surname and a given name has no key", arguments: tooLittle)
    func noKey(name: Name) {
        #expect(name.key == nil)
    }

    /// Endings that contradict each other (a female surname, a male patronymic) state no sex.
    @Test func contradictingEndingsStateNoSex() throws {
        let key = try #require(PersonNameKey(familyName: "Иванова", givenName: "Саша", patronymic: "Петрович"))
        #expect(key.sex == nil)
        #expect(key.patronymic == "petr")
    }
}
