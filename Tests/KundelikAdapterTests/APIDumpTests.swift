import GradePortCore
import GradePortTesting
import KundelikAdapter
import Testing

/// The API dumps: the folder with paged marks and the single file.
@Suite struct APIDumpTests {
    let aruzhan = KundelikSamples.person("2120551935349716683")
    let erasyl = KundelikSamples.person("2120551935349717683")
    let kim = KundelikSamples.person("1000006849522")
    let sor1: Assessment.ID = "kundelik:section:2500000000000007701"
    let soch: Assessment.ID = "kundelik:section:2500000000000007703"
    let fo1: Assessment.ID = "kundelik:work:2300000000000003301"
    let fo2: Assessment.ID = "kundelik:work:2300000000000003302"
    let dictation: Assessment.ID = "kundelik:work:2300000000000003313"

    @Test func sixtyFourBitIdsAreKeptExactly() throws {
        let book = try KundelikSamples.read("api-dump")
        let person = try #require(book.people.first { $0.id == aruzhan })
        // 2120551935349716683 read through a Double would be 2120551935349716736.
        #expect(person.externalIds == [.init(platform: "kundelik", id: "2120551935349716683")])
        #expect(book.assessments.contains { $0.id == "kundelik:section:2500000000000007701" })
    }

    @Test func rosterTermsAndNames() throws {
        let book = try KundelikSamples.read("api-dump")
        #expect(book.classes.map(\.name) == ["7А"])
        #expect(book.classes.first?.grade == 7)
        #expect(book.subjects.map(\.name) == ["Математика", "Қазақ тілі"])
        #expect(
            book.terms.map(\.id) == ["2025-2026/Q1", "2025-2026/Q2", "2025-2026/Q3", "2025-2026/Q4", "2025-2026/Y"])
        let aruzhan = try #require(book.people.first { $0.id == self.aruzhan })
        #expect(aruzhan.fullName == "Серікқызы Аружан Ерланқызы")
        #expect(book.people.first { $0.familyName == "Иванова" }?.patronymic == "Петровна")
        #expect(book.people.allSatisfy { $0.role == .student })
        #expect(book.enrollments.count == 12)
    }

    @Test func criteriaPointsTakeTheSectionsMaxValue() throws {
        let book = try KundelikSamples.read("api-dump")
        let result = try #require(book.result(erasyl, sor1))
        #expect(result.score == DecimalNumber(14))
        #expect(result.maxScore == DecimalNumber(20))
        #expect(result.percent == DecimalNumber(70))
        let section = try #require(book.assessments.first { $0.id == sor1 })
        #expect(section.kind == .sectionSummative)
        #expect(section.number == 1)
        #expect(section.term == "2025-2026/Q2")
        #expect(book.assessments.first { $0.id == soch }?.kind == .termSummative)
        #expect(book.assessments.first { $0.title == "ТЖБ" }?.kind == .termSummative)
        #expect(book.assessments.first { $0.title.hasPrefix("БЖБ 2") }?.kind == .sectionSummative)
    }

    @Test func journalMarksOnTheirMarkScale() throws {
        let book = try KundelikSamples.read("api-dump")
        let work = try #require(book.assessments.first { $0.id == fo1 })
        #expect(work.kind == .formative)
        #expect(work.maxScore == DecimalNumber(10))
        #expect(work.term == "2025-2026/Q2")
        #expect(book.result(aruzhan, fo1)?.score == DecimalNumber(9))
        #expect(book.result(aruzhan, fo1)?.maxScore == DecimalNumber(10))
        #expect(book.assessments.first { $0.id == dictation }?.maxScore == DecimalNumber(5))
    }

    @Test func attendanceCodes() throws {
        let book = try KundelikSamples.read("api-dump")
        let danijar = KundelikSamples.person("2120551935349721683")
        let absent = try #require(book.result(danijar, fo1))
        #expect(absent.status == .absent)
        #expect(absent.raw == "н")
        #expect(absent.score == nil)
        #expect(book.result(kim, fo2)?.status == .absent)
        #expect(book.result(kim, fo2)?.raw == "п")
        #expect(book.result(KundelikSamples.person("2120551935349726683"), fo2)?.raw == "б")
        // `о` (late for the lesson) is attendance: no result, an info note at the mark's line.
        let aisha = KundelikSamples.person("2120551935349722683")
        #expect(book.result(aisha, fo2) == nil)
        let note = try #require(book.diagnostics(.skippedRow).first { $0.message.contains("'о'") })
        #expect(note.severity == .info)
        #expect(note.file?.hasSuffix("api-dump/marks-1.json") == true)
        #expect(!book.hasErrors)
    }

    @Test func textMarksInBothInterfaceLanguages() throws {
        let book = try KundelikSamples.read("api-dump")
        let kazakh = try #require(book.result(aruzhan, dictation))
        #expect(kazakh.raw == "өте жақсы")
        #expect(kazakh.score == DecimalNumber(5))
        #expect(kazakh.maxScore == DecimalNumber(5))
        #expect(book.result(kim, dictation)?.score == DecimalNumber(2))
        #expect(book.result(KundelikSamples.person("2120551935349723683"), dictation)?.score == DecimalNumber(3))
    }

    @Test func singleFileAgreesWithTheFolder() throws {
        let single = try KundelikSamples.read("7A-api-dump.json")
        let folder = try KundelikSamples.read("api-dump")
        let journal = single.results.filter { !$0.assessment.rawValue.hasPrefix("kundelik:final:") }
        #expect(journal.count == 24)
        for result in journal {
            let same = try #require(folder.result(result.person, result.assessment))
            #expect(same.status == result.status)
            #expect(same.score == result.score)
            #expect(same.maxScore == result.maxScore)
        }
        #expect(single.enrollments.count == 4)
        #expect(!single.hasErrors)
    }
}
