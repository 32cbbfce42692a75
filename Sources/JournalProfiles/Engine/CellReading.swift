import GradePortCore

/// Reads result cells with a profile's rules: its status words on top of ``CellValueParser``'s,
/// the file's decimal comma, marks with `+`/`−` under `scale: mark5`, and letter ratings with
/// `letters: keep`.
///
/// One value per table; reading a cell is a dictionary look-up or a scan of its characters, never
/// a regular expression.
struct CellReading {
    /// What a cell says.
    enum Reading: Equatable {
        /// What the core parser reads (a number, a percentage, a status word, blank, invalid).
        case value(CellValue)
        /// A mark with a modifier (`4+`, `5−`): its base mark out of 5.
        case modifiedMark(ModifiedMark)
        /// A letter rating (`A`, `B+`): handed in, no score.
        case letter(LetterRating)
    }

    /// The core parser, with the profile's status words.
    let parser: CellValueParser
    /// What letter ratings become.
    let letters: LetterRatings

    /// The highest plain number read as a mark under `scale: mark5` when no maximum is known.
    static let highestMark = DecimalNumber(5)

    /// Creates the reader for one table.
    init(profile: JournalProfile, decimalComma: Bool) {
        parser = CellValueParser(decimalComma: decimalComma, extraStatusWords: profile.words.parserWords)
        letters = profile.letters
    }

    /// Reads a cell as the core parser does.
    func parse(_ text: String) -> CellValue { parser.parse(text) }

    /// Reads a cell of a column with a scale and a maximum (`nil`: none is known).
    ///
    /// Under `mark5`: `4+`, `5-`, `3−` are the base mark; a plain number with no known maximum is a
    /// mark out of 5 when it is 1–5 (`4`, `4.5`) and invalid otherwise (a percentage is written
    /// `85%`). With `letters: keep`, one letter A–F (Latin, or Cyrillic А В С Е), with an optional
    /// modifier, is a letter rating.
    func read(_ raw: String, scale: ScoreScale, maximum: DecimalNumber?) -> Reading {
        if scale == .mark5 || letters == .keep {
            let text = raw.trimmedCell
            if scale == .mark5, let mark = ModifiedMark(text) { return .modifiedMark(mark) }
            if letters == .keep, let letter = LetterRating(text) { return .letter(letter) }
        }
        let value = parser.parse(raw)
        guard scale == .mark5, maximum == nil, case .score(let number, nil, let late) = value, !number.isNegative
        else { return .value(value) }
        if number >= DecimalNumber(1) && number <= Self.highestMark {
            return .value(.score(number, outOf: Self.highestMark, late: late))
        }
        return .value(
            .invalid(
                "\"\(raw.trimmedCell)\" is not a mark 1–5, and the heading states no maximum it could be points of; "
                    + "a score in percent is written with % (85%)"))
    }
}
