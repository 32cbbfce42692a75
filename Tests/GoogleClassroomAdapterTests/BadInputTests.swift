import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting
import Testing

/// Each damaged or unusual input gives its exact diagnostic, and everything else in it is kept.
@Suite struct BadInputTests {
    @Test("a download cut inside a quoted field: truncated-input at the open quote, earlier rows kept")
    func truncated() throws {
        let book = try SampleBooks.read("bad/truncated.csv")
        #expect(book.located(.truncatedInput) == ["error truncated-input 11:2"])
        #expect(book.people.count == 6)
        #expect(book.results.count == 35)
        #expect(
            book.result(email: "aruzhan.serikkyzy@school.example", title: "СОР 1")?.score
                == DecimalNumber(parsing: "18.5"))
    }

    @Test("a student twice (e-mail in another case): the later row is rejected, the first kept")
    func duplicateStudent() throws {
        let book = try SampleBooks.read("bad/duplicate-student.csv")
        #expect(book.located(.duplicateStudent) == ["error duplicate-student 6:3"])
        #expect(book.diagnostics.first { $0.code == .duplicateStudent }?.message.contains("line 4") == true)
        #expect(book.result(email: "maria.ivanova@school.example", title: "СОР 1")?.score == 15)
        #expect(book.results.count == 9)
        #expect(book.sources.first?.rows == 4)
    }

    @Test("a score above the maximum is kept with a warning")
    func scoreOverMax() throws {
        let book = try SampleBooks.read("bad/score-over-max.csv")
        #expect(book.located(.scoreAboveMaximum) == ["warning score-above-maximum 3:4"])
        #expect(book.result(email: "aruzhan.serikkyzy@school.example", title: "СОР 1")?.score == 22)
        #expect(book.results.count == 9)
    }

    @Test("a negative score is rejected at its cell; the rest is kept")
    func negativeScore() throws {
        let book = try SampleBooks.read("bad/negative-score.csv")
        #expect(book.located(.negativeScore) == ["error negative-score 4:5"])
        #expect(book.result(email: "maria.ivanova@school.example", title: "Quiz") == nil)
        #expect(book.results.count == 8)
    }

    @Test("an unknown word is an error at its cell; the rest is kept")
    func unknownWord() throws {
        let book = try SampleBooks.read("bad/unknown-word.csv")
        #expect(book.located(.invalidScore) == ["error invalid-score 4:6"])
        #expect(book.diagnostics.first { $0.code == .invalidScore }?.message.contains("пересдача") == true)
        #expect(book.results.count == 8)
    }

    @Test("heading and points row disagree: warning, the points row wins")
    func pointsDisagree() throws {
        let book = try SampleBooks.read("bad/points-disagree.csv")
        #expect(book.located(.inferredValue).contains("warning inferred-value 2:4"))
        #expect(book.assessments.first { $0.title == "СОР 1" }?.maxScore == 25)
    }

    @Test("two columns with one title: two assessments, the second with a (2) id")
    func duplicateTitles() throws {
        let book = try SampleBooks.read("bad/duplicate-titles.csv")
        let ids = book.assessments.filter { $0.title == "Quiz: Forces" }.map(\.id)
        #expect(
            ids == [
                "google-classroom:duplicate-titles:Quiz: Forces", "google-classroom:duplicate-titles:Quiz: Forces (2)",
            ])
        #expect(book.located(.inferredValue).contains("warning inferred-value 1:6"))
        #expect(book.results.count == 9)
    }

    @Test("a letter overall grade is not turned into a number")
    func letterOverall() throws {
        let book = try SampleBooks.read("bad/letter-overall.csv")
        #expect(book.located(.invalidScore) == ["warning invalid-score 2:4"])
        #expect(book.result(email: "aruzhan.serikkyzy@school.example", title: "Overall") == nil)
        #expect(
            book.result(email: "maria.ivanova@school.example", title: "Overall")?.percent
                == DecimalNumber(parsing: "87.5"))
        #expect(
            book.result(email: "maria.ivanova@school.example", title: "СОР 1")?.score == DecimalNumber(parsing: "17.5"),
            "17,5 in a comma-separated file: a decimal comma inside a quoted field")
        #expect(book.result(email: "alexey.kim@school.example", title: "Overall") == nil)
    }

    @Test("ragged rows, cells beyond the header, a student without e-mail, a late points row")
    func raggedAndUnnamed() throws {
        let book = try SampleBooks.read("bad/ragged-and-unnamed.csv")
        #expect(book.located(.raggedRow) == ["warning ragged-row 3:-", "warning ragged-row 4:6"])
        #expect(book.located(.incompleteRecord) == ["warning incomplete-record 5:3"])
        #expect(book.located(.skippedRow) == ["warning skipped-row 6:-"])
        #expect(book.people.contains { $0.id == "google-classroom:name:Нұрланұлы|Ерасыл" && $0.email == nil })
        #expect(book.sources.first?.rows == 4)
        #expect(book.results.count == 7)
    }

    @Test("Russian UI labels, a Баллы row, a Срок сдачи row, Russian status words")
    func russianLabels() throws {
        let book = try SampleBooks.read("bad/russian-ui.csv")
        #expect(book.assessments.first { $0.title.hasPrefix("СОР 1") }?.maxScore == 20)
        #expect(book.assessments.first { $0.title.hasPrefix("СОР 1") }?.date == "2024-09-19")
        #expect(book.assessments.first { $0.title == "ФО 1" }?.kind == .formative)
        #expect(
            book.result(email: "aruzhan.serikkyzy@school.example", title: "СОР 1")?.score
                == DecimalNumber(parsing: "18.5"))
        #expect(book.result(email: "aruzhan.serikkyzy@school.example", title: "ФО 1")?.status == .absent)
        #expect(book.result(email: "maria.ivanova@school.example", title: "ФО 1")?.status == .exempt)
        #expect(book.result(email: "maria.ivanova@school.example", title: "Итоговая")?.score == 70)
    }

    @Test("an empty file throws empty-input")
    func empty() throws {
        let book = try SampleBooks.read("bad/empty.csv")
        #expect(book.located(.emptyInput).count == 1)
        #expect(book.results.isEmpty)
    }

    @Test("a file without a Classroom header throws missing-header")
    func noHeader() throws {
        var builder = GradebookBuilder()
        builder.beginSource(file: "x.csv", platform: "google-classroom", export: "grades-csv")
        let path = SampleBooks.path("bad/graph-api.json").replacingOccurrences(
            of: "graph-api.json", with: "../make_samples.py")
        #expect(throws: ExportReadError.self) {
            try GoogleClassroomPlatform().read(try ExportFile(path: path), as: "grades-csv", into: &builder)
        }
    }

    @Test("a submission for an unknown student or coursework is a dangling reference at its line")
    func danglingSubmissions() throws {
        let book = try SampleBooks.read("bad/api-dangling.json")
        #expect(
            book.located(.danglingReference) == ["error dangling-reference 90:5", "error dangling-reference 101:5"])
        #expect(book.results.count == 1)
    }
}
