import Foundation
import GradePortTesting
import Testing

/// `gradeport convert` run as a user would, on files written from the format descriptions in the
/// reference notes (not by the adapters' authors), on the samples, and on the bad samples.
@Suite struct ConvertEndToEndTests {
    static let fixtures = Fixtures(testFile: #filePath)
    static let examples = fixtures.packageRoot + "/Tests/GradePortCLITests/ReferenceExamples/"

    /// One result of the JSON output, reduced to what the assertions compare.
    struct Row: Hashable, CustomStringConvertible {
        var person: String
        var assessment: String
        var status: String
        var score: String?
        var max: String?
        var comment: String?
        var description: String {
            "\(person) \(assessment) \(status) \(score ?? "-")/\(max ?? "-") \(comment ?? "")"
        }
    }

    static func convert(_ arguments: [String]) throws -> (run: GradePortProcess.Run, json: [String: Any]) {
        let run = try GradePortProcess.run(["convert"] + arguments)
        let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any] ?? [:]
        return (run, json)
    }

    static func rows(_ json: [String: Any]) -> [Row] {
        let results = json["results"] as? [[String: Any]] ?? []
        return results.map { result in
            func text(_ key: String) -> String? {
                (result[key] as? NSNumber).map { "\($0)" } ?? result[key] as? String
            }
            let id = result["assessment"] as? String ?? ""
            let title = (json["assessments"] as? [[String: Any]] ?? []).first { $0["id"] as? String == id }?["title"]
            return Row(
                person: result["person"] as? String ?? "", assessment: title as? String ?? id,
                status: result["status"] as? String ?? "", score: text("score"), max: text("maxScore"),
                comment: result["comment"] as? String)
        }
    }

    @Test func classroomGradesCSVFromTheReferenceNotes() throws {
        let (run, json) = try Self.convert([Self.examples + "classroom-grades.csv"])
        #expect(run.status == 0)
        let rows = Set(Self.rows(json))
        let avery = "google-classroom:avery.chen@school.example"
        let maria = "google-classroom:maria.ivanova@school.example"
        let john = "google-classroom:john.smith2@school.example"
        #expect(
            rows == [
                Row(person: avery, assessment: "Overall", status: "graded", score: "87.5", max: "100"),
                Row(person: avery, assessment: "Essay 1", status: "graded", score: "92", max: "100"),
                Row(person: avery, assessment: "Quiz: Forces", status: "graded", score: "18", max: "20"),
                Row(person: maria, assessment: "Overall", status: "graded", score: "71.25", max: "100"),
                Row(person: maria, assessment: "Quiz: Forces", status: "graded", score: "0", max: "20"),
                Row(person: maria, assessment: "Lab 2", status: "graded", score: "40", max: "50"),
                Row(person: john, assessment: "Overall", status: "excused", score: nil, max: "100"),
                Row(person: john, assessment: "Essay 1", status: "graded", score: "95", max: "100"),
                Row(person: john, assessment: "Quiz: Forces", status: "missing", score: nil, max: "20"),
                Row(person: john, assessment: "Lab 2", status: "graded", score: "47.5", max: "50"),
            ])
        let dates = (json["assessments"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        #expect(dates == ["2024-09-12", "2024-09-19"])
    }

    @Test func teamsGradesCSVFromTheReferenceNotes() throws {
        let (run, json) = try Self.convert([Self.examples + "teams-grades.csv"])
        #expect(run.status == 0)
        #expect(
            Set(Self.rows(json)) == [
                Row(
                    person: "teams:avery.chen@school.example", assessment: "Essay 1", status: "graded", score: "92",
                    comment: "Great structure, cite sources"),
                Row(
                    person: "teams:avery.chen@school.example", assessment: "Quiz: Forces", status: "graded", score: "18"
                ),
                Row(
                    person: "teams:maria.ivanova@school.example", assessment: "Quiz: Forces", status: "graded",
                    score: "0", comment: "Missing work"),
            ])
    }

    @Test func classroomAPIDumpFromTheReferenceNotes() throws {
        let (run, json) = try Self.convert([Self.examples + "classroom-api-dump.json"])
        #expect(run.status == 0)
        #expect(run.standardError.contains("draft grade 0 not yet returned"))
        let results = json["results"] as? [[String: Any]] ?? []
        #expect(results.count == 2)
        #expect(results.first?["score"] as? Int == 18)
        #expect(results.last?["draft"] as? Bool == true)
        let people = json["people"] as? [[String: Any]] ?? []
        #expect(people.compactMap { $0["id"] as? String }.contains("google-classroom:user:109988776655443322110"))
        let classes = json["classes"] as? [[String: Any]] ?? []
        #expect(classes.first?["name"] as? String == "7B")
        #expect(classes.first?["grade"] as? Int == 7)
    }

    @Test func graphDumpFromTheReferenceNotes() throws {
        let (run, json) = try Self.convert([Self.examples + "graph-dump.json"])
        #expect(run.status == 0)
        #expect(
            Self.rows(json) == [
                Row(
                    person: "teams:avery.chen@school.example", assessment: "Quiz: Forces", status: "graded",
                    score: "18",
                    max: "20", comment: "Good work")
            ])
        let people = json["people"] as? [[String: Any]] ?? []
        #expect(people.first?["email"] as? String == "avery.chen@school.example")
    }

    @Test func severalInputsMakeOneGradebookInOrder() throws {
        let (run, json) = try Self.convert([
            Self.examples + "classroom-grades.csv", Self.examples + "graph-dump.json", "--to", "json",
        ])
        #expect(run.status == 0)
        let sources = json["sources"] as? [[String: Any]] ?? []
        #expect(sources.compactMap { $0["platform"] as? String } == ["google-classroom", "teams"])
        #expect(sources.compactMap { $0["rows"] as? Int } == [3, 4])
        #expect((json["results"] as? [Any])?.count == 11)
    }

    @Test func jsonIsByteIdenticalAcrossRuns() throws {
        let first = try GradePortProcess.run(["convert", Self.examples + "classroom-grades.csv"])
        let second = try GradePortProcess.run(["convert", Self.examples + "classroom-grades.csv"])
        #expect(first.standardOutput == second.standardOutput)
        #expect(!first.standardOutput.isEmpty)
    }

    @Test(arguments: [
        (
            "GoogleClassroom/bad/negative-score.csv", 1,
            "negative-score.csv:4:5: error: negative score -3 rejected [negative-score]"
        ),
        (
            "GoogleClassroom/bad/duplicate-student.csv", 1,
            "duplicate-student.csv:6:3: error: Maria.Ivanova@school.example already appears on line 4"
        ),
        ("GoogleClassroom/bad/truncated.csv", 1, "truncated.csv:11:2: error: a quoted field opened here is not closed"),
        (
            "GoogleClassroom/bad/unknown-word.csv", 1,
            "unknown-word.csv:4:6: error: 'СОЧ (25)': \"пересдача\" is not a score"
        ),
        (
            "GoogleClassroom/bad/score-over-max.csv", 0,
            "score-over-max.csv:3:4: warning: score 22 is above the maximum 20; kept as written"
        ),
        ("GoogleClassroom/bad/empty.csv", 3, "empty.csv: error: the file is empty [empty-input]"),
        ("Teams/bad/malformed-dump.json", 1, "malformed-dump.json:59:3: error: unexpected end of input"),
        (
            "Teams/bad/truncated-feedback.csv", 1,
            "truncated-feedback.csv:4:5: error: a quoted field opened here is not closed"
        ),
        ("Teams/bad/negative-score.csv", 1, "negative-score.csv:4:4: error: negative score -3 rejected"),
    ])
    func badInputsExitWithTheirStatusAndSayWhere(sample: String, status: Int32, message: String) throws {
        let run = try GradePortProcess.run(["convert", Self.fixtures.sample(sample), "-o", "-"])
        #expect(run.status == status)
        #expect(run.standardError.contains(message), "\(run.standardError)")
    }

    @Test func everySampleConvertsToCSVWithARowPerResult() throws {
        for sample in Self.fixtures.samples(in: "GoogleClassroom") + Self.fixtures.samples(in: "Teams") {
            let json = try Self.convert([sample]).json
            let csv = try GradePortProcess.run(["convert", sample, "--to", "csv"])
            #expect(csv.status == 0, "\(sample): \(csv.standardError)")
            let lines = csv.standardOutput.split(separator: "\n").count
            let results = (json["results"] as? [Any])?.count ?? -1
            // Multi-line comments add lines, so at least one line per result plus the header.
            #expect(lines >= results + 1, "\(sample)")
            #expect(results > 0, "\(sample)")
        }
    }
}
