import Foundation
import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting
import Testing

/// `studentSubmissions` in the shapes Google's Classroom API reference shows them (issue 17, item 4;
/// issue 15, items 4 and 5): late work never turned in, grades that are not JSON numbers, and a dump
/// that is cut short or has trailing garbage. `docs/formats/google-classroom.md` names the source.
@Suite struct SubmissionShapeTests {
    /// A one-course dump: two students, one graded courseWork due 2025-10-10, and `submissions`.
    static func dump(_ submissions: [String]) -> String {
        """
        {"courses": [{"id": "612345678901234567", "name": "7А Физика", "section": "7А", "courseState": "ACTIVE"}],
         "students": {"students": [
          {"courseId": "612345678901234567", "userId": "104455667788990011201",
           "profile": {"id": "104455667788990011201", "name": {"givenName": "Аружан", "familyName": "Серікқызы",
            "fullName": "Аружан Серікқызы"}, "emailAddress": "aruzhan.serikkyzy@school.example"}},
          {"courseId": "612345678901234567", "userId": "104455667788990011202",
           "profile": {"id": "104455667788990011202", "name": {"givenName": "Ерасыл", "familyName": "Нұрланұлы",
            "fullName": "Ерасыл Нұрланұлы"}, "emailAddress": "yerassyl.nurlanuly@school.example"}}]},
         "courseWork": [{"courseId": "612345678901234567", "id": "701234567890", "title": "СОР 1. Кинематика",
          "state": "PUBLISHED", "maxPoints": 20, "workType": "ASSIGNMENT",
          "dueDate": {"year": 2025, "month": 10, "day": 10}, "dueTime": {"hours": 18, "minutes": 59}}],
         "studentSubmissions": {"studentSubmissions": [
        \(submissions.joined(separator: ",\n"))
         ]}}
        """
    }

    /// A submission by student 1 or 2 with the given members (JSON text after `"userId"`).
    static func submission(_ student: Int, _ members: String) -> String {
        """
          {"courseId": "612345678901234567", "courseWorkId": "701234567890", "id": "Cg4I\(student)",
           "userId": "10445566778899001120\(student)", "creationTime": "2025-09-30T08:00:00.000Z",
           "courseWorkType": "ASSIGNMENT", \(members)}
        """
    }

    static func read(_ text: String) throws -> Gradebook {
        try TemporaryExport.read(text, named: "classroom-dump.json", with: GoogleClassroomPlatform())
    }

    @Test func lateWorkNeverTurnedInIsMissing() throws {
        let book = try Self.read(
            Self.dump([
                Self.submission(1, #""state": "CREATED", "late": true"#),
                Self.submission(2, #""state": "NEW", "late": false"#),
            ]))
        // "Missing" in Classroom's UI and its CSV; not a 0, not a silent gap.
        let missing = try #require(book.result(email: "aruzhan.serikkyzy@school.example", title: "СОР 1"))
        #expect(missing.status == .missing && missing.score == nil && missing.raw == "CREATED" && missing.late == true)
        // Work not yet late and not turned in is no result, counted in one note.
        #expect(book.result(email: "yerassyl.nurlanuly@school.example", title: "СОР 1") == nil)
        #expect(
            book.diagnostics.contains {
                $0.severity == .info && $0.message.hasPrefix("1 submission(s) neither graded, turned in nor late")
            })
    }

    @Test func reclaimedLateWorkIsMissingToo() throws {
        let book = try Self.read(Self.dump([Self.submission(1, #""state": "RECLAIMED_BY_STUDENT", "late": true"#)]))
        #expect(book.results.map(\.status) == [.missing])
    }

    @Test func gradesThatAreNotJSONNumbersAreErrors() throws {
        let book = try Self.read(
            Self.dump([
                Self.submission(1, #""state": "RETURNED", "assignedGrade": "18", "draftGrade": 18"#),
                Self.submission(2, #""state": "TURNED_IN", "draftGrade": true"#),
            ]))
        #expect(book.results.isEmpty)
        #expect(book.located(.invalidScore) == ["error invalid-score 13:3", "error invalid-score 16:3"])
        let messages = book.diagnostics.filter { $0.code == .invalidScore }.map(\.message)
        #expect(
            messages == [
                "submission Cg4I1 ('СОР 1. Кинематика'): assignedGrade is the string \"18\", not a JSON number; the "
                    + "result is not read",
                "submission Cg4I2 ('СОР 1. Кинематика'): draftGrade is true, not a JSON number; the result is not read",
            ])
    }

    @Test func anObjectGradeIsAnError() throws {
        let book = try Self.read(
            Self.dump([Self.submission(1, #""state": "RETURNED", "assignedGrade": {"points": 18}"#)]))
        #expect(book.results.isEmpty)
        #expect(book.diagnostics.contains { $0.message.contains("assignedGrade is an object, not a JSON number") })
    }

    @Test func aDumpCutShortKeepsWhatPrecedesTheDamage() throws {
        let whole = Self.dump([
            Self.submission(1, #""state": "RETURNED", "assignedGrade": 18"#),
            Self.submission(2, #""state": "RETURNED", "assignedGrade": 15"#),
        ])
        // Cut inside the second submission.
        let cut = String(whole[..<whole.range(of: "\"assignedGrade\": 15")!.lowerBound])
        let book = try Self.read(cut)
        #expect(book.results.map(\.score) == [18])
        #expect(book.people.count == 2)
        let error = try #require(book.diagnostics.first { $0.severity == .error })
        #expect(error.message.hasSuffix("; rows before this point were kept"))
    }

    @Test func trailingGarbageKeepsEveryRecord() throws {
        let whole = Self.dump([
            Self.submission(1, #""state": "RETURNED", "assignedGrade": 18"#),
            Self.submission(2, #""state": "RETURNED", "assignedGrade": 15"#),
        ])
        let book = try Self.read(whole + "\n<html>proxy error</html>\n")
        #expect(book.results.map(\.score) == [18, 15])
        let error = try #require(book.diagnostics.first { $0.severity == .error })
        #expect(error.message.hasSuffix("; rows before this point were kept"))
    }
}

/// Courses and coursework in the shapes of Google's reference (issue 17, item 9).
@Suite struct CourseShapeTests {
    @Test func coursesThatDifferOnlyBySectionAreTwoClasses() throws {
        let book = try SubmissionShapeTests.read(
            """
            {"courses": [
              {"id": "1", "name": "7А Физика", "section": "Cohort 1"},
              {"id": "2", "name": "7А Физика", "section": "Cohort 2"},
              {"id": "3", "name": "8Б Химия", "section": "Period 2"}],
             "students": [], "courseWork": []}
            """)
        #expect(book.classes.map(\.name) == ["7А Cohort 1", "7А Cohort 2", "8Б"])
        #expect(book.classes.map(\.grade) == [7, 7, 8])
    }

    @Test func undatedWorkIsDatedByItsCreationTime() throws {
        let book = try SubmissionShapeTests.read(
            """
            {"courses": [{"id": "1", "name": "7А Физика", "section": "7А"}], "students": [],
             "courseWork": [{"courseId": "1", "id": "9", "title": "Прочитать параграф 12", "state": "PUBLISHED",
               "creationTime": "2024-10-01T06:12:44.123Z", "workType": "ASSIGNMENT"}]}
            """)
        #expect(book.assessments.map(\.date) == ["2024-10-01"])
        #expect(
            book.diagnostics.contains { $0.message.hasSuffix("has no due date; dated 2024-10-01, its creationTime") })
    }
}
