import GradePortCore
import GradePortTesting
import TeamsAdapter
import Testing

/// What the adapter says about inputs, from their first bytes only.
@Suite struct SniffingTests {
    /// An input's first bytes and the detection expected.
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var export: String?
        var confidence: Confidence?
        var testDescription: String { name }
    }

    static let table: [Row] = [
        Row(
            name: "Teams order with feedback",
            text: "First Name,Last Name,Email Address,Quiz (20),Feedback\nA,B,a@x.kz,18,ok\n",
            export: "grades-csv", confidence: .high),
        Row(
            name: "Teams order without feedback",
            text: "First Name,Last Name,Email,Quiz (20)\nA,B,a@x.kz,18\n", export: "grades-csv", confidence: .medium),
        Row(
            name: "UPN heading", text: "First Name,Last Name,UPN,Quiz (20),Feedback\n", export: "grades-csv",
            confidence: .high),
        Row(
            name: "E-mail heading", text: "First Name;Last Name;E-mail;Quiz (20);Feedback\n", export: "grades-csv",
            confidence: .high),
        Row(
            name: "Russian labels", text: "Имя,Фамилия,Адрес электронной почты,СОР 1,Отзыв\n", export: "grades-csv",
            confidence: .high),
        Row(
            name: "Kazakh labels", text: "Аты,Тегі,Электрондық пошта,БЖБ 1,Кері байланыс\n", export: "grades-csv",
            confidence: .high),
        Row(
            name: "Classroom order", text: "Last Name,First Name,Email Address,Overall,Quiz\n", export: "grades-csv",
            confidence: .low),
        Row(name: "no e-mail column", text: "First Name,Last Name,Quiz\nA,B,1\n", export: nil, confidence: nil),
        Row(name: "other CSV", text: "id,value\n1,2\n", export: nil, confidence: nil),
        Row(
            name: "Graph OData page",
            text: "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata\",\"value\":[]}",
            export: "graph-dump", confidence: .high),
        Row(
            name: "Graph education types",
            text: "{\"members\":[{\"@odata.type\":\"#microsoft.graph.educationUser\",\"id\":\"1\"}]}",
            export: "graph-dump", confidence: .high),
        Row(
            name: "bare members and assignments", text: "{\"members\":[],\"assignments\":[]}", export: "graph-dump",
            confidence: .medium),
        Row(name: "Classroom dump", text: "{\"courses\":[],\"students\":[]}", export: nil, confidence: nil),
        Row(name: "empty", text: "", export: nil, confidence: nil),
    ]

    @Test(arguments: table)
    func sniffs(_ row: Row) {
        let file = ExportFile(path: "input", head: Array(row.text.utf8))
        let detection = TeamsPlatform().sniff(file)
        #expect(detection?.export.rawValue == row.export)
        #expect(detection?.confidence == row.confidence)
        if let detection { #expect(detection.platform == "teams") }
    }

    @Test(arguments: TeamsSamples.all)
    func samplesAreRecognisedAtLeastMedium(_ sample: String) throws {
        let detection = try #require(TeamsPlatform().sniff(try ExportFile(path: TeamsSamples.path(sample))))
        #expect(detection.confidence >= .medium)
    }

    @Test func folderDumpIsHigh() throws {
        let detection = TeamsPlatform().sniff(try ExportFile(path: TeamsSamples.path("graph-dump")))
        #expect(detection?.confidence == .high)
        #expect(detection?.export == "graph-dump")
    }

    @Test func classroomSampleIsLowAtMost() throws {
        let detection = TeamsPlatform().sniff(try ExportFile(path: TeamsSamples.path("bad/classroom-grades.csv")))
        #expect((detection?.confidence ?? .none) <= .low)
    }
}
