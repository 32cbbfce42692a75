import Foundation
import GradePortCore
import GradePortTesting
import JournalProfiles

/// The journal samples, tables written in a test, and how tests read them.
enum JournalSamples {
    /// Paths under `Samples/` and the package root.
    static let fixtures = Fixtures(testFile: #filePath)

    /// Every sample the generic `journal` profile reads, with a golden file each.
    static let generic = [
        "7А Математика 2 четверть.csv", "8Ә Қазақ тілі 1-тоқсан 2025-2026.csv", "5Б Русский язык 1 четверть.csv",
        "9В Физика группы.csv", "10А журнал 2 четверть.xlsx",
    ]

    /// The sample that needs the school's own profile.
    static let school = "7Б алгебра 3 ч.csv"

    /// The path of a sample in `Samples/Journal/`.
    static func path(_ name: String) -> String { fixtures.sample("Journal/" + name) }

    /// Reads a sample with a platform.
    static func read(
        _ name: String, with platform: any LearningPlatform = BuiltInProfiles.journalPlatform
    ) throws
        -> Gradebook
    {
        try fixtures.read(path(name), with: platform)
    }

    /// The golden file of a sample.
    static func golden(_ name: String) -> GoldenFile {
        let base = (name as NSString).deletingPathExtension.replacingOccurrences(of: " ", with: "-")
        return fixtures.golden("JournalProfilesTests/Golden/\(base).json")
    }

    /// Reads a table text with a profile given as YAML.
    static func read(
        _ text: String, profile yaml: String, named name: String = "7А Математика.csv"
    ) throws
        -> Gradebook
    {
        let profile = try JournalProfile(yaml: yaml, name: "test.yaml")
        return try TemporaryExport.read(text, named: name, with: ProfilePlatform(profile))
    }

    /// Reads a table text with the generic profile.
    static func readGeneric(_ text: String, named name: String = "7А Математика.csv") throws -> Gradebook {
        try TemporaryExport.read(text, named: name, with: BuiltInProfiles.journalPlatform)
    }
}

extension Gradebook {
    /// The results of the person whose family name is given, by assessment title.
    func results(of familyName: String) -> [String: AssessmentResult] {
        guard let person = people.first(where: { $0.familyName == familyName }) else { return [:] }
        var byTitle: [String: AssessmentResult] = [:]
        for result in results where result.person == person.id {
            if let title = assessments.first(where: { $0.id == result.assessment })?.title { byTitle[title] = result }
        }
        return byTitle
    }

    /// The assessment with a title.
    func assessment(titled title: String) -> Assessment? { assessments.first { $0.title == title } }
}
