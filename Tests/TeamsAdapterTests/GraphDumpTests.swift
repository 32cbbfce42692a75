import GradePortCore
import GradePortTesting
import TeamsAdapter
import Testing

/// The Microsoft Graph education dumps: the folder with pages and the single file with embedded
/// submissions.
@Suite struct GraphDumpTests {
    let sor1: Assessment.ID = "teams:assignment:820039b1-921d-59de-808c-ed2438a2ca7f"
    let bzhb2: Assessment.ID = "teams:assignment:c3398dc9-4193-590a-b8a6-a8cdb6b9d924"
    let reading: Assessment.ID = "teams:assignment:0c9587eb-5648-5cb4-8b1e-365dc5bf7ab8"

    @Test func classSubjectAndTermFromTheClassRecord() throws {
        let book = try TeamsSamples.read("graph-dump")
        #expect(book.classes.map(\.name) == ["7А"])
        #expect(book.classes.first?.grade == 7)
        #expect(book.subjects.map(\.name) == ["Физика"])
        let term = try #require(book.terms.first)
        #expect(term.kind == .quarter)
        #expect(term.number == 2)
        #expect(term.schoolYear == "2025-2026")
        #expect(term.start == "2025-11-03")
    }

    @Test func membersFromBothPagesAndStudentWithoutMailMatchedByUPN() throws {
        let book = try TeamsSamples.read("graph-dump")
        #expect(book.people.filter { $0.role == .student }.count == 12)
        #expect(book.people.filter { $0.role == .teacher }.map(\.familyName) == ["Сапарова"])
        let kim = try #require(book.people.first { $0.id == "teams:aleksey.kim@school7.example.kz" })
        #expect(kim.email == "aleksey.kim@school7.example.kz")
        #expect(kim.externalIds.contains { $0.platform == "teams" && $0.id == "d11bf2ca-0723-5fad-946a-32537596613d" })
        #expect(book.result(kim.id, sor1)?.score == DecimalNumber(12))
        #expect(book.people.first { $0.familyName == "Иванова" }?.patronymic == "Петровна")
        #expect(book.enrollments.count == 13)
        #expect(!book.diagnostics.contains { $0.severity == .warning && $0.message.contains("nextLink") })
    }

    @Test func excusedDraftSubmittedAndLate() throws {
        let book = try TeamsSamples.read("graph-dump")
        let excused = try #require(book.result("teams:aigerim.abdirakhmanova@school7.example.kz", sor1))
        #expect(excused.status == .excused)
        #expect(excused.comment == "Освобождена по болезни, справка")
        let draft = try #require(book.result("teams:aisha.tolegen@school7.example.kz", bzhb2))
        #expect(draft.draft == true)
        #expect(draft.score == DecimalNumber(13))
        let warning = try #require(book.diagnostics(.draftGrade).first)
        #expect(warning.severity == .warning)
        #expect(warning.line == draft.source.line)
        #expect(book.result("teams:timur.ospanov@school7.example.kz", bzhb2)?.status == .submitted)
        #expect(book.result("teams:daniyar.zhaksylykov@school7.example.kz", sor1)?.late == true)
        #expect(book.result("teams:aruzhan.serikkyzy@school7.example.kz", sor1)?.late == false)
        // A student still working has no result.
        #expect(book.result("teams:dmitriy.petrov@school7.example.kz", sor1) == nil)
    }

    @Test func ungradedAndDraftAssignments() throws {
        let book = try TeamsSamples.read("graph-dump")
        let ungraded = try #require(book.assessments.first { $0.id == reading })
        #expect(ungraded.maxScore == nil)
        let handedIn = try #require(book.result("teams:aruzhan.serikkyzy@school7.example.kz", reading))
        #expect(handedIn.status == .submitted)
        #expect(handedIn.comment == "Ответы полные")
        #expect(!book.assessments.contains { $0.title.contains("черновик") })
        #expect(book.diagnostics(.skippedRow).count == 1)
        #expect(!book.hasErrors)
    }

    @Test func singleFileWithEmbeddedSubmissionsAgreesWithTheFolder() throws {
        let single = try TeamsSamples.read("7A-graph-dump.json")
        let folder = try TeamsSamples.read("graph-dump")
        #expect(!single.results.isEmpty)
        for result in single.results {
            let same = try #require(folder.result(result.person, result.assessment))
            #expect(same.status == result.status)
            #expect(same.score == result.score)
            #expect(same.comment == result.comment)
            #expect(same.draft == result.draft)
        }
        #expect(!single.hasErrors)
    }
}
