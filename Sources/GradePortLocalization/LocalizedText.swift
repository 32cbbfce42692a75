import Foundation

/// One text in the three languages of the web page and the reports.
public struct LocalizedText: Sendable, Hashable {
    /// Русский.
    public var ru: String
    /// Қазақша.
    public var kk: String
    /// English.
    public var en: String

    /// Creates the text from its three versions.
    public init(_ ru: String, _ kk: String, _ en: String) {
        self.ru = ru
        self.kk = kk
        self.en = en
    }

    /// The text in `language`.
    public subscript(_ language: Language) -> String {
        switch language {
        case .ru: ru
        case .kk: kk
        case .en: en
        }
    }

    /// The text in `language` with its placeholders `%1`, `%2`, … replaced by `values`, in order
    /// (from the last, so that `%1` does not eat the start of `%10`).
    public func format(_ language: Language, _ values: [any CustomStringConvertible]) -> String {
        var text = self[language]
        for (index, value) in values.enumerated().reversed() {
            text = text.replacingOccurrences(of: "%\(index + 1)", with: value.description)
        }
        return text
    }
}
