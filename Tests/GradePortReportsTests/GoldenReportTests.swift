import GradePortAdapters
import GradePortCore
import GradePortReports
import GradePortTesting
import Testing

/// Reports of the platforms' samples in every format against golden files (the golden files are
/// the spec: rewrite them with `GRADEPORT_UPDATE_GOLDEN=1` and read the diff).
@Suite struct GoldenReportTests {
    static let fixtures = Fixtures(testFile: #filePath)

    struct Sample: Sendable, CustomTestStringConvertible {
        var name: String
        var inputs: [String]
        var options = ReportOptions()
        var formats: [ReportFormat]
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        // Quarter 2 computed from the criteria journal, quarter 1 and the year from the platform's totals.
        Sample(
            name: "kundelik-7A", inputs: ["Kundelik/api-dump", "Kundelik/criteria-marks-totals-light.json"],
            formats: ReportFormat.allCases),
        // Two quarters of one journal, in Russian and Kazakh: two term reports and annual rows.
        Sample(
            name: "onlinemektep-7A",
            inputs: ["OnlineMektep/7А Математика 1 четверть.csv", "OnlineMektep/7А Математика 2-тоқсан.csv"],
            formats: [.json, .table, .html]),
        // One student's year: two computed quarters, two given by the platform, the platform's year mark.
        Sample(name: "bilimclass-7V", inputs: ["BilimClass/api-dump"], formats: [.json, .csv]),
        // One class from three platforms (Samples/Merge): differently spelled names merged into one row
        // per child, a conflicting СОР settled by --prefer last, the ambiguous namesakes kept apart.
        Sample(
            name: "merge-7A",
            inputs: [
                "Merge/kundelik-7A-dump.json", "Merge/bilimclass-7A-nurlanov.json", "Merge/7А Математика 2-тоқсан.csv",
            ],
            formats: ReportFormat.allCases),
        // A teacher's journal naming only "3 ч.": the school year comes from the option.
        Sample(
            name: "journal-7B-Q3", inputs: ["Journal/7Б алгебра 3 ч.csv"],
            options: ReportOptions(schoolYear: SchoolYear(startYear: 2025)), formats: [.csv, .table]),
    ]

    static func fileExtension(_ format: ReportFormat) -> String {
        switch format {
        case .table: "txt"
        case .json: "json"
        case .csv: "csv"
        case .html: "html"
        }
    }

    @Test(arguments: samples)
    func matchesGolden(_ sample: Sample) throws {
        let outcome = BuiltInPlatforms.registry.readGradebook(from: sample.inputs.map(Self.fixtures.sample))
        #expect(outcome.unreadableInputs.isEmpty)
        let report = try ReportBuilder(policy: .kazakhstan, options: sample.options).build(from: outcome.gradebook)
        #expect(!report.rows.isEmpty)
        for format in sample.formats {
            let text = String(decoding: format.renderer.render(report), as: UTF8.self)
            let golden = Self.fixtures.golden(
                "GradePortReportsTests/Golden/\(sample.name).\(Self.fileExtension(format))")
            let differences = golden.differences(from: text)
            #expect(differences.isEmpty, "\(sample.name) \(format): \(differences.joined(separator: "\n"))")
        }
    }
}
