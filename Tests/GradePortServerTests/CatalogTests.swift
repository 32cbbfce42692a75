import Foundation
import GradePortCore
import Testing

@testable import GradePortServer

@Suite("The catalog: every phrase and every diagnostic code in Russian, Kazakh and English")
struct CatalogTests {
    /// Every diagnostic code declared in the package's sources (`static let name: Self = "code"` in
    /// an extension of DiagnosticCode), so that a new code without an explanation fails here.
    static func declaredCodes() throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var codes: Set<String> = []
        for folder in ["Sources", "Adapters"] {
            let base = root.appendingPathComponent(folder).path
            let files = FileManager.default.enumerator(atPath: base)?.allObjects.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOfFile: base + "/" + file, encoding: .utf8)
                guard text.contains("extension DiagnosticCode") else { continue }
                let pattern = try NSRegularExpression(
                    pattern: #"static let \w+: (?:Self|DiagnosticCode) = "([a-z0-9-]+)""#)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    codes.insert(String(text[Range(match.range(at: 1), in: text)!]))
                }
            }
        }
        return codes
    }

    @Test("Every diagnostic code has a one-line explanation in the three languages")
    func everyCodeExplained() throws {
        let codes = try Self.declaredCodes()
        #expect(codes.count >= 42)
        #expect(
            codes.contains("negative-score") && codes.contains("identity-conflict") && codes.contains("invalid-date"))
        for code in codes.sorted() {
            let texts = DiagnosticExplanations.all[DiagnosticCode(rawValue: code)]
            #expect(texts != nil, "no explanation for \(code)")
            guard let texts else { continue }
            for text in [texts.ru, texts.kk, texts.en] {
                #expect(!text.isEmpty && !text.contains("\n"), "\(code)")
            }
            #expect(texts.ru != texts.en && texts.kk != texts.en && texts.ru != texts.kk, "\(code) untranslated")
        }
        #expect(Set(DiagnosticExplanations.all.keys.map(\.rawValue)) == codes, "explanations of codes nobody declares")
    }

    @Test("Every phrase has text in the three languages, with the same placeholders")
    func everyPhrase() {
        for phrase in Phrase.allCases {
            let texts = phrase.texts
            for text in [texts.ru, texts.kk, texts.en] { #expect(!text.isEmpty, "\(phrase)") }
            for index in 1...4 {
                let placeholder = "%\(index)"
                let present = [texts.ru, texts.kk, texts.en].map { $0.contains(placeholder) }
                #expect(Set(present).count == 1, "\(phrase) \(placeholder)")
            }
        }
        #expect(
            Catalog(.kk).format(.undoneNotice, 3, 4, 5) == "3 импорты болдырылмады: 4 жойылды, 5 қалпына келтірілді.")
        #expect(Catalog(.en).explanation(of: "some-plugin-code") == "some-plugin-code")
    }
}
