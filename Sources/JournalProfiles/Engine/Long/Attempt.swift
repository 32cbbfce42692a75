import GradePortCore

/// One row of a results table read into a result, waiting for the choice of the attempt that counts.
struct Attempt {
    /// The result the row gives.
    var result: AssessmentResult
    /// The attempt number, when the table has an attempt column.
    var number: Int?
    /// The row's date as `yyyy-mm-dd`, for ordering.
    var date: String?
    /// The row's line.
    var line: Int
    /// The column of the attempt (or score) cell, for notes.
    var column: Int

    /// The result's percentage, for the best-attempt policy: score / max, else the bare score.
    var percentage: DecimalNumber? {
        guard result.status == .graded, let score = result.score else { return nil }
        return result.percent ?? score
    }

    /// Whether this attempt comes after `other`: a higher attempt number, then a later date, then a
    /// later line.
    func isLater(than other: Attempt) -> Bool {
        if let number, let otherNumber = other.number, number != otherNumber { return number > otherNumber }
        if let date, let otherDate = other.date, date != otherDate { return date > otherDate }
        return line > other.line
    }

    /// Whether this attempt should replace `kept` under a policy.
    func replaces(_ kept: Attempt, under policy: AttemptPolicy) -> Bool {
        switch policy {
        case .last: return isLater(than: kept)
        case .first: return kept.isLater(than: self)
        case .best:
            switch (percentage, kept.percentage) {
            case (let mine?, let theirs?): return mine > theirs || (mine == theirs && kept.isLater(than: self))
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return isLater(than: kept)
            }
        }
    }
}
