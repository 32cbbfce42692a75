import Foundation
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

/// The results of a gradebook as comparable text: person, assessment, value, provenance.
func resultLines(_ book: Gradebook) -> [String] {
    book.results.map { result in
        "\(result.person) | \(result.assessment) | \(ResultValue(result).summary) | raw=\(result.raw ?? "-") | "
            + "\(result.source.source):\(result.source.line ?? 0):\(result.source.column ?? 0)"
    }.sorted()
}

/// An IIN with a valid check digit after the given eleven digits.
func validIIN(_ firstEleven: String) throws -> String {
    let digit = try #require(IIN.checkDigit(forFirstEleven: firstEleven))
    return firstEleven + String(digit)
}

extension ImportSummary {
    /// Added, changed and unchanged results.
    var counts: [Int] { [added, changed, unchanged] }
}
