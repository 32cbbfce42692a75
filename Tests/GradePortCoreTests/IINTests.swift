import GradePortCore
import Testing

@Suite("IIN")
struct IINTests {
    /// Valid IINs (check digits computed by hand from assessment-rules.md §9), with their hints.
    static let valid: [(String, String?, IIN.Sex?)] = [
        ("000101500001", "2000-01-01", .male),  // worked example, first pass
        ("150101500207", "2015-01-01", .male),  // worked example, second pass
        ("850729300129", "1985-07-29", .male),
        ("981203401231", "1998-12-03", .female),
        ("070313600053", "2007-03-13", .female),
        ("900101300017", "1990-01-01", .male),
        ("051225600034", "2005-12-25", .female),
        ("760403400410", "1976-04-03", .female),
        ("080229600128", "2008-02-29", .female),  // leap day
        ("000229500137", "2000-02-29", .male),  // 2000 is a leap year
        ("991231400026", "1999-12-31", .female),  // second pass
        ("800501100038", "1880-05-01", .male),
        ("050908500018", "2005-09-08", .male),
        ("101010600007", "2010-10-10", .female),
        ("100915500904", "2010-09-15", .male),  // second pass
        ("100915500916", "2010-09-15", .male),  // second pass
        ("110229500774", nil, .male),  // 2011-02-29 does not exist
        ("121305500008", nil, .male),  // month 13
        ("130631500004", nil, .male),  // 31 June; second pass
        ("950101000017", nil, nil),  // century digit 0 is unassigned
        ("123456789013", nil, nil),  // month 34, century digit 7; second pass
    ]

    @Test("valid IINs and their hints", arguments: valid)
    func validIIN(text: String, birthDate: String?, sex: IIN.Sex?) throws {
        let iin = try IIN(validating: text)
        #expect(iin.digits == text)
        #expect(iin.description == text)
        #expect(iin.birthDateHint == birthDate)
        #expect(iin.sexHint == sex)
        #expect(IIN.hasValidChecksum(text))
        #expect(IIN.validate(text) == .success(iin))
    }

    static let surrounded = [" 000101500001", "000101500001 ", "\t000101500001\r\n", "\u{00A0}000101500001\u{00A0}"]

    @Test("surrounding spaces are ignored", arguments: surrounded)
    func surroundingSpaces(text: String) throws {
        #expect(try IIN(validating: text).digits == "000101500001")
    }

    static let invalid: [(String, IINError)] = [
        ("000101500002", .checksumMismatch(expected: 1, found: 2)),
        ("150101500200", .checksumMismatch(expected: 7, found: 0)),
        ("850729300120", .checksumMismatch(expected: 9, found: 0)),
        ("981203401239", .checksumMismatch(expected: 1, found: 9)),
        ("150101500270", .noValidCheckDigit),  // worked example: 15010150027 has no check digit
        ("150101500271", .noValidCheckDigit),
        ("100915500930", .noValidCheckDigit),
        ("100915501742", .noValidCheckDigit),
        ("00010150000", .wrongLength(11)),
        ("0001015000011", .wrongLength(13)),
        ("", .wrongLength(0)),
        ("   ", .wrongLength(0)),
        ("0001 0150 0001", .nonDigit(" ", position: 5)),
        ("000101-500001", .nonDigit("-", position: 7)),
        ("00010150000O", .nonDigit("O", position: 12)),
        ("ИИН 000101500001", .nonDigit("И", position: 1)),
        ("０００１０１５００００１", .nonDigit("０", position: 1)),
        ("1.5e11", .nonDigit(".", position: 2)),
    ]

    @Test("invalid IINs say why", arguments: invalid)
    func invalidIIN(text: String, error: IINError) {
        #expect(throws: error) { try IIN(validating: text) }
        #expect(IIN.validate(text) == .failure(error))
        #expect(!IIN.hasValidChecksum(text))
    }

    static let checkDigits: [(String, Int?)] = [
        ("00010150000", 1),
        ("15010150020", 7),
        ("15010150027", nil),
        ("85072930012", 9),
        ("99123140002", 6),
        ("10091550093", nil),
        ("1009155009", nil),  // 10 digits
        ("1009155009a", nil),
    ]

    @Test("check digits, including the second pass and none", arguments: checkDigits)
    func checkDigit(firstEleven: String, expected: Int?) {
        #expect(IIN.checkDigit(forFirstEleven: firstEleven) == expected)
    }

    @Test("BINs share the checksum")
    func bin() {
        // A synthetic BIN: registered 2004-05, resident legal entity (4), head office (0), serial 00012.
        let firstEleven = "04054000012"
        let check = IIN.checkDigit(forFirstEleven: firstEleven)
        #expect(check == 3)
        #expect(IIN.hasValidChecksum(firstEleven + "3"))
        #expect(!IIN.hasValidChecksum(firstEleven + "2"))
        #expect(!IIN.hasValidChecksum(" " + firstEleven + "3"))  // no trimming here
    }

    @Test("error descriptions are sentences for diagnostics")
    func descriptions() {
        #expect(IINError.wrongLength(11).description == "an IIN is 12 digits, but this one has 11")
        #expect(
            IINError.nonDigit("-", position: 7).description == "an IIN is 12 digits, but character 7 is \"-\"")
        #expect(
            IINError.checksumMismatch(expected: 1, found: 2).description
                == "the IIN's check digit is 2, but its first 11 digits give 1")
        #expect(
            IINError.noValidCheckDigit.description
                == "no IIN starts with these 11 digits: both checksum passes give 10, so no check digit exists")
    }

    @Test("equal digits are equal IINs")
    func hashable() throws {
        let set: Set<IIN> = [try IIN(validating: "000101500001"), try IIN(validating: " 000101500001 ")]
        #expect(set.count == 1)
    }
}
