import GradePortCore
import Testing

@Suite("AssessmentKindClassifier")
struct AssessmentKindClassifierTests {
    let classifier = AssessmentKindClassifier()

    static let sectionSummatives: [(String, Int?)] = [
        ("СОР 2 по разделу «Дроби»", 2),
        ("СОР1", 1),
        ("СОр1", 1),
        ("СОр 1", 1),
        ("сор №3", 3),
        ("СОР № 4 Алгебра", 4),
        ("СОР-2", 2),
        ("СОР #5", 5),
        ("СОР (2)", 2),
        ("СОР 2 за 3 четверть", 2),
        ("СОР по разделу «Механика»", nil),
        ("Итоговый СОР", nil),
        ("сор", nil),
        ("СОР", nil),
        ("БЖБ-1", 1),
        ("БЖБ 2 \"Тақырып\"", 2),
        ("бжб1", 1),
        ("БЖБ №3 «Сандар»", 3),
        ("SOR 1", 1),
        ("SOR-2: Forces", 2),
        ("sor3", 3),
        ("Sor 4 - Cells", 4),
        ("SOR", nil),
        ("BZhB 2", 2),
        ("COP 1", 1),  // Latin C, O, P typed for Cyrillic
        ("СOР 2", 2),  // Latin O inside Cyrillic
        ("CОP", nil),  // Latin C and P around a Cyrillic О
        ("Алгебра. СОР 3", 3),
        ("7А Физика СОР 1", 1),
        ("Математика (СОР 2)", 2),
        ("Summative for the section", nil),
        ("Summative for the unit: Forces", nil),
        ("Summative", nil),
        ("summative assessment 2", nil),
        ("Суммативное оценивание за раздел 3", nil),
        ("Суммативное оценивание", nil),
        ("бөлім бойынша жиынтық бағалау", nil),
        ("Бөлім бойынша жиынтық бағалау №2", nil),
        ("БӨЛІМ БОЙЫНША ЖИЫНТЫҚ БАҒАЛАУ", nil),
        ("болим бойынша жиынтык багалау", nil),
    ]

    @Test("section summative titles", arguments: sectionSummatives)
    func sectionSummative(title: String, number: Int?) {
        #expect(classifier.classify(title: title) == AssessmentClassification(kind: .sectionSummative, number: number))
    }

    static let termSummatives: [(String, Int?)] = [
        ("СОЧ", nil),
        ("СОЧ 1", 1),
        ("СОЧ1", 1),
        ("СОч за 2 четверть", nil),
        ("СОЧ за II четверть", nil),
        ("СОЧ 2 четверть", nil),
        ("СОЧ 2-я четверть", nil),
        ("СОЧ № 1 по алгебре", 1),
        ("соч", nil),
        ("ТЖБ", nil),
        ("ТЖБ 1", 1),
        ("ТЖБ 2 тоқсан", nil),
        ("тжб-2", 2),
        ("тоқсандық жиынтық бағалау", nil),
        ("Тоқсандық жиынтық бағалау, 3 тоқсан", nil),
        ("SOCH", nil),
        ("SOCH 2", 2),
        ("SOCH 2nd term", nil),
        ("Soch-1: Algebra", 1),
        ("COЧ 1", 1),  // Latin C and O before a Cyrillic Ч
        ("Summative for the quarter", nil),
        ("Summative for the term", nil),
        ("Summative assessment for the quarter 2", nil),
        ("Суммативное оценивание за четверть", nil),
        ("Суммативное оценивание за 3 четверть", nil),
        ("Итоговое суммативное оценивание за полугодие", nil),
    ]

    @Test("term summative titles", arguments: termSummatives)
    func termSummative(title: String, number: Int?) {
        #expect(classifier.classify(title: title) == AssessmentClassification(kind: .termSummative, number: number))
    }

    static let formatives: [(String, Int?)] = [
        ("ФО", nil),
        ("ФО 3", 3),
        ("фо-1", 1),
        ("ҚБ", nil),
        ("ҚБ 2", 2),
        ("КБ", nil),
        ("қб", nil),
        ("FO 1", 1),
        ("формативное", nil),
        ("Формативное оценивание", nil),
        ("ФОРМАТИВНОЕ ОЦЕНИВАНИЕ 12.09", nil),
        ("қалыптастырушы", nil),
        ("Қалыптастырушы бағалау", nil),
        ("Formative", nil),
        ("Formative assessment: Cells", nil),
    ]

    @Test("formative titles", arguments: formatives)
    func formative(title: String, number: Int?) {
        #expect(classifier.classify(title: title) == AssessmentClassification(kind: .formative, number: number))
    }

    static let exams = [
        "Экзамен", "экзамен по алгебре", "Итоговый экзамен", "емтихан", "Емтихан", "Қорытынды емтихан",
        "Exam", "Final exam", "FINAL EXAM", "Examination 2025", "Mid-term exam",
    ]

    @Test("exam titles", arguments: exams)
    func exam(title: String) {
        #expect(classifier.classify(title: title) == AssessmentClassification(kind: .exam))
    }

    static let finals = [
        "Четвертная", "четвертная оценка", "Четвертная (2 четверть)", "Итоговая", "Итоговая оценка", "годовая",
        "Годовая оценка", "Оценка за четверть", "Оценка за год", "Полугодовая", "тоқсандық баға",
        "Тоқсандық баға", "токсандык бага", "жылдық", "Жылдық баға", "қорытынды", "Қорытынды баға",
        "Quarter grade", "Term grade", "Term mark", "Final grade", "Final", "Final score", "Overall",
        "Overall grade", "Annual", "Year grade",
    ]

    @Test("final mark titles", arguments: finals)
    func final(title: String) {
        #expect(classifier.classify(title: title) == AssessmentClassification(kind: .final))
    }

    static let others = [
        "Quiz: Forces", "Essay 1", "Домашнее задание", "Lab 2", "Сорок задач", "Сорок", "сорт", "Сорта яблок",
        "Sorting algorithms", "Sort 2", "Сочинение", "Сочинение 2", "сочинение-рассуждение", "Сочи 2014",
        "Cop 1", "cope with stress", "Фото", "Форма", "Тест 3", "Контрольная работа", "Бақылау жұмысы",
        "Final project", "Quarter 2", "2 четверть", "Period 2", "", "   ", "1", "№ 5", "Test (20)",
        "Tjb", "Summary", "Formula sheet", "Sorok", "SOROK", "Sochi", "Foto",
    ]

    @Test("ordinary work and false friends are other", arguments: others)
    func other(title: String) {
        #expect(classifier.classify(title: title) == AssessmentClassification(kind: .other))
    }

    static let categories: [(String, String?, AssessmentClassification)] = [
        ("Test 3", "СОР", AssessmentClassification(kind: .sectionSummative)),
        ("Quiz: Forces", "Summative", AssessmentClassification(kind: .sectionSummative)),
        ("Quiz: Forces", "Formative", AssessmentClassification(kind: .formative)),
        ("Essay 1", "ФО", AssessmentClassification(kind: .formative)),
        ("Тест", "СОЧ", AssessmentClassification(kind: .termSummative)),
        ("Контрольная", "Exam", AssessmentClassification(kind: .exam)),
        ("Lab 2", "Homework", AssessmentClassification(kind: .other)),
        ("Lab 2", nil, AssessmentClassification(kind: .other)),
        ("Lab 2", "", AssessmentClassification(kind: .other)),
        // The title wins over the category when it says something.
        ("СОР 2", "Formative", AssessmentClassification(kind: .sectionSummative, number: 2)),
        ("ФО", "Summative", AssessmentClassification(kind: .formative)),
    ]

    @Test("the category is consulted when the title says nothing", arguments: categories)
    func category(title: String, category: String?, expected: AssessmentClassification) {
        #expect(classifier.classify(title: title, category: category) == expected)
    }

    @Test("the first abbreviation in the title wins")
    func firstAbbreviationWins() {
        #expect(classifier.classify(title: "СОЧ (вместо СОР 3)") == AssessmentClassification(kind: .termSummative))
        #expect(
            classifier.classify(title: "СОР 1, СОЧ") == AssessmentClassification(kind: .sectionSummative, number: 1))
    }

    @Test("numbers of three or more digits are not the work's number")
    func longNumbers() {
        #expect(classifier.classify(title: "СОР 2025") == AssessmentClassification(kind: .sectionSummative))
    }

    @Test("description names the kind and the number")
    func description() {
        #expect(AssessmentClassification(kind: .sectionSummative, number: 2).description == "sectionSummative 2")
        #expect(AssessmentClassification(kind: .other).description == "other")
    }
}
