import Foundation
import GradePortCore
import GradePortWriters
import Testing

@Suite struct WriterTests {
    static func sampleBook() -> Gradebook {
        var builder = GradebookBuilder()
        builder.beginSource(file: "7А Физика.csv", platform: "test", export: "grades-csv", sha256: "ab")
        builder.countRows(2)
        builder.add(SchoolClass(id: "c1", name: "7А", grade: 7))
        builder.add(Subject(id: "phys", name: "Физика"))
        builder.add(Person(id: "p1", familyName: "Серікқызы", givenName: "Аружан", email: "aruzhan@school.kz"))
        builder.add(Person(id: "p2", familyName: "=cmd|' /C calc'!A0", givenName: "Test"))
        builder.add(
            Assessment(
                id: "a1", title: "СОР 1 \"Кинематика\", часть 1", kind: .sectionSummative, number: 1,
                maxScore: 20, subject: "phys", class: "c1"))
        builder.add(
            AssessmentResult(
                person: "p1", assessment: "a1", status: .graded,
                score: DecimalNumber(parsing: "18.5"), raw: "18,5",
                comment: "Хорошо,\nно проверь", source: builder.reference(line: 2, column: 4)))
        builder.add(
            AssessmentResult(
                person: "p2", assessment: "a1", status: .excused, raw: "Excused",
                source: builder.reference(line: 3, column: 4)))
        builder.diagnose(.warning, .inferredValue, "class 7А taken from the file name", line: 1)
        return builder.build()
    }

    @Test func jsonHasTheContractsFieldsInOrder() throws {
        let text = String(decoding: GradebookJSONWriter().encode(Self.sampleBook()), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "{")
        #expect(lines[1] == "\"format\":\"gradeport/1\",")
        #expect(
            lines.contains(
                "{\"id\":\"s1\",\"file\":\"7А Физика.csv\",\"platform\":\"test\",\"export\":\"grades-csv\",\"sha256\":\"ab\",\"rows\":2}"
            ))
        #expect(
            lines.contains(
                "{\"person\":\"p1\",\"assessment\":\"a1\",\"status\":\"graded\",\"score\":18.5,\"maxScore\":20,"
                    + "\"percent\":92.5,\"raw\":\"18,5\",\"comment\":\"Хорошо,\\nно проверь\",\"source\":{\"id\":\"s1\",\"line\":2,\"column\":4}},"
            ))
        #expect(
            lines.contains(
                "{\"person\":\"p2\",\"assessment\":\"a1\",\"status\":\"excused\",\"maxScore\":20,\"raw\":\"Excused\","
                    + "\"source\":{\"id\":\"s1\",\"line\":3,\"column\":4}}"
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "{\"id\":\"a1\",\"title\":\"СОР 1 \\\"Кинематика\\\", часть 1\",\"kind\":\"sectionSummative\",\"number\":1,\"maxScore\":20"
                )
            })
        // Valid JSON that Foundation can read back, with the sections in the contract's order.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((object["results"] as? [Any])?.count == 2)
        let keys = [
            "sources", "schools", "terms", "subjects", "classes", "people", "enrollments", "assessments",
            "results", "diagnostics",
        ]
        let positions = keys.map { text.range(of: "\"\($0)\":[")!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func jsonIsByteIdenticalForTheSameInputAndChunkingDoesNotMatter() {
        let book = Self.sampleBook()
        let whole = GradebookJSONWriter().encode(book)
        var chunked: [UInt8] = []
        GradebookJSONWriter().write(book, chunkSize: 7) { chunked.append(contentsOf: $0) }
        #expect(whole == GradebookJSONWriter().encode(Self.sampleBook()))
        #expect(whole == chunked)
    }

    @Test func jsonEscapesControlCharacters() {
        var buffer = JSONTextBuffer()
        buffer.string("a\u{01}b\t\"\\")
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "\"a\\u0001b\\t\\\"\\\\\"")
    }

    @Test func csvQuotesAndNeutralisesFormulas() {
        let text = String(decoding: ResultsCSVWriter().encode(Self.sampleBook()), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == ResultsCSVWriter.columns.joined(separator: ","))
        #expect(
            lines[1] == "Серікқызы Аружан,p1,aruzhan@school.kz,7А,Физика,,\"СОР 1 \"\"Кинематика\"\", часть 1\",a1,"
                + "sectionSummative,18.5,20,92.5,graded,\"18,5\",\"Хорошо,")
        #expect(lines[2] == "но проверь\",7А Физика.csv,2")
        #expect(lines[3].hasPrefix("'=cmd|' /C calc'!A0 Test,p2,"))
        #expect(lines[3].hasSuffix(",,20,,excused,Excused,,7А Физика.csv,3"))
    }
}
