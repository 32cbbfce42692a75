import Foundation

/// A language of the web page and the reports: Russian, Kazakh or English.
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

    /// The language a locale names (`kk_KZ.UTF-8`, `ru`, `en-US`); `nil` for any other (`C.UTF-8`, `de_DE`).
    public init?(localeIdentifier: String) {
        let primary = localeIdentifier.prefix { $0.isLetter }.lowercased()
        guard let language = Language(rawValue: primary) else { return nil }
        self = language
    }

    /// The language of the environment's locale, as POSIX programs choose their messages' language: the
    /// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty, when it names Kazakh,
    /// Russian or English; Russian otherwise (`C.UTF-8`, another language, nothing set).
    public static func of(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(localeIdentifier: value) ?? .ru
        }
        return .ru
    }
}
