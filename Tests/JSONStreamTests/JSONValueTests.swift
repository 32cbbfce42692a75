import JSONStream
import Testing

struct JSONValueTests {
    private func parse(_ text: String) throws -> JSONValue {
        try JSONReader(string: text).readValue()
    }

    @Test func valuesOfEveryKind() throws {
        let value = try parse(#"{"n":null,"t":true,"f":false,"i":42,"d":18.5,"s":"x","a":[1,"2"],"o":{"k":[]}}"#)
        #expect(value["n"] == .null)
        #expect(value["n"]?.isNull == true)
        #expect(value["t"]?.bool == true)
        #expect(value["f"]?.bool == false)
        #expect(value["i"]?.number?.text == "42")
        #expect(value["d"]?.number?.double == 18.5)
        #expect(value["s"]?.string == "x")
        #expect(value["a"] == [1, "2"])
        #expect(value["o"]?["k"]?.array == [])
        #expect(value["missing"] == nil)
        #expect(value.object?.keys == ["n", "t", "f", "i", "d", "s", "a", "o"])
        #expect(value["s"]?.number == nil)
        #expect(value.kind == .object)
    }

    @Test func objectKeepsOrderAndLastDuplicateWins() throws {
        let value = try parse(#"{"b":1,"a":2,"b":3}"#)
        #expect(value.object?.keys == ["b", "a", "b"])
        #expect(value["b"] == 3)
        #expect(value == ["b": 1, "a": 2, "b": 3])
        #expect(value != ["a": 2, "b": 1, "b": 3])
    }

    @Test func largeObjectUsesIndexedLookup() throws {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let value = try parse("{\(members),\"k3\":\"last\"}")
        #expect(value["k39"] == 39)
        #expect(value["k3"] == "last")
        #expect(value["k40"] == nil)
    }

    @Test(arguments: [
        ("1000000000000000001", "1000000000000000001", Int64(1_000_000_000_000_000_001)),
        ("7000000000123456789", "7000000000123456789", Int64(7_000_000_000_123_456_789)),
        ("-9223372036854775808", "-9223372036854775808", Int64.min),
        ("1e3", "1000", Int64(1000)),
        ("12.0", "12", Int64(12)),
        ("0", "0", Int64(0)),
        ("-0", "0", Int64(0)),
    ])
    func integerIdsStayExact(literal: String, idString: String, int64: Int64) throws {
        let value = try parse(literal)
        #expect(value.number?.text == literal)
        #expect(value.idString == idString)
        #expect(value.number?.int64 == int64)
    }

    @Test(arguments: [
        ("1.5e3", 1500.0, "1500", Int64?.some(1500)),
        ("18.5", 18.5, "18.5", nil),
        ("2.5E-3", 0.0025, "0.0025", nil),
        ("-0.50", -0.5, "-0.5", nil),
        ("1.50e2", 150.0, "150", Int64?.some(150)),
        ("9223372036854775808", 9_223_372_036_854_775_808.0, "9223372036854775808", nil),
    ])
    func numbersConvert(literal: String, double: Double, decimal: String, int64: Int64?) throws {
        let number = try #require(try parse(literal).number)
        #expect(number.text == literal)
        #expect(number.double == double)
        #expect(number.decimalText == decimal)
        #expect(number.int64 == int64)
    }

    @Test func idStringAcceptsStringsAndIntegersOnly() throws {
        #expect(try parse(#""Cg4I1234567890""#).idString == "Cg4I1234567890")
        #expect(try parse("18.5").idString == nil)
        #expect(try parse("true").idString == nil)
        #expect(try parse("null").idString == nil)
    }

    @Test func numberLiteralValidation() {
        #expect(JSONNumber("18.5")?.text == "18.5")
        #expect(JSONNumber("01") == nil)
        #expect(JSONNumber("1.") == nil)
        #expect(JSONNumber("+1") == nil)
        #expect(JSONNumber("NaN") == nil)
        #expect(JSONNumber("1e999999999")?.decimalText == nil)
        #expect(JSONNumber("0e999999999")?.decimalText == "0")
    }
}
