import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting
import Testing

/// Each sample's whole `gradeport/1` output, compared with its golden file.
///
/// The golden files are the adapter's specification: every value in them was checked against the
/// sample by hand. Regenerate with `GRADEPORT_UPDATE_GOLDEN=1` and review the diff.
@Suite struct GoldenTests {
    static let samples = [
        "7A-physics-grades.csv", "7A-physics-grades-excel-cp1251.csv", "7A-physics-grades-unicode.txt",
        "7A-physics-grades-bom.csv", "api-dump", "7A-api-dump.json",
        "bad/duplicate-student.csv", "bad/letter-overall.csv", "bad/ragged-and-unnamed.csv", "bad/russian-ui.csv",
        "bad/duplicate-titles.csv", "bad/points-disagree.csv", "bad/truncated.csv", "bad/api-dangling.json",
    ]

    @Test("golden gradeport/1 output", arguments: samples)
    func golden(_ sample: String) throws {
        let book = try SampleBooks.read(sample)
        let name = sample.replacingOccurrences(of: "/", with: "--") + ".json"
        let golden = SampleBooks.fixtures.golden("GoogleClassroomAdapterTests/Golden/" + name)
        let differences = golden.differences(from: book, portableWith: SampleBooks.fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }
}
