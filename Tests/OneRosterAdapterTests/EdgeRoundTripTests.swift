import Foundation
import GradePortCore
import Interchange
import Testing

@testable import OneRosterAdapter

/// Round trips of a gradebook made to hit the edges: values a spreadsheet would run as formulas,
/// names and schools missing, an assessment without class, term or date, lists with commas.
@Suite struct EdgeRoundTripTests {
    static func edgeBook() -> Gradebook {
        var builder = GradebookBuilder()
        builder.beginSource(file: "edge.csv", platform: "test", export: "test")
        builder.add(School(id: "s1", name: nil, bin: "990340005678"))
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
                person: "p1", assessment: "a1", status: .graded, score: DecimalNumber(parsing: "18.5"),
                maxScore: 25, raw: "18,5 из 25", comment: "=SUM(A1)\nвторая строка", late: true, draft: true,
                source: builder.reference(line: 2, column: 3)))
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

    static func export(_ book: Gradebook) throws -> (folder: String, back: Gradebook) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gradeport-edge-\(UUID())").path
        try OneRosterWriter(options: .init(referenceDate: "2026-01-15")).write(
            book, to: FileSetDestination(path: folder))
        return (folder, try OneRosterSamples.read(folder))
    }

    @Test func theEdgesComeBackUnchanged() throws {
        let book = Self.edgeBook()
        #expect(book.results.count == 4)
        let (folder, back) = try Self.export(book)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let expected = RoundTripContent(book)
        let actual = RoundTripContent(back)
        #expect(actual == expected, "\(expected.firstDifference(from: actual) ?? "")")
        #expect(back.diagnostics.allSatisfy { $0.severity == .info })
    }

    @Test func formulasAreGuardedInTheFiles() throws {
        let (folder, _) = try Self.export(Self.edgeBook())
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let users = try String(contentsOfFile: folder + "/users.csv", encoding: .utf8)
        #expect(users.contains(",'@Аружан,'=cmd|' /C calc'!A0,'-Ерланқызы,"))
        #expect(users.contains(",'\tТаб,'Апостроф,"))  // an apostrophe not before a trigger is left alone
        #expect(users.contains("\"{kundelik:%7B1%2C2%7D%25},{teams:x:y}\""))
        let results = try String(contentsOfFile: folder + "/results.csv", encoding: .utf8)
        #expect(results.contains(",\"'=SUM(A1)\nвторая строка\","))
        #expect(results.contains(",''=5,"))
        let classes = try String(contentsOfFile: folder + "/classes.csv", encoding: .utf8)
        #expect(classes.contains(",\"'=HYPERLINK(\"\"x\"\")\","))
        #expect(classes.contains(",'+10Б,"))
    }

    @Test func carriageReturnsInAFieldBecomeLineFeeds() throws {
        var book = Self.edgeBook()
        book.results[0].comment = "первая\r\nвторая\rтретья"
        let (folder, back) = try Self.export(book)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(back.results[0].comment == "первая\nвторая\nтретья")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/results.csv"))
        // CR only as part of a CRLF record end.
        for (index, byte) in bytes.enumerated() where byte == 0x0D {
            #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A)
        }
    }

    @Test func theWriterAndReaderAgreeOnTheExtensionColumns() {
        for (file, columns) in GradePortMetadata.columns {
            #expect(OneRosterCSV.metadataColumns[file] == columns, "\(file)")
        }
        for (file, columns) in OneRosterCSV.metadataColumns where !columns.isEmpty {
            #expect(GradePortMetadata.columns[file] == columns, "\(file)")
        }
        #expect(GradePortMetadata.prefix == OneRosterCSV.metadataPrefix)
    }
}
