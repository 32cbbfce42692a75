extension CellValueParser {
    /// The key a cell word is looked up by: lower case, Kazakh letters folded to the Russian ones
    /// (`жоқ` = `жок`, `ё` = `е`), every run of spaces, dashes, underscores and bullets (`•`, `·`)
    /// made one space and trimmed, and one trailing `.` dropped.
    ///
    /// ```swift
    /// CellValueParser.wordKey("Draft•Missing")  // "draft missing"
    /// CellValueParser.wordKey(" ОСВ. ")         // "осв"
    /// CellValueParser.wordKey("Келмеді")        // "келмеди"
    /// CellValueParser.wordKey("—")              // "" (a cell of only dashes)
    /// ```
    public static func wordKey(_ text: some StringProtocol) -> String {
        var key = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if LetterFolding.isSpace(scalar) || isWordSeparator(scalar) {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace {
                key.append(" ")
                pendingSpace = false
            }
            key.append(LetterFolding.foldedToRussian(LetterFolding.lowercased(scalar)))
        }
        if key.count > 1, key.last == "." { key.removeLast() }
        return String(key)
    }

    private static func isWordSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x5F, 0xB7, 0x2010...0x2015, 0x2022, 0x2212, 0x2043: return true
        default: return false
        }
    }

    /// The words every parser knows, keyed by ``wordKey(_:)``.
    ///
    /// | value | words |
    /// | --- | --- |
    /// | ``ResultStatus/missing`` | `Missing`, `Draft•Missing`, `Draft Missing`, `Not turned in`, `Не сдано`, `не сдал(а)`, `Тапсырмады` |
    /// | ``ResultStatus/excused`` | `Excused`, `Уважительная`, `Уважительная причина`, `ув.`, `Себепті` |
    /// | ``ResultStatus/submitted`` | `Turned in`, `Handed in`, `Submitted`, `Done`, `Сдано`, `Сдал(а)`, `Тапсырылды` |
    /// | ``ResultStatus/submitted``, late | `Done late`, `Turned in late`, `Late`, `Сдано с опозданием`, `Кеш тапсырылды` |
    /// | ``ResultStatus/exempt`` | `Exempt`, `Освобождён(а)`, `Освобождена`, `осв.`, `Босатылған`, `бос.` |
    /// | ``ResultStatus/absent`` | `н`, `нб`, `н/б`, `п`, `б` (Kundelik's absence codes), `отс.`, `Отсутствовал(а)`, `Absent`, `жоқ`, `келмеді` |
    /// | ``CellValue/blank`` | `No grade`, `Assigned`, `Ungraded`, `Без оценки`, `N/A`, a lone `-`, `—`, `–` |
    ///
    /// Kundelik's attendance code `о` (late for the lesson) is no result status and is not in the table.
    public static let standardWords: [String: CellValue] = {
        var table: [String: CellValue] = [:]
        func add(_ value: CellValue, _ words: [String]) {
            for word in words { table[wordKey(word)] = value }
        }
        add(
            .status(.missing, late: false),
            [
                "Missing", "Draft•Missing", "Draft Missing", "Not turned in", "Not handed in", "Not submitted",
                "Не сдано", "Не сдан", "Не сдана", "Не сдал", "Не сдала", "Не сдал(а)", "Нет работы",
                "Тапсырмады", "Тапсырылмады", "Тапсырылмаған",
            ])
        add(
            .status(.excused, late: false),
            [
                "Excused", "Уважительная", "Уважительная причина", "По уважительной причине", "ув", "уваж",
                "Себепті", "Дәлелді себеп", "Дәлелді себеппен",
            ])
        add(
            .status(.submitted, late: false),
            [
                "Turned in", "Handed in", "Submitted", "Done", "Сдано", "Сдал", "Сдала", "Сдал(а)", "Тапсырылды",
                "Тапсырды",
            ])
        add(
            .status(.submitted, late: true),
            [
                "Done late", "Turned in late", "Handed in late", "Submitted late", "Late", "Сдано с опозданием",
                "Сдано поздно", "Кеш тапсырылды", "Кешігіп тапсырылды",
            ])
        add(
            .status(.exempt, late: false),
            [
                "Exempt", "Exempted", "Освобожден", "Освобождена", "Освобожден(а)", "Освобождён", "Освобождён(а)",
                "осв", "Босатылған", "Босатылды", "бос",
            ])
        add(
            .status(.absent, late: false),
            [
                "н", "нб", "н/б", "н/я", "п", "б", "отс", "Отсутствовал", "Отсутствовала", "Отсутствовал(а)",
                "Отсутствует", "Absent", "Abs", "жоқ", "келмеді", "Келген жоқ",
            ])
        add(.blank, ["No grade", "Assigned", "Ungraded", "Not graded", "Без оценки", "Бағасыз", "N/A", "-", "—", "–"])
        return table
    }()

    /// The markers that may follow a score or a percentage to say the work was late, keyed by
    /// ``wordKey(_:)``: `late`, `done late`, `с опозданием`, `кеш тапсырылды`, ….
    static let lateMarkers: Set<String> = Set(
        [
            "late", "done late", "turned in late", "handed in late", "submitted late", "с опозданием",
            "сдано с опозданием", "опоздание", "поздно", "кеш", "кеш тапсырылды", "кешігіп тапсырылды",
        ].map(wordKey))
}
