import Foundation
import GradePortCore
import TableReader

/// Gradebooks built in code for the writers' tests.
enum TestBooks {
    /// A school with two classes, two subjects, two quarters (one without dates), teachers, a student
    /// without an e-mail, results of every status, an assessment without a term and date, one without
    /// a class.
    static func school() -> Gradebook {
        var builder = GradebookBuilder()
        builder.beginSource(file: "school.json", platform: "test", export: "test")
        builder.add(School(id: "school-12", name: "КГУ «Школа-лицей №12»", bin: "990340005678"))
        builder.add(
            Term(
                id: "2025-2026/Q1", schoolYear: "2025-2026", kind: .quarter, number: 1, start: "2025-09-01",
                end: "2025-10-24", name: "1 четверть"))
        builder.add(Term(id: "2025-2026/Q2", schoolYear: "2025-2026", kind: .quarter, number: 2))
        builder.add(Subject(id: "math", name: "Математика"))
        builder.add(Subject(id: "kaz", name: "Қазақ тілі"))
        builder.add(SchoolClass(id: "7A", name: "7А", grade: 7, school: "school-12"))
        builder.add(SchoolClass(id: "8Ә", name: "8Ә", grade: 8, school: "school-12"))
        let students: [(String, String, String, String?, String)] = [
            ("p1", "Серікқызы", "Аружан", "aruzhan@school12.kz", "7A"),
            ("p2", "Иванова", "Мария", "maria@school12.kz", "7A"),
            ("p3", "Ким", "Алексей", nil, "7A"),
            ("p4", "Әбілқайыр", "Ерлан", "erlan@school12.kz", "8Ә"),
        ]
        for (id, family, given, email, schoolClass) in students {
            let id = Person.ID(rawValue: id)
            let schoolClass = SchoolClass.ID(rawValue: schoolClass)
            builder.add(Person(id: id, familyName: family, givenName: given, patronymic: "Болатұлы", email: email))
            builder.add(Enrollment(person: id, class: schoolClass, subject: schoolClass == "7A" ? "math" : "kaz"))
            builder.add(Enrollment(person: id, class: schoolClass))
        }
        builder.add(
            Person(id: "t1", role: .teacher, familyName: "Омарова", givenName: "Гүлнар", email: "omarova@school12.kz"))
        builder.add(
            Person(id: "t2", role: .teacher, familyName: "Петров", givenName: "Виктор", email: "petrov@school12.kz"))
        builder.add(Enrollment(person: "t1", class: "7A", subject: "math", role: .teacher))
        builder.add(Enrollment(person: "t1", class: "8Ә", subject: "kaz", role: .teacher))
        builder.add(Enrollment(person: "t2", class: "8Ә", subject: "kaz", role: .teacher))
        builder.add(
            Assessment(
                id: "sor1", title: "СОР 1 по разделу «Дроби»", kind: .sectionSummative, number: 1, maxScore: 20,
                subject: "math", class: "7A", term: "2025-2026/Q1", date: "2025-09-26", category: "СОР"))
        builder.add(
            Assessment(
                id: "soch", title: "СОЧ за 2 четверть", kind: .termSummative, maxScore: 30, subject: "math",
                class: "7A", term: "2025-2026/Q2", date: "2025-12-19T09:00:00Z"))
        builder.add(Assessment(id: "fo", title: "ФО", kind: .formative, maxScore: 10, subject: "math", class: "7A"))
        builder.add(
            Assessment(
                id: "bzhb", title: "БЖБ 1", kind: .sectionSummative, number: 1, maxScore: 15, subject: "kaz",
                class: "8Ә", term: "2025-2026/Q1"))
        builder.add(Assessment(id: "year", title: "Годовая", kind: .final, maxScore: 5, subject: "kaz"))
        func result(
            _ person: Person.ID, _ assessment: Assessment.ID, _ status: ResultStatus, _ score: String?, _ raw: String?,
            comment: String? = nil, line: Int
        ) {
            builder.add(
                AssessmentResult(
                    person: person, assessment: assessment, status: status,
                    score: score.flatMap { DecimalNumber(parsing: $0) }, raw: raw, comment: comment,
                    source: builder.reference(line: line, column: 4)))
        }
        result("p1", "sor1", .graded, "18.5", "18,5", comment: "Хорошо,\nно проверь", line: 2)
        result("p2", "sor1", .missing, nil, "Missing", line: 3)
        result("p3", "sor1", .absent, nil, "н", line: 4)
        result("p1", "soch", .graded, "27", "27", line: 5)
        result("p2", "soch", .excused, nil, "Excused", line: 6)
        result("p3", "soch", .exempt, nil, "осв", line: 7)
        result("p1", "fo", .submitted, nil, "сдано", line: 8)
        result("p4", "bzhb", .graded, "15", "15", line: 9)
        result("p4", "year", .graded, "5", "5", line: 10)
        return builder.build()
    }
}

/// A CSV file read whole: header and rows, with the raw bytes for byte-level checks.
struct CSVFile {
    var header: [String]
    var rows: [[String]]
    var bytes: [UInt8]

    init(_ path: String) throws {
        bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let reader = try CSVReader(bytes: bytes, name: path, options: CSVReadOptions(delimiter: .comma))
        var all: [[String]] = []
        while let row = try reader.next() { all.append(row.strings()) }
        header = all.first ?? []
        rows = Array(all.dropFirst())
    }

    /// The values of a column.
    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { return [] }
        return rows.map { index < $0.count ? $0[index] : "" }
    }

    /// The rows as dictionaries by column name.
    var records: [[String: String]] {
        rows.map { Dictionary(zip(header, $0).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }) }
    }

    /// The first line, as written.
    var headerLine: String {
        let end = bytes.firstIndex(of: 0x0D) ?? bytes.firstIndex(of: 0x0A) ?? bytes.count
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}

/// Gradebooks with values a spreadsheet would run as formulas (the whole edge case gradebook is
/// ``EdgeGradebook``).
enum EdgeBooks {
    /// The characters a spreadsheet reads as the start of a formula.
    static let triggers = ["=", "+", "-", "@", "\t", "\r"]

    /// One student whose names start with `trigger`, with an e-mail, in a class, with a result whose
    /// comment starts with it too.
    static func named(_ trigger: String) -> Gradebook {
        var builder = GradebookBuilder()
        builder.beginSource(file: "x.csv", platform: "test", export: "test")
        builder.add(SchoolClass(id: "c", name: "7А", grade: 7))
        builder.add(Subject(id: "s", name: "Физика"))
        builder.add(Person(id: "p", familyName: trigger + "1+1", givenName: trigger + "1+1", email: "p@school.kz"))
        builder.add(Enrollment(person: "p", class: "c", subject: "s"))
        builder.add(
            Assessment(id: "a", title: "СОР 1", kind: .sectionSummative, maxScore: 10, subject: "s", class: "c"))
        builder.add(
            AssessmentResult(
                person: "p", assessment: "a", status: .graded, score: 7, raw: "7", comment: trigger + "cmd",
                source: builder.reference(line: 2)))
        return builder.build()
    }
}
