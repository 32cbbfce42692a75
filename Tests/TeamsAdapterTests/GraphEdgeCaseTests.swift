import Foundation
import GradePortCore
import GradePortTesting
import TeamsAdapter
import Testing

/// Graph dumps written in the test: dangling references, several classes, missing pages.
@Suite struct GraphEdgeCaseTests {
    /// Writes `text` to a temporary `.json` file and reads it with the Teams adapter.
    func read(_ text: String, name: String = "dump.json") throws -> Gradebook {
        try TemporaryExport.read(text, named: name, with: TeamsPlatform())
    }

    @Test func submissionsForUnknownMembersAndAssignmentsAreDangling() throws {
        let book = try read(
            """
            {"class": {"id": "c1", "displayName": "8Б Химия"},
             "members": [{"id": "u1", "mail": "a@school.kz", "primaryRole": "student"}],
             "assignments": [{"id": "a1", "displayName": "СОР 1", "status": "assigned", "grading": {"maxPoints": 10}}],
             "submissions": [
              {"id": "s1", "assignmentId": "a1", "status": "returned", "recipient": {"userId": "u1"},
               "outcomes": [{"@odata.type": "#microsoft.graph.educationPointsOutcome",
                             "points": {"points": 9}, "publishedPoints": {"points": 9}}]},
              {"id": "s2", "assignmentId": "a1", "status": "submitted", "recipient": {"userId": "u404"}},
              {"id": "s3", "assignmentId": "a404", "status": "submitted", "recipient": {"userId": "u1"}}
             ]}
            """)
        let dangling = book.diagnostics(.danglingReference)
        #expect(dangling.map(\.line) == [8, 9])
        #expect(dangling.allSatisfy { $0.severity == .error })
        #expect(dangling[0].message.contains("u404"))
        #expect(dangling[1].message.contains("a404"))
        #expect(book.results.count == 1)
        #expect(book.classes.map(\.name) == ["8Б"])
        #expect(book.subjects.map(\.name) == ["Химия"])
    }

    @Test func severalClassesLeaveMembersUnenrolled() throws {
        let book = try read(
            """
            {"classes": {"value": [{"id": "c1", "displayName": "7А Физика"}, {"id": "c2", "displayName": "7А Алгебра"}]},
             "members": {"value": [{"id": "u1", "userPrincipalName": "A.B@school.kz", "primaryRole": "student"}]},
             "assignments": {"value": [
               {"id": "a1", "classId": "c2", "displayName": "СОЧ", "grading": {"maxPoints": 20}},
               {"id": "a2", "classId": "c9", "displayName": "ФО 3", "grading": null}]}}
            """)
        #expect(book.classes.map(\.id) == ["teams:class:7А"])
        #expect(book.subjects.map(\.name) == ["Физика", "Алгебра"])
        #expect(book.enrollments.isEmpty)
        #expect(book.people.map(\.id) == ["teams:a.b@school.kz"])
        let soch = try #require(book.assessments.first { $0.id == "teams:assignment:a1" })
        #expect(soch.subject == "teams:subject:Алгебра")
        #expect(soch.kind == .termSummative)
        let formative = try #require(book.assessments.first { $0.id == "teams:assignment:a2" })
        #expect(formative.class == nil)
        #expect(formative.maxScore == nil)
        #expect(book.diagnostics(.danglingReference).count == 1)
    }

    @Test func aNextLinkWithoutTheNextPageIsAWarning() throws {
        let book = try read(
            """
            {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
             "members": {"value": [{"id": "u1", "mail": "a@school.kz"}],
                         "@odata.nextLink": "https://graph.microsoft.com/v1.0/education/classes/c1/members?$skiptoken=x"}}
            """)
        #expect(book.diagnostics.contains { $0.severity == .warning && $0.message.contains("nextLink") })
    }
}
