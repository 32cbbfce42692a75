import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting
import Testing

/// What the adapter claims, and how sure it is.
@Suite struct SniffingTests {
    static let own: [(String, String)] = [
        ("7A-physics-grades.csv", "grades-csv"), ("7A-physics-grades-excel-cp1251.csv", "grades-csv"),
        ("7A-physics-grades-unicode.txt", "grades-csv"), ("7A-physics-grades-bom.csv", "grades-csv"),
        ("api-dump", "api-dump"), ("7A-api-dump.json", "api-dump"), ("bad/api-dangling.json", "api-dump"),
    ]

    @Test("own samples: high confidence and the right export kind", arguments: own)
    func ownSamples(_ sample: String, _ export: String) throws {
        let detection = try #require(GoogleClassroomPlatform().sniff(try ExportFile(path: SampleBooks.path(sample))))
        #expect(detection.confidence >= .high)
        #expect(detection.export.rawValue == export)
        #expect(detection.platform == "google-classroom")
    }

    @Test("Russian UI labels: medium (inferred labels)")
    func localized() throws {
        let detection = GoogleClassroomPlatform().sniff(try ExportFile(path: SampleBooks.path("bad/russian-ui.csv")))
        #expect(detection?.confidence == .medium)
    }

    @Test("a Teams export (First Name first, Feedback columns) is not claimed with confidence")
    func teams() throws {
        let detection = GoogleClassroomPlatform().sniff(try ExportFile(path: SampleBooks.path("bad/teams-export.csv")))
        #expect((detection?.confidence ?? .none) < .medium)
    }

    @Test(
        "other inputs are not Classroom's",
        arguments: [
            "bad/graph-api.json", "bad/empty.csv", "make_samples.py", "README.md",
        ])
    func others(_ sample: String) throws {
        #expect(GoogleClassroomPlatform().sniff(try ExportFile(path: SampleBooks.path(sample))) == nil)
    }

    @Test(
        "JSON of other shapes, from memory",
        arguments: [
            #"{"value":[{"id":"x","displayName":"7A"}]}"#, #"{"persons":[],"eduGroups":[]}"#, #"[{"Id":1}]"#,
            #"{"data":{"subjects":[]}}"#, "not json at all {",
        ])
    func otherJSON(_ text: String) {
        let file = ExportFile(path: "dump.json", head: Array(text.utf8))
        #expect(GoogleClassroomPlatform().sniff(file) == nil)
    }
}
