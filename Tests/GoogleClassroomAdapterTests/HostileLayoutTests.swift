import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting
import Testing

/// Grades exports shaped by copy-paste and by very wide classes (issue 15, item 8).
@Suite struct HostileLayoutTests {
    /// The header row pasted again among the pupils is skipped with a warning, never a pupil called
    /// "Last Name".
    @Test func headerRepeatedMidFileIsNotAPupil() throws {
        let header = "Last Name,First Name,Email Address,СОР 1 (20)\n"
        let text =
            header + "Ахметов,Нұрлан,n.akhmetov@school.example,18\n" + header
            + "Иванова,Мария,m.ivanova@school.example,15\n"
        let book = try TemporaryExport.read(text, named: "7А Физика.csv", with: GoogleClassroomPlatform())
        #expect(book.people.map(\.familyName) == ["Ахметов", "Иванова"])
        #expect(book.results.map(\.score) == [18, 15])
        #expect(
            book.diagnostics(.skippedRow).map { "\($0.line ?? 0) \($0.severity): \($0.message)" } == [
                "3 warning: the header row again (rows pasted with their header?): skipped, not read as a student"
            ])
    }

    /// A header longer than the 64 KiB that sniffing used to read (thousands of assignments) is
    /// recognised, and every assignment read.
    @Test func headerLongerThan64KiBIsRecognised() throws {
        let assignments = (1...3000).map { "Assignment number \($0) (10)" }
        let text =
            "Last Name,First Name,Email Address," + assignments.joined(separator: ",") + "\n"
            + "Ахметов,Нұрлан,n.akhmetov@school.example," + Array(repeating: "7", count: 3000).joined(separator: ",")
            + "\n"
        #expect(text.prefix { $0 != "\n" }.utf8.count > 64 * 1024)
        let folder = try TemporaryFolder(prefix: "gradeport-wide")
        let path = try folder.write("7А wide.csv", Array(text.utf8))
        let file = try ExportFile(path: path)
        let detection = try #require(GoogleClassroomPlatform().sniff(file))
        #expect(detection.export.rawValue == "grades-csv")
        #expect(detection.confidence >= .high)
        let book = try TemporaryExport.read(text, named: "7А wide.csv", with: GoogleClassroomPlatform())
        #expect(book.assessments.count == 3000)
        #expect(book.results.count == 3000)
    }
}
