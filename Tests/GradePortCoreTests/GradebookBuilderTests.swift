import GradePortCore
import Testing

@Suite struct GradebookBuilderTests {
    private func builderWithAssessment(max: DecimalNumber? = 20) -> GradebookBuilder {
        var builder = GradebookBuilder()
        builder.beginSource(file: "7A.csv", platform: "test", export: "grades-csv")
        builder.add(Person(id: "p1", familyName: "Серікқызы", givenName: "Аружан"))
        builder.add(Assessment(id: "a1", title: "СОР 1", kind: .sectionSummative, maxScore: max))
        return builder
    }

    private func graded(_ score: DecimalNumber, line: Int, source builder: GradebookBuilder) -> AssessmentResult {
        AssessmentResult(
            person: "p1", assessment: "a1", status: .graded, score: score, raw: score.description,
            source: builder.reference(line: line, column: 4))
    }

    @Test func resultTakesTheAssessmentsMaximumAndPercent() {
        var builder = builderWithAssessment()
        let kept = builder.add(graded(DecimalNumber(parsing: "18.5")!, line: 3, source: builder))
        #expect(kept)
        let book = builder.build()
        #expect(book.results.count == 1)
        #expect(book.results[0].maxScore == 20)
        #expect(book.results[0].percent?.description == "92.5")
        #expect(book.diagnostics.isEmpty)
    }

    @Test func negativeScoreIsRejectedWithItsPlace() {
        var builder = builderWithAssessment()
        let kept = builder.add(graded(-3, line: 7, source: builder))
        #expect(!kept)
        let book = builder.build()
        #expect(book.results.isEmpty)
        #expect(book.diagnostics.count == 1)
        #expect(book.diagnostics[0].code == .negativeScore)
        #expect(book.diagnostics[0].severity == .error)
        #expect(book.diagnostics[0].line == 7)
        #expect(book.diagnostics[0].column == 4)
        #expect(book.diagnostics[0].file == "7A.csv")
        #expect(book.diagnostics[0].description == "7A.csv:7:4: error: negative score -3 rejected [negative-score]")
    }

    @Test func scoreAboveMaximumIsKeptAndFlagged() {
        var builder = builderWithAssessment()
        let kept = builder.add(graded(25, line: 5, source: builder))
        #expect(kept)
        let book = builder.build()
        #expect(book.results.map(\.score) == [25])
        #expect(book.results[0].percent?.description == "125")
        #expect(book.diagnostics.map(\.code) == [.scoreAboveMaximum])
        #expect(book.diagnostics[0].severity == .warning)
    }

    @Test func duplicateInOneSourceKeepsTheFirst() {
        var builder = builderWithAssessment()
        builder.add(graded(18, line: 3, source: builder))
        let kept = builder.add(graded(12, line: 9, source: builder))
        #expect(!kept)
        let book = builder.build()
        #expect(book.results.map(\.score) == [18])
        #expect(book.diagnostics.map(\.code) == [.duplicateResult])
        #expect(book.diagnostics[0].line == 9)
        #expect(book.diagnostics[0].message.contains("line 3 is kept"))
    }

    @Test func laterSourceIsKeptBesideTheEarlierForTheMerge() {
        var builder = builderWithAssessment()
        builder.add(graded(18, line: 3, source: builder))
        builder.beginSource(file: "7A-later.csv", platform: "test", export: "grades-csv")
        let later = builder.add(graded(19, line: 4, source: builder))
        // A second row of the later input is still a duplicate within that input.
        let again = builder.add(graded(20, line: 5, source: builder))
        #expect(later && !again)
        let book = builder.build()
        #expect(book.results.map(\.score) == [18, 19])
        #expect(book.results.map(\.source.source) == ["s1", "s2"])
        #expect(book.diagnostics.map(\.code) == [.duplicateResult])
        #expect(book.diagnostics.first?.line == 5)
        #expect(book.diagnostics.first?.message.contains("line 4 is kept") == true)
        let merged = GradebookMerger().merge(book)
        #expect(merged.results.map(\.score) == [19])
        #expect(merged.diagnostics.map(\.code) == [.duplicateResult, .conflictingResults])
    }

    @Test func recordsWithTheSameIDAreCompletedNotDuplicated() {
        var builder = GradebookBuilder()
        builder.beginSource(file: "a.json", platform: "test", export: "api-dump")
        builder.add(Person(id: "p1", givenName: "Аружан", externalIds: [.init(platform: "test", id: "1")]))
        builder.add(
            Person(
                id: "p1", familyName: "Серікқызы", givenName: "Другое",
                externalIds: [.init(platform: "test", id: "1"), .init(platform: "x", id: "9")]))
        let book = builder.build()
        #expect(book.people.count == 1)
        #expect(book.people[0].givenName == "Аружан")
        #expect(book.people[0].familyName == "Серікқызы")
        #expect(book.people[0].externalIds.count == 2)
        #expect(book.people[0].source == SourceReference(source: "s1"))
    }

    @Test func statusResultsNeedNoScore() {
        var builder = builderWithAssessment()
        let excused = AssessmentResult(
            person: "p1", assessment: "a1", status: .excused, raw: "Excused",
            source: builder.reference(line: 3))
        let kept = builder.add(excused)
        #expect(kept)
        #expect(builder.build().results[0].percent == nil)
    }

    @Test func gradedWithoutScoreIsRejected() {
        var builder = builderWithAssessment()
        let kept = builder.add(
            AssessmentResult(
                person: "p1", assessment: "a1", status: .graded,
                source: builder.reference(line: 2)))
        #expect(!kept)
        #expect(builder.build().diagnostics.map(\.code) == [.invalidScore])
    }
}
