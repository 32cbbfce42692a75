import Foundation
import GradePortCore

/// Numbers as a Russian-speaking teacher reads them: a decimal comma (`77,75`), a dash for none.
enum HumanNumber {
    /// `77,75`, `80`, or `—`.
    static func text(_ value: DecimalNumber?) -> String {
        guard let value else { return "—" }
        return value.description.replacingOccurrences(of: ".", with: ",")
    }

    /// `4`, or `—`.
    static func text(_ value: Int?) -> String {
        value.map(String.init) ?? "—"
    }
}
