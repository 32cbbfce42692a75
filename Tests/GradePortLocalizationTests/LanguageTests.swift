import GradePortLocalization
import Testing

/// The reports' default language from the locale, and the catalog's texts.
@Suite struct LanguageTests {
    @Test(
        arguments: [
            (["LANG": "kk_KZ.UTF-8"], Language.kk),
            (["LANG": "en_US.UTF-8"], .en),
            (["LANG": "ru_RU.UTF-8"], .ru),
            (["LANG": "C.UTF-8"], .ru),
            (["LANG": "de_DE.UTF-8"], .ru),
            ([:], .ru),
            (["LC_ALL": "", "LC_MESSAGES": "kk_KZ", "LANG": "en_US"], .kk),
            (["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "kk_KZ", "LANG": "ru_RU"], .en),
            // The first variable that is set decides, even when it names another language.
            (["LC_ALL": "C", "LANG": "kk_KZ.UTF-8"], .ru),
            (["LANG": "kk"], .kk),
            (["LANG": "english"], .ru),
        ] as [([String: String], Language)])
    func theLocaleChoosesTheLanguage(environment: [String: String], expected: Language) {
        #expect(Language.of(environment: environment) == expected)
    }

    @Test func placeholdersAreFilledFromTheLast() {
        let text = LocalizedText("%1 и %2 (%10)", "%1 мен %2", "%1 and %2")
        #expect(text.format(.ru, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]) == "a и b (j)")
        #expect(text.format(.kk, [1, 2]) == "1 мен 2")
        #expect(text[.en] == "%1 and %2")
    }

    @Test func kazakhUsesTheTeachersTerms() {
        #expect(ReportPhrase.formative.text == LocalizedText("ФО", "ҚБ", "FA"))
        #expect(ReportPhrase.section.text == LocalizedText("СОР", "БЖБ", "SAU"))
        #expect(ReportPhrase.term.text == LocalizedText("СОЧ", "ТЖБ", "SAT"))
        #expect(ReportPhrase.quarter.text.format(.kk, [2]) == "2-тоқсан")
        #expect(ReportPhrase.student.text.kk == "Оқушы")
        #expect(ReportPhrase.mark.text.kk == "Баға")
    }

    @Test func everyPhraseHasThreeTextsWithTheSamePlaceholders() {
        for phrase in ReportPhrase.allCases {
            let text = phrase.text
            for language in Language.allCases { #expect(!text[language].isEmpty, "\(phrase) \(language)") }
            for number in 1...5 {
                let placeholder = "%\(number)"
                let present = Language.allCases.map { text[$0].contains(placeholder) }
                #expect(Set(present).count == 1, "\(phrase): \(placeholder) in some languages only")
            }
        }
    }
}
