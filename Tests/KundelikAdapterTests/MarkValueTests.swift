import GradePortCore
import Testing

@testable import KundelikAdapter

/// Every mark code and text mark, one by one.
@Suite struct MarkValueTests {
    /// A value and its reading.
    struct Case: Sendable, CustomTestStringConvertible {
        var raw: String
        var expected: KundelikMark
        var testDescription: String { raw.isEmpty ? "(empty)" : raw }
    }

    static let cases: [Case] = [
        Case(raw: "9", expected: .points(9, outOf: nil)),
        Case(raw: "100", expected: .points(100, outOf: nil)),
        Case(raw: "18,5", expected: .points(DecimalNumber(parsing: "18.5")!, outOf: nil)),
        Case(raw: "н", expected: .status(.absent)),
        Case(raw: "Н", expected: .status(.absent)),
        Case(raw: "п", expected: .status(.absent)),
        Case(raw: "б", expected: .status(.absent)),
        Case(raw: "о", expected: .lateArrival),
        Case(raw: "О", expected: .lateArrival),
        Case(raw: "ОТЛ", expected: .points(5, outOf: 5)),
        Case(raw: "хор", expected: .points(4, outOf: 5)),
        Case(raw: "УДВ", expected: .points(3, outOf: 5)),
        Case(raw: "ПЛХ", expected: .points(2, outOf: 5)),
        Case(raw: "неуд", expected: .points(2, outOf: 5)),
        Case(raw: "өте жақсы", expected: .points(5, outOf: 5)),
        Case(raw: "Жақсы", expected: .points(4, outOf: 5)),
        Case(raw: "қанағаттанарлық", expected: .points(3, outOf: 5)),
        Case(raw: "қанағаттанарлықсыз", expected: .points(2, outOf: 5)),
        Case(raw: "зачёт", expected: .points(1, outOf: 1)),
        Case(raw: "есептелді", expected: .points(1, outOf: 1)),
        Case(raw: "незачёт", expected: .points(0, outOf: 1)),
        Case(raw: "осв.", expected: .status(.exempt)),
        Case(raw: "босатылған", expected: .status(.exempt)),
        Case(raw: "н/а", expected: .status(.missing)),
        Case(raw: "-", expected: .notTaken),
        Case(raw: "—", expected: .notTaken),
        Case(raw: "", expected: .blank),
        Case(raw: "  ", expected: .blank),
    ]

    @Test(arguments: cases)
    func reads(_ value: Case) {
        #expect(KundelikMark(value.raw) == value.expected)
    }

    @Test(arguments: ["A", "F", "см. тетрадь", "5!!"])
    func rejects(_ raw: String) {
        guard case .invalid = KundelikMark(raw) else {
            Issue.record("\(raw) was read as \(KundelikMark(raw))")
            return
        }
    }

    @Test(arguments: [("Mark5", 5), ("Mark10", 10), ("Mark12", 12), ("Mark100", 100)])
    func markTypeScales(_ name: String, _ maximum: Int) {
        #expect(MarkScale(markType: name)?.maximum == maximum)
    }

    @Test func unknownMarkTypeHasNoScale() {
        #expect(MarkScale(markType: "MarkAmerican") == nil)
        #expect(MarkScale(markType: "Mark7") == nil)
    }
}
