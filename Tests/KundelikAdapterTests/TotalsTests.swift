import Foundation
import GradePortCore
import GradePortTesting
import KundelikAdapter
import Testing

/// Quarter and year marks: the PascalCase totals, `allfinalmarks`, and the camelCase totals inside
/// a dump.
@Suite struct TotalsTests {
    let maria = KundelikSamples.person("2120551935349718683")

    @Test func quarterAndYearMarksAreFinalAssessments() throws {
        let book = try KundelikSamples.read("criteria-marks-totals-light.json")
        #expect(book.sources.first?.export == "criteria-totals")
        let q2 = try #require(book.assessments.first { $0.id == "kundelik:final:Математика/2025-2026/Q2" })
        #expect(q2.kind == .final)
        #expect(q2.term == "2025-2026/Q2")
        #expect(q2.maxScore == DecimalNumber(5))
        #expect(q2.title == "Математика: 2 четверть")
        let year = try #require(book.result(maria, "kundelik:final:Математика/2025-2026/Y"))
        #expect(year.score == DecimalNumber(5))
        #expect(book.terms.first { $0.id == "2025-2026/Y" }?.kind == .year)
        // A year mark not set (`TotalMark: {}`) is no result.
        let abdirakhmanova = KundelikSamples.person("2120551935349720683")
        #expect(book.result(abdirakhmanova, "kundelik:final:Математика/2025-2026/Y") == nil)
        #expect(book.people.first { $0.id == maria }?.fullName == "Иванова Мария Петровна")
        #expect(book.people.first { $0.familyName == "Төлеген" }?.patronymic == nil)
    }

    @Test func allFinalMarksGiveTheSameMarks() throws {
        let totals = try KundelikSamples.read("criteria-marks-totals-light.json")
        let all = try KundelikSamples.read("allfinalmarks.json")
        #expect(all.results.count == 4)
        for result in all.results {
            #expect(result.person == maria)
            #expect(totals.result(result.person, result.assessment)?.score == result.score)
        }
    }

    @Test func pascalCaseAndCamelCaseGiveTheSameResults() throws {
        let pascal = try KundelikSamples.read("criteria-marks-totals-light.json")
        // The same response with every key's first letter lower-cased.
        let text = try String(contentsOfFile: KundelikSamples.path("criteria-marks-totals-light.json"), encoding: .utf8)
        let camelText = text.replacingOccurrences(
            of: #""([A-Z])([A-Za-z]*)":"#, with: "\"$1$2\":", options: .regularExpression)
        let lowered = camelText.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let quote = line.firstIndex(of: "\""), line[line.index(after: quote)...].contains("\":") else {
                return String(line)
            }
            let first = line.index(after: quote)
            return String(line[..<first]) + line[first...first].lowercased() + line[line.index(after: first)...]
        }.joined(separator: "\n")
        #expect(lowered.contains("\"subjectName\"") && !lowered.contains("\"SubjectName\""))
        let camel = try TemporaryExport.read(lowered, named: "kundelik-camel-totals.json", with: KundelikPlatform())
        #expect(camel.results.count == pascal.results.count)
        for result in pascal.results {
            let same = try #require(camel.result(result.person, result.assessment))
            #expect(same.score == result.score)
            #expect(same.raw == result.raw)
        }
        #expect(
            camel.people
                == pascal.people.map { person in
                    var copy = person
                    copy.source?.source = camel.sources[0].id
                    return copy
                })
    }

    @Test func camelCaseTotalsInADumpMeetThePascalCaseFile() throws {
        let dump = try KundelikSamples.read("7A-api-dump.json")
        let pascal = try KundelikSamples.read("criteria-marks-totals-light.json")
        let finals = dump.results.filter { $0.assessment.rawValue.hasPrefix("kundelik:final:") }
        #expect(finals.count == 12)
        for result in finals {
            #expect(pascal.result(result.person, result.assessment)?.score == result.score)
        }
        #expect(
            dump.assessments.first { $0.id == "kundelik:final:Математика/2025-2026/Q1" }?.title
                == "Математика: 1 четверть")
    }
}
