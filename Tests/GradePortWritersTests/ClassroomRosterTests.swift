import Foundation
import GradePortCore
import GradePortWriters
import Testing

/// The Google Classroom roster: one row per student and class, e-mails never invented.
@Suite struct ClassroomRosterTests {
    @Test func rowsAndOmissions() throws {
        let (bytes, summary) = ClassroomRosterWriter().encode(TestBooks.school())
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "class,email,name,family_name,given_name")
        #expect(lines[1] == "7А Математика,aruzhan@school12.kz,Серікқызы Аружан Болатұлы,Серікқызы,Аружан")
        #expect(lines.filter { $0.hasPrefix("7А Математика,") }.count == 2)
        #expect(lines.contains("8Ә Қазақ тілі,erlan@school12.kz,Әбілқайыр Ерлан Болатұлы,Әбілқайыр,Ерлан"))
        // Ерлан's final mark is in a class without a class name: its subject names it.
        #expect(lines.contains("Қазақ тілі,erlan@school12.kz,Әбілқайыр Ерлан Болатұлы,Әбілқайыр,Ерлан"))
        #expect(!text.contains("Ким") && !text.contains("Омарова"))  // no e-mail; a teacher
        #expect(summary.omissions.map(\.person) == ["p3"])
        #expect(summary.omissions[0].reason == "no e-mail address: Google Classroom invites students by e-mail")
        #expect(summary.rows(in: "roster.csv") == lines.count - 1)
    }

    @Test func excelLayout() {
        let (bytes, _) = ClassroomRosterWriter(format: .excel).encode(TestBooks.school())
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("class;email;name;family_name;given_name\r\n7А Математика;aruzhan@school12.kz;"))
    }
}
