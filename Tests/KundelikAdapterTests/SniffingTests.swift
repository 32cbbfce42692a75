import GradePortCore
import GradePortTesting
import KundelikAdapter
import Testing

/// What the adapter says about inputs, from their first bytes only.
@Suite struct SniffingTests {
    /// An input's first bytes and the detection expected.
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var path = "input.json"
        var text: String
        var export: String?
        var confidence: Confidence?
        var testDescription: String { name }
    }

    static let table: [Row] = [
        Row(name: "eduGroups key", text: #"{"persons":[],"eduGroups":[]}"#, export: "api-dump", confidence: .high),
        Row(name: "criteria sections", text: #"{"criteriaMarksSections":[]}"#, export: "api-dump", confidence: .high),
        Row(name: "reporting periods", text: #"{"reportingPeriods":[]}"#, export: "api-dump", confidence: .high),
        Row(
            name: "persons and marks with _str twins",
            text: #"{"persons":[{"id":1,"id_str":"1"}],"marks":[]}"#, export: "api-dump", confidence: .high),
        Row(name: "persons and marks", text: #"{"persons":[],"marks":[]}"#, export: "api-dump", confidence: .medium),
        Row(
            name: "PascalCase totals",
            text: #"[{"SubjectName":"Математика","SubjectId":1,"FinalMarks":[]}]"#, export: "criteria-totals",
            confidence: .high),
        Row(
            name: "camelCase totals", text: #"[{"subjectName":"Математика","finalMarks":[]}]"#,
            export: "criteria-totals", confidence: .high),
        Row(name: "other array", text: #"[{"id":1}]"#, export: nil, confidence: nil),
        Row(name: "Classroom dump", text: #"{"courses":[],"students":[]}"#, export: nil, confidence: nil),
        Row(name: "Graph dump", text: #"{"members":[],"assignments":[]}"#, export: nil, confidence: nil),
        Row(
            name: "Russian report", path: "r.csv", text: "№;ФИО;Математика;Физика\n1;Иванова Мария;5;4\n",
            export: "report", confidence: .medium),
        Row(
            name: "Kazakh report", path: "r.csv", text: "№,Аты-жөні,Математика\n1,Серікқызы Аружан,5\n",
            export: "report", confidence: .medium),
        Row(
            name: "Оқушы heading", path: "r.csv", text: "Оқушы,Қазақ тілі\nА,5\n", export: "report", confidence: .medium
        ),
        Row(name: "no name column", path: "r.csv", text: "Математика,Физика\n5,4\n", export: nil, confidence: nil),
        Row(name: "name column only", path: "r.csv", text: "№,ФИО\n1,Иванова\n", export: nil, confidence: nil),
        Row(name: "report bytes in a .json name", text: "ФИО;Математика\n", export: nil, confidence: nil),
        Row(name: "empty", text: "", export: nil, confidence: nil),
    ]

    @Test(arguments: table)
    func sniffs(_ row: Row) {
        let file = ExportFile(path: row.path, head: Array(row.text.utf8))
        let detection = KundelikPlatform().sniff(file)
        #expect(detection?.export.rawValue == row.export)
        #expect(detection?.confidence == row.confidence)
        if let detection { #expect(detection.platform == "kundelik") }
    }

    @Test(arguments: KundelikSamples.all)
    func samplesAreRecognisedAtLeastMedium(_ sample: String) throws {
        let detection = try #require(KundelikPlatform().sniff(try ExportFile(path: KundelikSamples.path(sample))))
        #expect(detection.confidence >= .medium)
    }

    @Test func folderDumpIsHigh() throws {
        let detection = KundelikPlatform().sniff(try ExportFile(path: KundelikSamples.path("api-dump")))
        #expect(detection?.confidence == .high)
        #expect(detection?.export == "api-dump")
    }
}
