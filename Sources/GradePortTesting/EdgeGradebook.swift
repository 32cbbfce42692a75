import GradePortCore

/// A gradebook built to hit the edges of writers and readers: values a spreadsheet would run as
/// formulas, missing names and schools, a class without a school, an assessment without a class,
/// term or date, e-mails differing only in case, lists and names with commas, a comment over two
/// lines.
///
/// Write it with an exporter and read it back to check that nothing is lost or left unguarded:
///
/// ```swift
/// let book = EdgeGradebook.make(lineBreakInComment: "\n")
/// try MyWriter().write(book, to: folder.path)
/// #expect(try MyReader().read(folder.path).results.count == book.results.count)
/// ```
public enum EdgeGradebook {
    /// Builds the gradebook: one school without a name, two terms, two subjects, two classes, two
    /// students and a teacher, three assessments and four results (graded, absent, excused).
    ///
    /// - Parameter lineBreakInComment: What breaks the two lines of the first result's comment
    ///   (`=SUM(A1)` and `вторая строка`); `"\r\n"` by default, `"\n"` for formats that keep no
    ///   carriage return.
    public static func make(lineBreakInComment: String = "\r\n") -> Gradebook {
        var builder = GradebookBuilder()
        builder.beginSource(file: "edge.csv", platform: "test", export: "test")
        builder.add(School(id: "s1", bin: "990340005678"))
        builder.add(Term(id: "t1", schoolYear: "2025-2026", kind: .quarter, number: 1))
        builder.add(Term(id: "odd", name: "Весенний модуль"))
        builder.add(Subject(id: "sub1", name: "Русский язык, литература"))
        builder.add(Subject(id: "sub2", name: "=HYPERLINK(\"x\")"))
        builder.add(SchoolClass(id: "c1", name: "7А", grade: 7, school: "s1"))
        builder.add(SchoolClass(id: "c2", name: "+10Б", grade: 10))
        builder.add(
            Person(
                id: "p1", familyName: "=cmd|' /C calc'!A0", givenName: "@Аружан", patronymic: "-Ерланқызы",
                email: "a@school.kz", iin: "120315400102",
                externalIds: [.init(platform: "kundelik", id: "{1,2}%"), .init(platform: "teams", id: "x:y")]))
        builder.add(Person(id: "p2", email: "A@school.kz"))
        builder.add(Person(id: "p3", role: .teacher, familyName: "'Апостроф", givenName: "\tТаб"))
        builder.add(Enrollment(person: "p1", class: "c1", subject: "sub1"))
        builder.add(Enrollment(person: "p3", class: "c1", subject: "sub1", role: .teacher))
        builder.add(Enrollment(person: "p2", class: "c2"))
        builder.add(
            Assessment(
                id: "a1", title: "СОР 1, «Дроби»", kind: .sectionSummative, number: 1, maxScore: 20, subject: "sub1",
                class: "c1", term: "t1", date: "2025-09-26", category: "СОР"))
        builder.add(Assessment(id: "a2", title: "-5 баллов?", kind: .other, subject: "sub2"))
        builder.add(Assessment(id: "a3", title: "Без всего", kind: .final, term: "odd", date: "2026-03-01T08:00:00Z"))
        builder.add(
            AssessmentResult(
                person: "p1", assessment: "a1", status: .graded, score: DecimalNumber(parsing: "18.5"), maxScore: 25,
                raw: "18,5 из 25", comment: "=SUM(A1)" + lineBreakInComment + "вторая строка", late: true,
                draft: true, source: builder.reference(line: 2, column: 3)))
        builder.add(
            AssessmentResult(
                person: "p2", assessment: "a1", status: .absent, raw: "-", source: builder.reference(line: 3)))
        builder.add(
            AssessmentResult(
                person: "p2", assessment: "a2", status: .graded, score: 5, raw: "'=5",
                source: builder.reference(line: 4)))
        builder.add(
            AssessmentResult(
                person: "p1", assessment: "a3", status: .excused, raw: "Excused", comment: "@болел",
                source: builder.reference(line: 5)))
        return builder.build()
    }
}
