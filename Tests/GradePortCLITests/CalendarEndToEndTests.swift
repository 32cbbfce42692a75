import Foundation
import GradePortTesting
import Testing

/// Issue 11, items 2 and 3 as a user meets them: a Classroom CSV with only due dates gets its
/// quarters from the calendar and its СОР/СОЧ align with Kundelik's; `--calendar FILE`.
@Suite struct CalendarEndToEndTests {
    static let fixtures = Fixtures(testFile: #filePath)

    /// A folder with a Classroom grades CSV of 7А Математика (due dates in 2025-2026 Q2, no grading
    /// period) and the merge sample's Kundelik dump of the same class.
    final class Folder {
        let path = GradePortProcess.temporaryFolder()
        init() throws {
            try """
            Last Name,First Name,Email Address,СОР 1 (20),СОР 2 (15),СОЧ (25)
            ,,,"Nov 14, 2025","Dec 5, 2025","Dec 20, 2025"
            ,,,20,15,25
            Ахметов,Нұрлан,nurlan@school.example,16,12,20
            Иванова,Мария,maria@school.example,17,12,19

            """.write(toFile: path + "/7А Математика.csv", atomically: true, encoding: .utf8)
            try FileManager.default.copyItem(
                atPath: CalendarEndToEndTests.fixtures.packageRoot + "/Samples/Merge/kundelik-7A-dump.json",
                toPath: path + "/kundelik.json")
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func run(_ arguments: [String]) throws -> (GradePortProcess.Run, [String: Any]) {
            let run = try GradePortProcess.run(arguments, in: path)
            let json = try? JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
            return (run, json ?? [:])
        }
    }

    @Test func aClassroomCSVWithDueDatesAlignsWithKundeliksQuarter() throws {
        let folder = try Folder()
        let (run, json) = try folder.run(["convert", "7А Математика.csv", "kundelik.json", "--to", "json", "--verbose"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardError.contains(
                "7А Математика.csv:1:6: info: 'СОЧ' has no term; dated 2025-12-20, it is in 2025-2026/Q2 (2025-11-03 "
                    + "to 2025-12-28, calendar built-in 2025-2026) [term-from-calendar]"))
        let merge = try #require(json["merge"] as? [String: Any])
        #expect((merge["assessments"] as? [String: Any])?["aligned"] as? Int == 3)
        #expect((merge["results"] as? [String: Any])?["agreements"] as? Int == 5)
        #expect((merge["results"] as? [String: Any])?["conflicts"] as? Int == 1)
        #expect(
            run.standardError.contains(
                "warning: 'Иванова Мария' in 'СОЧ': 19/25 from 7А Математика.csv:5:6 and 21/25 from kundelik.json:318:5 "
                    + "differ; 21/25 is kept (--prefer last) [conflicting-results]"))
        #expect(!run.standardError.contains("unscoped-input"))
    }

    @Test func aSchoolsOwnCalendarIsUsedAndABadOneIsAUsageError() throws {
        let folder = try Folder()
        try """
        school-year 2025-2026
        source our school's order (test)
        Q1 2025-09-01 2025-10-31
        Q2 2025-11-10 2025-12-31

        """.write(toFile: folder.path + "/school.cal", atomically: true, encoding: .utf8)
        let (run, json) = try folder.run(["convert", "7А Математика.csv", "--calendar", "school.cal", "--to", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let terms = (json["assessments"] as? [[String: Any]] ?? []).map { $0["term"] as? String }
        // 14 November is in the school's Q2 as well; the school's calendar names itself in the notes.
        #expect(terms == ["2025-2026/Q2", "2025-2026/Q2", "2025-2026/Q2"])
        let notes = (json["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(notes.contains { $0.hasSuffix("(2025-11-10 to 2025-12-31, calendar school.cal)") })

        try "school-year 2025-2026\nQ1 01.09.2025 31.10.2025\n".write(
            toFile: folder.path + "/bad.cal", atomically: true, encoding: .utf8)
        let (bad, _) = try folder.run(["convert", "7А Математика.csv", "--calendar", "bad.cal"])
        #expect(bad.status == 2)
        #expect(
            bad.standardError.contains(
                "--calendar bad.cal:2: quarter Q1 needs two dates YYYY-MM-DD, the start not after the end"))
        let (missing, _) = try folder.run(["convert", "7А Математика.csv", "--calendar", "none.cal"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("--calendar none.cal: cannot be read as a UTF-8 text file"))
    }

    /// A Classroom API dump whose course work has a `gradingPeriodId` but whose course has no
    /// grading-period settings: the period is read as Q2 from the due dates, and its СОР/СОЧ are
    /// Kundelik's.
    static let classroomDump = """
        {
          "courses": [{"id": "c1", "name": "7А Математика", "section": "7А", "courseState": "ACTIVE"}],
          "students": {"students": [
            {"courseId": "c1", "userId": "u1", "profile": {"id": "u1", "name": {"givenName": "Мария", "familyName": "Иванова", "fullName": "Мария Иванова"}, "emailAddress": "maria@school.example"}},
            {"courseId": "c1", "userId": "u2", "profile": {"id": "u2", "name": {"givenName": "Нұрлан", "familyName": "Ахметов", "fullName": "Нұрлан Ахметов"}, "emailAddress": "nurlan@school.example"}}
          ]},
          "courseWork": [
            {"courseId": "c1", "id": "w1", "title": "СОР 1. Дроби", "state": "PUBLISHED", "workType": "ASSIGNMENT", "maxPoints": 20, "dueDate": {"year": 2025, "month": 11, "day": 14}, "gradingPeriodId": "gp-2"},
            {"courseId": "c1", "id": "w2", "title": "СОЧ за 2 четверть", "state": "PUBLISHED", "workType": "ASSIGNMENT", "maxPoints": 25, "dueDate": {"year": 2025, "month": 12, "day": 20}, "gradingPeriodId": "gp-2"}
          ],
          "studentSubmissions": {"studentSubmissions": [
            {"courseId": "c1", "courseWorkId": "w1", "id": "s1", "userId": "u1", "state": "RETURNED", "assignedGrade": 17},
            {"courseId": "c1", "courseWorkId": "w2", "id": "s2", "userId": "u1", "state": "RETURNED", "assignedGrade": 19},
            {"courseId": "c1", "courseWorkId": "w1", "id": "s3", "userId": "u2", "state": "RETURNED", "assignedGrade": 16},
            {"courseId": "c1", "courseWorkId": "w2", "id": "s4", "userId": "u2", "state": "RETURNED", "assignedGrade": 20}
          ]}
        }
        """

    @Test func aClassroomGradingPeriodWithoutSettingsAlignsWithKundeliksQuarter() throws {
        let folder = try Folder()
        try Self.classroomDump.write(toFile: folder.path + "/classroom.json", atomically: true, encoding: .utf8)
        let (run, json) = try folder.run(["convert", "classroom.json", "kundelik.json", "--to", "json", "--verbose"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardError.contains(
                "classroom.json: info: term 'gp-2' is read as 2025-2026/Q2: every dated assessment falls in "
                    + "2025-11-03 to 2025-12-28 (calendar built-in 2025-2026) [term-from-calendar]"))
        let merge = try #require(json["merge"] as? [String: Any])
        #expect((merge["assessments"] as? [String: Any])?["aligned"] as? Int == 2)
        #expect((merge["results"] as? [String: Any])?["agreements"] as? Int == 3)
        #expect((merge["results"] as? [String: Any])?["conflicts"] as? Int == 1)
        #expect(
            run.standardError.contains(
                "'Иванова Мария' in 'СОЧ за 2 четверть': 19/25 from classroom.json:13:5 and 21/25 from "
                    + "kundelik.json:318:5 differ; 21/25 is kept (--prefer last) [conflicting-results]"))
        let terms = (json["terms"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(terms == ["2025-2026/Q1", "2025-2026/Q2"])
    }
}
