import BilimLandAdapter
import GradePortCore
import JournalProfiles
import OnlineMektepAdapter
import OpiqAdapter
import Testing

/// Which adapter claims which file: each claims its own samples above the generic `journal`
/// profile, and none claims another's.
@Suite struct SniffingTests {
    static let registry = try! PlatformRegistry([
        OnlineMektepPlatform(), BilimLandPlatform(), OpiqPlatform(), BuiltInProfiles.journalPlatform,
    ])

    static let owners: [String: PlatformID] = [
        "OnlineMektep": "onlinemektep", "BilimLand": "bilimland", "Opiq": "opiq",
    ]

    @Test(arguments: JournalPlatformSamples.goldenCases)
    func ownerWinsDetection(_ sample: GoldenCase) throws {
        let file = try ExportFile(path: JournalPlatformSamples.samples(sample.folder).path(sample.sample))
        let detections = Self.registry.detect(file)
        let owner = try #require(Self.owners[sample.folder])
        #expect(detections.first?.platform == owner, "\(detections)")
        let mine = try #require(detections.first { $0.platform == owner })
        let generic = detections.first { $0.platform == "journal" }?.confidence ?? .none
        #expect(mine.confidence > generic)
        #expect(mine.confidence == .high)
        for other in Self.owners.values where other != owner {
            let theirs = detections.first { $0.platform == other }?.confidence ?? .none
            #expect(theirs <= .low, "\(other) claims \(sample.testDescription) with \(theirs)")
        }
    }

    /// Text sniffed and the confidence each adapter gives it.
    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var onlineMektep: Confidence?
        var bilimLand: Confidence?
        var opiq: Confidence?
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(
            name: "journal without a title", text: "ФИО,02.09,СОР 1 (10),СОЧ (20)\nКим Алексей,7,8,15\n",
            onlineMektep: .low, bilimLand: nil, opiq: nil),
        Row(
            name: "journal titled Онлайн Мектеп",
            text: "Онлайн Мектеп — журнал\nАты-жөні,БЖБ 1,ТЖБ\nКим Алексей,7,15\n", onlineMektep: .high,
            bilimLand: nil, opiq: nil),
        Row(
            name: "results without a title", text: "Ученик,Тест,Балл,Макс. балл\nКим Алексей,СОР 1,8,10\n",
            onlineMektep: nil, bilimLand: .medium, opiq: nil),
        Row(
            name: "results titled BilimLand", text: "bilimland.kz\nОқушы,Тест,Пайыз\nКим Алексей,СОР 1,80%\n",
            onlineMektep: nil, bilimLand: .high, opiq: nil),
        Row(
            name: "tasks with comments", text: "Ученик,СОР 1,Комментарий\nКим Алексей,80%,Молодец\n",
            onlineMektep: .low, bilimLand: nil, opiq: .medium),
        Row(
            name: "tasks titled Opiq", text: "OPIQ\nStudent,Quiz\nKim Aleksey,80%\n", onlineMektep: nil,
            bilimLand: nil, opiq: .high),
        Row(
            name: "long tasks with a mark column",
            text:
                "Ученик,Класс,Задание,Дата,Результат,%,Оценка,Комментарий\nКим Алексей,7А,СОР 1,19.09.2025,8/10,80%,4,\n",
            onlineMektep: nil, bilimLand: .low, opiq: .high),
        Row(
            name: "long Kazakh tasks with a mark column",
            text: "Оқушы,Тапсырма,Күні,%,Баға\nКим Алексей,БЖБ 1,19.09.2025,80%,4\n", onlineMektep: nil,
            bilimLand: .low, opiq: .high),
        Row(
            name: "long results with only student, test, date and percent",
            text: "Ученик,Задание,Дата,%\nКим Алексей,СОР 1,19.09.2025,80%\n", onlineMektep: nil, bilimLand: .low,
            opiq: nil),
        Row(name: "other CSV", text: "id,value\n1,2\n", onlineMektep: nil, bilimLand: nil, opiq: nil),
        Row(name: "empty", text: "", onlineMektep: nil, bilimLand: nil, opiq: nil),
    ]

    @Test(arguments: rows)
    func sniffs(_ row: Row) {
        let file = ExportFile(path: "input.csv", head: Array(row.text.utf8))
        #expect(OnlineMektepPlatform().sniff(file)?.confidence == row.onlineMektep)
        #expect(BilimLandPlatform().sniff(file)?.confidence == row.bilimLand)
        #expect(OpiqPlatform().sniff(file)?.confidence == row.opiq)
    }
}
