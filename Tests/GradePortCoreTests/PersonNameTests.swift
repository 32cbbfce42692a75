import GradePortCore
import Testing

@Suite("PersonName")
struct PersonNameTests {
    static let names: [(String, String?, String?, String?)] = [
        ("Иванова Мария Петровна", "Иванова", "Мария", "Петровна"),
        ("Серікбаев Нұрлан Асқарұлы", "Серікбаев", "Нұрлан", "Асқарұлы"),
        ("Ахметов Нұрлан Серік ұлы", "Ахметов", "Нұрлан", "Серік ұлы"),
        ("Ахметов Нұрлан Серік улы", "Ахметов", "Нұрлан", "Серік улы"),
        ("Жанболат Аружан Ерланқызы", "Жанболат", "Аружан", "Ерланқызы"),
        ("Жанболат Аружан Ерлан қызы", "Жанболат", "Аружан", "Ерлан қызы"),
        ("Жанбулатова Аружан Ерлан кызы", "Жанбулатова", "Аружан", "Ерлан кызы"),
        ("Ким Алексей", "Ким", "Алексей", nil),
        ("ИВАНОВ ИВАН", "ИВАНОВ", "ИВАН", nil),
        ("ИВАНОВ ИВАН ИВАНОВИЧ", "ИВАНОВ", "ИВАН", "ИВАНОВИЧ"),
        ("  Иванова   Мария  Петровна ", "Иванова", "Мария", "Петровна"),
        ("Иванова\u{00A0}Мария\u{00A0}Петровна", "Иванова", "Мария", "Петровна"),
        ("Иванова\tМария Петровна\r", "Иванова", "Мария", "Петровна"),
        ("Иванова, Мария", "Иванова", "Мария", nil),
        ("Иванова-Петрова Мария Сергеевна", "Иванова-Петрова", "Мария", "Сергеевна"),
        ("Nurlan Serikuly", "Nurlan", "Serikuly", nil),
        ("Serikbayev Nurlan Askaruly", "Serikbayev", "Nurlan", "Askaruly"),
        ("Akhmetov Nurlan Serik uly", "Akhmetov", "Nurlan", "Serik uly"),
        ("Zhanbolat Aruzhan Yerlan kyzy", "Zhanbolat", "Aruzhan", "Yerlan kyzy"),
        ("Chen Avery", "Chen", "Avery", nil),
        ("Ким Анна Мария Сергеевна", "Ким", "Анна Мария", "Сергеевна"),
        ("Абдуллаев Мухаммад Али Хасан", "Абдуллаев", "Мухаммад", "Али Хасан"),
        ("Мамедов Эльчин Рашид оглы", "Мамедов", "Эльчин", "Рашид оглы"),
        ("Иванова", "Иванова", nil, nil),
        ("", nil, nil, nil),
        ("   ", nil, nil, nil),
    ]

    @Test("full names in Surname Name Patronymic order", arguments: names)
    func split(fullName: String, family: String?, given: String?, patronymic: String?) {
        let name = PersonName(fullName: fullName)
        #expect(name == PersonName(familyName: family, givenName: given, patronymic: patronymic))
    }

    static let patronymics = [
        "Петрович", "Сергеевич", "Ильич", "Кузьмич", "Петровна", "Сергеевна", "Ильинична", "Кузьминична",
        "Никитична", "Асқарұлы", "Асқарулы", "Серікұлы", "СЕРІКҰЛЫ", "Ерланқызы", "Ерланкызы", "ЕРЛАНҚЫЗЫ",
        "Askaruly", "Serikuly", "Serikuli", "Серикули", "Yerlankyzy", "Erlanqyzy", "Petrovich", "Sergeevich",
        "Petrovna", "Sergeevna", "Рашидоглы",
    ]

    @Test("patronymic endings", arguments: patronymics)
    func patronymic(word: String) {
        #expect(PersonName.looksLikePatronymic(word))
    }

    static let notPatronymics = [
        "Мария", "Нұрлан", "Иванов", "Иванова", "Ахметов", "Ким", "ұлы", "улы", "қызы", "кызы", "uly", "kyzy",
        "ич", "Ерлан", "Aruzhan", "Avery", "", "Чич",
    ]

    @Test("names and bare particles are not patronymics", arguments: notPatronymics)
    func notPatronymic(word: String) {
        #expect(!PersonName.looksLikePatronymic(word))
    }

    @Test("description joins the parts in the official order")
    func description() {
        #expect(PersonName(fullName: "Ахметов  Нұрлан Серік ұлы").description == "Ахметов Нұрлан Серік ұлы")
        #expect(PersonName(familyName: "Ким", givenName: "Алексей").description == "Ким Алексей")
        #expect(PersonName().description == "")
    }
}
