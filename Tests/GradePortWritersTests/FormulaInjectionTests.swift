import Foundation
import GradePortCore
import GradePortTesting
import GradePortWriters
import TableReader
import Testing

/// Every CSV writer guards a cell that starts like a formula: each leading character, each writer.
@Suite struct FormulaInjectionTests {
    enum Writer: String, CaseIterable, Sendable {
        case resultsCSV, resultsExcel, oneRoster, schoolDataSync2, schoolDataSync1, classroomRoster
    }

    /// Every field of every file the writer makes for the gradebook, parsed back with the CSV reader.
    static func fields(_ writer: Writer, _ book: Gradebook) throws -> [String] {
        func parse(_ bytes: [UInt8], delimiter: CSVDelimiter = .comma) throws -> [String] {
            let reader = try CSVReader(
                bytes: bytes, name: writer.rawValue, options: CSVReadOptions(delimiter: delimiter))
            var fields: [String] = []
            while let row = try reader.next() { fields += row.strings() }
            return fields
        }
        switch writer {
        case .resultsCSV: return try parse(ResultsCSVWriter().encode(book))
        case .resultsExcel: return try parse(ResultsCSVWriter(format: .excel).encode(book), delimiter: .semicolon)
        case .classroomRoster: return try parse(ClassroomRosterWriter().encode(book).bytes)
        case .oneRoster, .schoolDataSync2, .schoolDataSync1:
            let temporary = try TemporaryFolder(prefix: "gradeport-interchange")
            let folder = temporary.file("out")
            let destination = try FileSetDestination(path: folder)
            switch writer {
            case .oneRoster:
                try OneRosterWriter(options: .init(referenceDate: "2026-01-15")).write(book, to: destination)
            case .schoolDataSync1:
                try SchoolDataSyncWriter(options: .init(version: .v1, referenceDate: "2026-01-15")).write(
                    book, to: destination)
            default:
                try SchoolDataSyncWriter(options: .init(referenceDate: "2026-01-15")).write(book, to: destination)
            }
            return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().flatMap {
                try parse(Array(Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))))
            }
        }
    }

    /// Whether a cell would start a formula in a spreadsheet (a negative number is data).
    static func startsAFormula(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return field.wholeMatch(of: /-\d+([.,]\d+)?/) == nil
    }

    @Test(arguments: Writer.allCases, EdgeBooks.triggers)
    func aLeadingTriggerIsGuarded(writer: Writer, trigger: String) throws {
        let fields = try Self.fields(writer, EdgeBooks.named(trigger))
        #expect(!fields.contains(where: Self.startsAFormula), "\(fields.filter(Self.startsAFormula))")
        // The name is there, guarded (or, where the format allows no carriage return or line break in a
        // field, with it replaced by a line feed or a space, which start nothing).
        let expected: String
        switch (trigger, writer) {
        case ("\r", .oneRoster): expected = "\n1+1"
        case ("\r", .schoolDataSync1), ("\r", .schoolDataSync2): expected = " 1+1"
        default: expected = "'" + trigger + "1+1"
        }
        #expect(fields.contains { $0.hasPrefix(expected) }, "\(writer): \(expected.debugDescription) not in \(fields)")
    }

    @Test(arguments: Writer.allCases)
    func aNegativeNumberIsDataButAFormulaBehindAMinusIsNot(writer: Writer) throws {
        var builder = GradebookBuilder()
        builder.beginSource(file: "x.csv", platform: "test", export: "test")
        builder.add(SchoolClass(id: "c", name: "7А", grade: 7))
        builder.add(Person(id: "a", familyName: "-5", email: "a@school.kz"))
        builder.add(Person(id: "b", familyName: "-2+3+cmd|' /C calc'!A0", email: "b@school.kz"))
        builder.add(Enrollment(person: "a", class: "c"))
        builder.add(Enrollment(person: "b", class: "c"))
        builder.add(Assessment(id: "x", title: "СОР 1", kind: .sectionSummative, maxScore: 10, class: "c"))
        for person: Person.ID in ["a", "b"] {
            builder.add(
                AssessmentResult(
                    person: person, assessment: "x", status: .graded, score: 5, raw: "5",
                    source: builder.reference(line: 2)))
        }
        let fields = try Self.fields(writer, builder.build())
        #expect(fields.contains("'-2+3+cmd|' /C calc'!A0"))
        #expect(fields.contains("-5") && !fields.contains("'-5"))
        #expect(!fields.contains(where: Self.startsAFormula))
    }
}
