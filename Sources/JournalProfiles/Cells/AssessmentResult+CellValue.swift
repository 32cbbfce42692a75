import GradePortCore

extension AssessmentResult {
    /// Sets the score (out of the cell's own maximum, else `maximum`) or the status a parsed cell
    /// gives, with `late`; returns `false`, setting nothing, for any other value (blank,
    /// percentage, invalid).
    mutating func take(_ value: CellValue, maximum: DecimalNumber?) -> Bool {
        switch value {
        case .score(let number, let outOf, let isLate):
            score = number
            maxScore = outOf ?? maximum
            if isLate { late = true }
        case .status(let newStatus, let isLate):
            status = newStatus
            if isLate { late = true }
        default:
            return false
        }
        return true
    }
}
