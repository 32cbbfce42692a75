import GradePortCore
import Testing

@Suite struct DecimalNumberTests {
    @Test(arguments: [
        ("18", "18"), ("18.5", "18.5"), (" 18.50 ", "18.5"), ("0.25", "0.25"), ("-3", "-3"), ("+4", "4"),
        ("007", "7"), (".5", "0.5"), ("5.", "5"), ("0.000001", "0.000001"), ("\u{2212}2", "-2"),
    ])
    func parsesPlainDecimals(text: String, expected: String) {
        #expect(DecimalNumber(parsing: text)?.description == expected)
    }

    @Test(arguments: ["", " ", ".", "-", "1e3", "18,5", "1.2.3", "12a", "0.0000001", "1 000", "10000000000000"])
    func rejectsWhatIsNotAPlainDecimal(text: String) {
        #expect(DecimalNumber(parsing: text) == nil)
    }

    @Test func decimalCommaOnlyWhenAllowed() {
        #expect(DecimalNumber(parsing: "18,5") == nil)
        #expect(DecimalNumber(parsing: "18,5", allowingDecimalComma: true)?.description == "18.5")
        #expect(DecimalNumber(parsing: "18,5,1", allowingDecimalComma: true) == nil)
    }

    @Test(arguments: [
        ("18.5", "20", "92.5"), ("1", "3", "33.33"), ("2", "3", "66.67"), ("7", "8", "87.5"), ("25", "20", "125"),
        ("0", "10", "0"), ("1", "200000", "0"), ("1", "8000", "0.01"),
    ])
    func percentagesRoundHalfUpExactly(score: String, max: String, percent: String) throws {
        let score = try #require(DecimalNumber(parsing: score))
        let max = try #require(DecimalNumber(parsing: max))
        #expect(score.ratio(to: max, times: .hundred, fractionDigits: 2)?.description == percent)
    }

    @Test(arguments: [("64.5", "65"), ("64.49", "64"), ("84.5", "85"), ("39.5", "40"), ("-0.5", "-1"), ("2.5", "3")])
    func roundsHalfUpAtGradeBoundaries(value: String, rounded: String) throws {
        #expect(try #require(DecimalNumber(parsing: value)).rounded(toFractionDigits: 0).description == rounded)
    }

    @Test func divisionByZeroHasNoValue() {
        #expect(DecimalNumber(5).ratio(to: .zero) == nil)
    }

    @Test func doublesRoundToSixDigits() {
        #expect(DecimalNumber(18.333333333333332)?.description == "18.333333")
        #expect(DecimalNumber(Double.nan) == nil)
        #expect(DecimalNumber(0.1 + 0.2)?.description == "0.3")
    }

    @Test func arithmeticAndOrder() {
        let a: DecimalNumber = 18
        let b = DecimalNumber(parsing: "0.5")!
        #expect((a + b).description == "18.5")
        #expect((a - b).description == "17.5")
        #expect(b < a)
        #expect((b - a).isNegative)
    }
}
