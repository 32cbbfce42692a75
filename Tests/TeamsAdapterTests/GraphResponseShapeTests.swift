import Foundation
import GradePortCore
import GradePortTesting
import TeamsAdapter
import Testing

/// Graph responses in the shapes Microsoft's v1.0 reference shows them (issue 17, items 3 and 6;
/// issue 15, item 5): submissions listed per assignment carry no `assignmentId`; `middleName` may be
/// `" "`; a dump may be cut short. `docs/formats/teams.md` names the source of each shape.
@Suite struct GraphResponseShapeTests {
    static let classJSON = #"{"id": "c1", "displayName": "8Б Химия"}"#
    static let members = #"""
        {"value": [
          {"id": "u1", "mail": "a.serikkyzy@school.kz", "primaryRole": "student", "givenName": "Аружан",
           "surname": "Серікқызы", "middleName": " "},
          {"id": "u2", "mail": "e.nurlanuly@school.kz", "primaryRole": "student", "givenName": "Ерасыл",
           "surname": "Нұрланұлы", "middleName": null}]}
        """#
    static let assignments = #"""
        {"value": [
          {"id": "a1", "displayName": "СОР 1", "status": "assigned", "grading": {"@odata.type":
           "#microsoft.graph.educationAssignmentPointsGradeType", "maxPoints": 20}},
          {"id": "a2", "displayName": "СОР 2", "status": "assigned", "grading": {"maxPoints": 15}}]}
        """#

    /// `GET /education/classes/c1/assignments/{id}/submissions?$expand=outcomes`, as Microsoft's example
    /// writes it: no `assignmentId` in the records.
    static func submissions(assignment: String?, points: [(user: String, points: Int)]) -> String {
        let context =
            assignment.map {
                #""@odata.context": "https://graph.microsoft.com/v1.0/$metadata#education/classes('c1')/assignments('\#($0)')/submissions(outcomes())", "#
            } ?? ""
        let records = points.enumerated().map { index, entry in
            #"""
            {"status": "returned", "id": "s\#(index)-\#(entry.user)", "submittedDateTime": "2025-11-14T12:00:00Z",
             "recipient": {"@odata.type": "#microsoft.graph.educationSubmissionIndividualRecipient", "userId": "\#(entry.user)"},
             "outcomes": [{"@odata.type": "#microsoft.graph.educationPointsOutcome",
               "points": {"points": \#(entry.points)}, "publishedPoints": {"points": \#(entry.points)}}]}
            """#
        }
        return "{\(context)\"value\": [\n" + records.joined(separator: ",\n") + "\n]}"
    }

    /// Writes a folder dump with `files` and reads it with the Teams adapter.
    static func readFolder(_ files: [String: String]) throws -> Gradebook {
        let temporary = try TemporaryFolder(prefix: "gradeport-graph")
        let folder = temporary.file("graph-dump")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let all = ["class.json": classJSON, "members.json": members, "assignments.json": assignments].merging(files) {
            $1
        }
        for (name, text) in all {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        return try withExtendedLifetime(temporary) { try Fixtures().read(folder, with: TeamsPlatform()) }
    }

    @Test func theAssignmentComesFromTheResponsesODataContext() throws {
        let book = try Self.readFolder([
            "submissions.json": Self.submissions(assignment: "a1", points: [("u1", 18), ("u2", 12)]),
            "submissions-2.json": Self.submissions(assignment: "a2", points: [("u1", 14)]),
        ])
        #expect(book.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(
            book.results.map { "\($0.assessment) \($0.person) \($0.score!)" } == [
                "teams:assignment:a1 teams:a.serikkyzy@school.kz 18",
                "teams:assignment:a1 teams:e.nurlanuly@school.kz 12",
                "teams:assignment:a2 teams:a.serikkyzy@school.kz 14",
            ])
        #expect(
            book.diagnostics.contains {
                $0.message
                    == "3 submission(s) without assignmentId: the assignment taken from the response's @odata.context"
            })
    }

    @Test func theAssignmentComesFromTheFileName() throws {
        let book = try Self.readFolder([
            "submissions-a1.json": Self.submissions(assignment: nil, points: [("u1", 18)]),
            "submissions-a2-2.json": Self.submissions(assignment: nil, points: [("u2", 11)]),
        ])
        #expect(book.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(book.results.map(\.assessment) == ["teams:assignment:a1", "teams:assignment:a2"])
        #expect(book.diagnostics.contains { $0.message.hasSuffix("the assignment taken from the file's name") })
    }

    @Test func theAssignmentComesFromItsFolder() throws {
        // Each assignment's response saved in its own folder, as `…/assignments/{id}/submissions` is asked.
        let book = try Self.readFolder([
            "assignments/a1/submissions.json": Self.submissions(assignment: nil, points: [("u1", 18), ("u2", 12)]),
            "a2/submissions.json": Self.submissions(assignment: nil, points: [("u2", 11)]),
        ])
        #expect(book.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(
            book.results.map { "\($0.assessment) \($0.score!)" } == [
                "teams:assignment:a2 11", "teams:assignment:a1 18", "teams:assignment:a1 12",
            ])
        #expect(book.diagnostics.contains { $0.message.hasSuffix("the assignment taken from its folder's name") })
        #expect(book.sources.first?.rows == 1 + 2 + 2 + 3)
    }

    @Test func withoutAnyHintTheSubmissionIsRejectedWithAWayOut() throws {
        let book = try Self.readFolder([
            "submissions.json": Self.submissions(assignment: nil, points: [("u1", 18)]),
            "submissions-zz9.json": Self.submissions(assignment: nil, points: [("u2", 11)]),
        ])
        #expect(book.results.isEmpty)
        let errors = book.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors.count == 2)
        #expect(errors[0].hasPrefix("submission s0-u1 names no assignmentId: keep the response's @odata.context"))
        #expect(
            errors[1].hasPrefix(
                "submission s0-u2 names no assignmentId (nor does the file's name ('zz9') name an assignment of the dump)"
            ))
    }

    @Test func aBlankMiddleNameIsNoPatronymic() throws {
        let book = try Self.readFolder([:])
        let aruzhan = try #require(book.people.first { $0.givenName == "Аружан" })
        #expect(aruzhan.patronymic == nil)
        #expect(aruzhan.fullName == "Серікқызы Аружан")
    }

    @Test func aSingleFileDumpCutShortKeepsWhatPrecedesTheDamage() throws {
        let whole = """
            {"class": \(Self.classJSON), "members": \(Self.members), "assignments": \(Self.assignments),
             "submissions": {"value": [
              {"id": "s1", "assignmentId": "a1", "status": "returned", "recipient": {"userId": "u1"},
               "outcomes": [{"@odata.type": "#microsoft.graph.educationPointsOutcome", "points": {"points": 18}}]},
              {"id": "s2", "assignmentId": "a1", "status": "returned", "recipient": {"userId": "u2"},
               "outcomes": [{"@odata.type": "#microsoft.graph.educationPointsOutcome", "points": {"points": 12}}]}]}}
            """
        let cut = String(whole[..<whole.range(of: "\"id\": \"s2\"")!.lowerBound])
        let book = try TemporaryExport.read(cut, named: "graph-dump.json", with: TeamsPlatform())
        #expect(book.results.map(\.score) == [18])
        let error = try #require(book.diagnostics.first { $0.severity == .error })
        #expect(error.message.hasSuffix("; rows before this point were kept"))
    }
}
