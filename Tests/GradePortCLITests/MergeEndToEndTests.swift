import Foundation
import GradePortTesting
import Testing

/// `gradeport convert` on the merge sample: one class, 7А, exported by Kundelik, OnlineMektep and
/// BilimClass (Samples/Merge/README.md lists the cases).
@Suite struct MergeEndToEndTests {
    static let fixtures = Fixtures(testFile: #filePath)
    static let kundelik = "Samples/Merge/kundelik-7A-dump.json"
    static let onlineMektep = "Samples/Merge/7А Математика 2-тоқсан.csv"
    static let bilimClass = "Samples/Merge/bilimclass-7A-nurlanov.json"
    static let inputs = [kundelik, onlineMektep, bilimClass]

    static func convert(_ arguments: [String]) throws -> (run: GradePortProcess.Run, json: [String: Any]) {
        let run = try GradePortProcess.run(["convert"] + arguments, in: fixtures.packageRoot)
        let json = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any] ?? [:]
        return (run, json)
    }

    static func records(_ json: [String: Any], _ key: String) -> [[String: Any]] {
        json[key] as? [[String: Any]] ?? []
    }

    /// The score kept for a person (by surname and given name) in an assessment (by title).
    static func score(_ json: [String: Any], family: String, given: String, assessment title: String) -> String? {
        let person =
            records(json, "people").first {
                $0["familyName"] as? String == family && $0["givenName"] as? String == given
            }?["id"] as? String
        let assessment = records(json, "assessments").first { $0["title"] as? String == title }?["id"] as? String
        return records(json, "results").first {
            $0["person"] as? String == person && $0["assessment"] as? String == assessment
        }.flatMap { ($0["score"] as? NSNumber).map { "\($0)" } }
    }

    @Test func mergedClassMatchesTheGoldenFile() throws {
        let (run, _) = try Self.convert(Self.inputs + ["--to", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let golden = Self.fixtures.golden("GradePortCLITests/Golden/merge-7A.json")
        let differences = golden.differences(from: run.standardOutput)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func oneRowPerChild() throws {
        let (run, json) = try Self.convert(Self.inputs)
        let people = Self.records(json, "people")
        // 12 on Kundelik, 11 on OnlineMektep, 1 on BilimClass; 10 matched by name (Нұрланов twice),
        // the two Оспанова Әсем of Kundelik and OnlineMektep's one are kept apart.
        #expect(people.count == 14)
        #expect(Self.records(json, "classes").count == 1)
        #expect(Self.records(json, "subjects").count == 1)
        let merge = try #require(json["merge"] as? [String: Any])
        let matched = (merge["people"] as? [String: Any])?["matchedBy"] as? [String: Any]
        #expect(matched?["name"] as? Int == 10)
        #expect((merge["people"] as? [String: Any])?["ambiguous"] as? Int == 1)
        #expect(run.standardError.contains("gradeport: merged 3 inputs: 24 people records → 14 people"))
        #expect(run.standardError.contains("[ambiguous-person-match]"))
        #expect(run.standardError.contains("[conflicting-results]"))
        // Every child has one quarter mark.
        let quarter = Self.records(json, "assessments").filter { $0["kind"] as? String == "final" }
        #expect(quarter.count == 1)
        let marks = Self.records(json, "results").filter {
            $0["assessment"] as? String == quarter.first?["id"] as? String
        }
        #expect(Set(marks.compactMap { $0["person"] as? String }).count == marks.count)
        #expect(marks.count == 14)
    }

    @Test func preferLastKeepsTheLaterInputInEitherOrder() throws {
        let (_, forward) = try Self.convert(Self.inputs)
        #expect(Self.score(forward, family: "Иванова", given: "Мария", assessment: "СОР 2. Проценты") == "13")
        let (_, backward) = try Self.convert([Self.onlineMektep, Self.kundelik])
        #expect(Self.score(backward, family: "Иванова", given: "Мария", assessment: "БЖБ 2") == "12")
    }

    @Test func preferAPlatform() throws {
        let (run, json) = try Self.convert(Self.inputs + ["--prefer", "kundelik"])
        #expect(run.status == 0)
        #expect(Self.score(json, family: "Иванова", given: "Мария", assessment: "СОР 2. Проценты") == "12")
        #expect(run.standardError.contains("12/15 is kept (--prefer kundelik)"))
        #expect((json["merge"] as? [String: Any])?["preference"] as? String == "kundelik")
    }

    @Test func preferAnUnknownPlatformIsAUsageError() throws {
        let run = try GradePortProcess.run(
            ["convert", Self.kundelik, "--prefer", "sfera"], in: Self.fixtures.packageRoot)
        #expect(run.status == 2)
        #expect(run.standardError.contains("--prefer"))
    }

    /// With `--profile`, the profile's id is a platform `--prefer` may name.
    @Test func preferTheProfilesPlatform() throws {
        let table = "Samples/Journal/7Б алгебра 3 ч.csv"
        let profile = "Samples/Journal/school-42-profile.yaml"
        let root = Self.fixtures.packageRoot
        let accepted = try GradePortProcess.run(
            [
                "convert", table, "--profile", profile, "--prefer", "school-42", "-o",
                GradePortProcess.temporaryFolder() + "/a.json",
            ],
            in: root)
        #expect(accepted.status == 0, "\(accepted.standardError)")
        let refused = try GradePortProcess.run(
            ["convert", table, "--profile", profile, "--prefer", "school-43"], in: root)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("school-42"))
    }

    @Test func oneInputHasNoMergeSummary() throws {
        let (run, json) = try Self.convert([Self.kundelik])
        #expect(json["merge"] == nil)
        #expect(!run.standardError.contains("merged"))
    }
}
