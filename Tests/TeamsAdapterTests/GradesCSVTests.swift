import GradePortCore
import GradePortTesting
import TeamsAdapter
import Testing

/// The grades CSV: values read from `7A-grades.csv`, and its Excel re-saves giving the same results.
@Suite struct GradesCSVTests {
    let sor1: Assessment.ID = "teams:7А:СОР 1"
    let lab: Assessment.ID = "teams:7А:Лабораторная работа 1"
    let homework: Assessment.ID = "teams:7А:Домашнее задание: Сила трения"
    let soch: Assessment.ID = "teams:7А:СОЧ за 2 четверть"

    @Test func headingsGiveTitlesMaximaAndKinds() throws {
        let book = try TeamsSamples.read("7A-grades.csv")
        let byID = Dictionary(uniqueKeysWithValues: book.assessments.map { ($0.id, $0) })
        #expect(byID[sor1]?.kind == .sectionSummative)
        #expect(byID[sor1]?.number == 1)
        #expect(byID[sor1]?.maxScore == DecimalNumber(20))
        #expect(byID["teams:7А:БЖБ 2"]?.kind == .sectionSummative)
        #expect(byID[soch]?.kind == .termSummative)
        #expect(byID[soch]?.maxScore == DecimalNumber(30))
        #expect(byID[homework]?.maxScore == DecimalNumber(5))
        #expect(book.assessments.count == 5, "feedback columns are not assessments")
    }

    @Test func feedbackKeepsCommasQuotesAndLineBreaks() throws {
        let book = try TeamsSamples.read("7A-grades.csv")
        #expect(
            book.result("teams:erasyl.nurlanuly@school7.example.kz", sor1)?.comment
                == "Ошибка в задаче 3, проверь единицы измерения")
        #expect(
            book.result("teams:erasyl.nurlanuly@school7.example.kz", soch)?.comment
                == "Хорошо.\nПерепиши вывод формулы")
        #expect(
            book.result("teams:maria.ivanova@school7.example.kz", lab)?.comment
                == "Отличный отчёт, \"эталон\" для класса")
    }

    @Test func wordsBlanksAndDecimals() throws {
        let book = try TeamsSamples.read("7A-grades.csv")
        let excused = try #require(book.result("teams:aigerim.abdirakhmanova@school7.example.kz", sor1))
        #expect(excused.status == .excused)
        #expect(excused.score == nil)
        #expect(excused.comment == "Освобождена по болезни, справка")
        #expect(book.result("teams:daniyar.zhaksylykov@school7.example.kz", homework)?.status == .missing)
        let decimal = try #require(book.result("teams:erasyl.nurlanuly@school7.example.kz", "teams:7А:БЖБ 2"))
        #expect(decimal.score == DecimalNumber(parsing: "12.5"))
        // Blank cells are no result, never a zero.
        #expect(book.result("teams:aleksey.kim@school7.example.kz", lab) == nil)
        #expect(book.result("teams:dmitriy.petrov@school7.example.kz", sor1) == nil)
        #expect(book.results.count == 12 * 5 - 5)
        #expect(!book.results.contains { $0.status == .graded && $0.score == .zero })
    }

    @Test func feedbackWithoutScoreIsReportedWhole() throws {
        let book = try TeamsSamples.read("7A-grades.csv")
        #expect(book.result("teams:dmitriy.petrov@school7.example.kz", lab) == nil)
        let warning = try #require(book.diagnostics(.ignoredContent).first)
        #expect(warning.severity == .warning)
        #expect(warning.line == 10)
        #expect(warning.column == 7)
        #expect(warning.message.contains("Работа не сдана, жду до пятницы"))
    }

    @Test func peopleKeepNamesAndAreKeyedByLowerCasedEmail() throws {
        let book = try TeamsSamples.read("7A-grades.csv")
        let maria = try #require(book.people.first { $0.id == "teams:maria.ivanova@school7.example.kz" })
        #expect(maria.email == "Maria.Ivanova@school7.example.kz")
        #expect(maria.familyName == "Иванова")
        #expect(maria.source?.line == 5)
        let aruzhan = try #require(book.people.first { $0.id == "teams:aruzhan.serikkyzy@school7.example.kz" })
        #expect(aruzhan.familyName == "Серікқызы")
        #expect(book.classes.map(\.name) == ["7А"])
        #expect(book.diagnostics(.inferredValue).count == 1)
    }

    @Test(arguments: TeamsSamples.gradesVariants)
    func excelReSavesGiveTheSameResults(_ variant: String) throws {
        let original = try TeamsSamples.read("7A-grades.csv")
        let resaved = try TeamsSamples.read(variant)
        // The decimal comma changes only the raw cell.
        func comparable(_ book: Gradebook) -> [AssessmentResult] {
            book.results.map { result in
                var result = result
                result.raw = result.raw?.replacingOccurrences(of: ",", with: ".")
                return result
            }
        }
        #expect(comparable(resaved) == comparable(original))
        #expect(resaved.assessments == original.assessments)
        #expect(resaved.people.map(\.id) == original.people.map(\.id))
        #expect(resaved.diagnostics.map(\.code) == original.diagnostics.map(\.code))
    }

    @Test(arguments: ["7A-grades-bom.csv", "7A-grades-unicode.txt"])
    func unicodeReSavesKeepKazakhNames(_ variant: String) throws {
        let original = try TeamsSamples.read("7A-grades.csv")
        let resaved = try TeamsSamples.read(variant)
        #expect(resaved.people == original.people)
    }

    @Test func localizedLabelsAndPointsRows() throws {
        let russian = try TeamsSamples.read("7Б Физика оценки.csv")
        #expect(russian.assessments.map(\.maxScore) == [DecimalNumber(20), DecimalNumber(25)])
        #expect(russian.subjects.map(\.name) == ["Физика"])
        #expect(russian.classes.map(\.name) == ["7Б"])
        #expect(russian.result("teams:oleg.smirnov@school7.example.kz", "teams:7Б/Физика:СОР 1")?.status == .exempt)
        #expect(
            russian.result("teams:nurlan.aliyev@school7.example.kz", "teams:7Б/Физика:СОЧ")?.score
                == DecimalNumber(parsing: "24.5"))
        #expect(russian.sources.first?.rows == 4)
        let kazakh = try TeamsSamples.read("7В Физика бағалар.csv")
        #expect(kazakh.assessments.map(\.kind) == [.sectionSummative, .termSummative])
        #expect(kazakh.assessments.map(\.maxScore) == [DecimalNumber(15), DecimalNumber(30)])
        #expect(
            kazakh.result("teams:gulnur.yesenova@school7.example.kz", "teams:7В/Физика:ТЖБ")?.comment
                == "Жақсы, бірақ 4-есепті қайта қара")
    }
}
