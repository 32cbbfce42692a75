import GradePortCore

/// Reads result cells with a profile's rules: its status words on top of ``CellValueParser``'s,
/// and the file's decimal comma.
///
/// One value per table; reading a cell is a dictionary look-up or a scan of its characters, never
/// a regular expression.
struct CellReading {
    /// The core parser, with the profile's status words.
    let parser: CellValueParser

    /// Creates the reader for one table.
    init(profile: JournalProfile, decimalComma: Bool) {
        parser = CellValueParser(decimalComma: decimalComma, extraStatusWords: profile.words.parserWords)
    }

    /// Reads a cell as the core parser does.
    func parse(_ text: String) -> CellValue { parser.parse(text) }
}
