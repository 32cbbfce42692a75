import Foundation

/// A language of the page: Russian, Kazakh or English.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Русский.
    case ru
    /// Қазақша.
    case kk
    /// English.
    case en

    /// The language's own name, for the switcher.
    public var nativeName: String {
        switch self {
        case .ru: "Русский"
        case .kk: "Қазақша"
        case .en: "English"
        }
    }

    /// The language an `Accept-Language` header prefers among these three (by quality, then order);
    /// Russian when it names none of them.
    public static func preferred(byAcceptLanguage header: String?) -> Language {
        guard let header else { return .ru }
        var best: (language: Language, quality: Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased() else { continue }
            let primary = String(tag.split(separator: "-").first ?? "")
            guard let language = Language(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            if quality > 0, best == nil || quality > best!.quality { best = (language, quality) }
        }
        return best?.language ?? .ru
    }
}
