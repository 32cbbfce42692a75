import Foundation
import GradePortCore

/// The page's text in one language: phrases, with `%1`, `%2`… filled in by ``format(_:_:)``, and a
/// one-line explanation of every diagnostic code.
struct Catalog: Sendable {
    /// The language.
    var language: Language

    init(_ language: Language) {
        self.language = language
    }

    /// A phrase.
    subscript(_ phrase: Phrase) -> String {
        phrase.text[language]
    }

    /// A phrase with its placeholders (`%1`, `%2`, …) replaced by `values`, in order.
    func format(_ phrase: Phrase, _ values: any CustomStringConvertible...) -> String {
        phrase.text.format(language, values)
    }

    /// The one-line explanation of a diagnostic code; the code itself when the catalog has none
    /// (an external adapter's own code).
    func explanation(of code: DiagnosticCode) -> String {
        guard let texts = DiagnosticExplanations.all[code] else { return code.rawValue }
        return LocalizedText(texts.ru, texts.kk, texts.en)[language]
    }

    /// A card's state in words.
    func state(_ state: InputCard.State) -> String {
        switch state {
        case .read: self[.stateRead]
        case .warnings: self[.stateWarnings]
        case .errors: self[.stateErrors]
        case .unreadable: self[.stateUnreadable]
        }
    }

    /// The evidence two records were matched by, in words.
    func evidence(_ evidence: MatchEvidence) -> String {
        switch evidence {
        case .iin: self[.evidenceIIN]
        case .email: self[.evidenceEmail]
        case .platformLink: self[.evidenceLink]
        case .name: self[.evidenceName]
        }
    }

    /// A download's label.
    func download(_ format: DownloadFormat) -> String {
        switch format {
        case .json: self[.downloadJSON]
        case .csv: self[.downloadCSV]
        case .csvExcel: self[.downloadExcel]
        case .oneRoster: self[.downloadOneRoster]
        case .schoolDataSync: self[.downloadSDS]
        case .classroomRoster: self[.downloadRoster]
        case .reportHTML: self[.downloadReport]
        case .problems: self[.downloadProblems]
        }
    }
}
