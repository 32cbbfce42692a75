import BilimClassAdapter
import GradePortCore
import GradePortTesting
import Testing

/// What the adapter says about inputs, from their first bytes only.
@Suite struct SniffingTests {
    /// An input's first bytes and the confidence expected (`nil`: not BilimClass).
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var confidence: Confidence?
        var testDescription: String { name }
    }

    static let table: [Row] = [
        Row(name: "dump with user_info", text: #"{"user_info":{"data":{"surname":"А"}}}"#, confidence: .high),
        Row(name: "dump keys", text: #"{"periods":{"data":{}},"subjects-q1":{"data":[]}}"#, confidence: .high),
        Row(name: "login response", text: #"{"success":true,"user_info":{}}"#, confidence: .high),
        Row(name: "studentInfo", text: #"{"data":{"studentInfo":{"iin":"1"}}}"#, confidence: .medium),
        Row(
            name: "periods response",
            text: #"{"data":{"periods":[{"periodType":"quarter","period":1,"periodStart":"02.09.2025"}]}}"#,
            confidence: .medium),
        Row(
            name: "subjects response", text: #"{"data":[{"subjectId":1,"schedules":[{"markMax":10}]}]}"#,
            confidence: .medium),
        Row(name: "quarter response", text: #"{"data":{"u1":{"formattedScore":{"mark":"8"}}}}"#, confidence: .medium),
        Row(name: "sor marks", text: #"{"data":{"u1":{"sor":{"mark":"8","markMax":20}}}}"#, confidence: .medium),
        Row(
            name: "year response", text: #"{"data":{"rows":[{"attestations":{},"yearScores":{}}]}}"#,
            confidence: .medium),
        Row(name: "Kundelik dump", text: #"{"persons":[],"marks":[]}"#, confidence: nil),
        Row(name: "Graph page", text: #"{"@odata.context":"x","value":[]}"#, confidence: nil),
        Row(name: "CSV", text: "Фамилия;Имя;СОР 1\n", confidence: nil),
        Row(name: "empty", text: "", confidence: nil),
    ]

    @Test(arguments: table)
    func sniffs(_ row: Row) {
        let detection = BilimClassPlatform().sniff(ExportFile(path: "input.json", head: Array(row.text.utf8)))
        #expect(detection?.confidence == row.confidence)
        if let detection {
            #expect(detection.platform == "bilimclass")
            #expect(detection.export == "api-dump")
        }
    }

    @Test(arguments: BilimClassSamples.all)
    func samplesAreRecognisedHigh(_ sample: String) throws {
        let detection = BilimClassPlatform().sniff(try ExportFile(path: BilimClassSamples.path(sample)))
        #expect(detection?.confidence == .high)
    }
}
