import GradePortCore
import Testing

@Suite("ClassName")
struct ClassNameTests {
    static let classes: [(String, Int, String)] = [
        ("7А", 7, "7А"),
        ("7а", 7, "7А"),
        ("7 \"А\"", 7, "7А"),
        ("7 «А»", 7, "7А"),
        ("7-А", 7, "7А"),
        ("7 - А", 7, "7А"),
        ("7.А", 7, "7А"),
        ("7A", 7, "7А"),  // Latin A
        ("7a", 7, "7А"),
        ("7B", 7, "7B"),  // ambiguous: kept Latin
        ("7b", 7, "7B"),
        ("7C", 7, "7С"),
        ("7E", 7, "7Е"),
        ("7H", 7, "7H"),
        ("7P", 7, "7P"),
        ("7D", 7, "7D"),
        ("10 Б", 10, "10Б"),
        ("10Б", 10, "10Б"),
        ("11Ә", 11, "11Ә"),
        ("11ә", 11, "11Ә"),
        ("5Ғ", 5, "5Ғ"),
        ("9 Г", 9, "9Г"),
        ("7А класс", 7, "7А"),
        ("7 класс", 7, "7"),
        ("7 кл.", 7, "7"),
        ("7-й класс", 7, "7"),
        ("7 сынып", 7, "7"),
        ("7-сынып", 7, "7"),
        ("7 «Ә» сынып", 7, "7Ә"),
        ("Grade 7", 7, "7"),
        ("grade 11", 11, "11"),
        ("Class 5", 5, "5"),
        ("Класс 8", 8, "8"),
        ("7th grade", 7, "7"),
        ("1st Grade", 1, "1"),
        ("7B Mathematics", 7, "7B"),
        ("7A Mathematics", 7, "7А"),
        ("Математика 7А", 7, "7А"),
        ("Алгебра, 8 Б", 8, "8Б"),
        ("2024-2025 7А", 7, "7А"),
        ("0 А", 0, "0А"),
        ("0", 0, "0"),
        ("7", 7, "7"),
        (" 12 ", 12, "12"),
        ("12В", 12, "12В"),
        ("\u{00A0}7\u{00A0}А", 7, "7А"),
    ]

    @Test("class names", arguments: classes)
    func className(name: String, grade: Int, normalized: String) {
        #expect(ClassName.grade(in: name) == grade)
        #expect(ClassName.normalized(name) == normalized)
    }

    static let notClasses = [
        "Математика", "Period 2", "Quarter 2", "Q2", "Lab 2", "Essay 1", "13А", "20 Б", "100", "2025", "",
        "   ", "Группа", "Physics", "СОР 2", "7Алгебра", "2024-2025",
    ]

    @Test("names that are no class", arguments: notClasses)
    func notClass(name: String) {
        #expect(ClassName.grade(in: name) == nil)
        #expect(ClassName.normalized(name) == nil)
        #expect(ClassName(parsing: name) == nil)
    }

    @Test("parts")
    func parts() {
        #expect(ClassName(parsing: "7 \"а\"") == ClassName(grade: 7, letter: "А"))
        #expect(ClassName(parsing: "7 сынып") == ClassName(grade: 7))
        #expect(ClassName(grade: 11, letter: "Ә").description == "11Ә")
    }
}
