import GradePortCore
import Testing

/// Results that several inputs give for one student and assessment.
@Suite struct ConflictTests {
    /// Kundelik says 18, OnlineMektep says 15, in the order given.
    static func disagreeing(kundelikFirst: Bool) -> MergeFixture {
        var fixture = MergeFixture()
        let kundelik: (inout MergeFixture) -> Void = {
            $0.input("kundelik", file: "k.json", rows: [.init("k:1", "Ахметов Нурлан", [18])])
        }
        let onlineMektep: (inout MergeFixture) -> Void = {
            $0.input("onlinemektep", file: "om.csv", rows: [.init("om:1", "Ахметов Нұрлан", [15])])
        }
        if kundelikFirst {
            kundelik(&fixture)
            onlineMektep(&fixture)
        } else {
            onlineMektep(&fixture)
            kundelik(&fixture)
        }
        return fixture
    }

    struct Case: Sendable, CustomStringConvertible {
        var kundelikFirst: Bool
        var preference: ConflictPreference
        var kept: DecimalNumber
        var description: String { "kundelik \(kundelikFirst ? "first" : "second"), --prefer \(preference): \(kept)" }
    }

    static let cases: [Case] = [
        Case(kundelikFirst: true, preference: .last, kept: 15),
        Case(kundelikFirst: false, preference: .last, kept: 18),
        Case(kundelikFirst: true, preference: .platform("kundelik"), kept: 18),
        Case(kundelikFirst: false, preference: .platform("kundelik"), kept: 18),
        Case(kundelikFirst: true, preference: .platform("onlinemektep"), kept: 15),
        Case(kundelikFirst: false, preference: .platform("onlinemektep"), kept: 15),
        // A platform that gave no value: the later input's.
        Case(kundelikFirst: true, preference: .platform("teams"), kept: 15),
    ]

    @Test("--prefer picks the kept value", arguments: cases)
    func preference(_ test: Case) throws {
        let book = Self.disagreeing(kundelikFirst: test.kundelikFirst).merged(prefer: test.preference)
        #expect(book.results.map(\.score) == [test.kept])
        let conflict = try #require(book.diagnostics(.conflictingResults).first)
        #expect(conflict.severity == .warning)
        #expect(conflict.message.contains("k.json:2:2") && conflict.message.contains("om.csv:2:2"))
        #expect(conflict.message.contains("18") && conflict.message.contains("15"))
        #expect(conflict.message.contains("--prefer \(test.preference)"))
        #expect(book.merge?.resultConflicts == 1)
        #expect(book.merge?.resultAgreements == 0)
        // The diagnostic stands at the kept value.
        let keptFile = test.kept == 18 ? "k.json" : "om.csv"
        #expect(conflict.file == keptFile && conflict.line == 2 && conflict.column == 2)
    }

    @Test("The summary lists each conflict: every input's value, the kept one and its place", arguments: cases)
    func conflictList(_ test: Case) throws {
        let book = Self.disagreeing(kundelikFirst: test.kundelikFirst).merged(prefer: test.preference)
        let conflicts = try #require(book.merge?.conflicts)
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        let inOrder: [DecimalNumber] = test.kundelikFirst ? [18, 15] : [15, 18]
        #expect(conflict.values.map(\.score) == inOrder)
        #expect(conflict.values[conflict.kept].score == test.kept)
        #expect(book.results[conflict.position].score == test.kept)
        #expect(book.results[conflict.position].source == conflict.values[conflict.kept].source)
        #expect(conflict.about.contains("Ахметов"))
    }

    @Test func equalValuesMergeQuietly() {
        var fixture = MergeFixture()
        fixture.input("kundelik", file: "k.json", rows: [.init("k:1", "Ахметов Нурлан", [18])])
        fixture.input(
            "onlinemektep", file: "om.csv", rows: [.init("om:1", "Ахметов Нұрлан", [DecimalNumber(parsing: "18.0")!])])
        let book = fixture.merged()
        #expect(book.results.count == 1)
        #expect(book.results.first?.source.source == "s2")
        #expect(book.diagnostics(.conflictingResults).isEmpty)
        #expect(book.merge?.conflicts == [])
        #expect(book.merge?.resultAgreements == 1)
    }

    /// An absence against a score is a conflict; without a subject and term to align them by, the
    /// two assessments stay apart and nothing conflicts.
    @Test(arguments: [true, false])
    func aStatusAgainstAScore(aligned: Bool) {
        var builder = GradebookBuilder()
        for (file, platform, status) in [("a.csv", "journal", ResultStatus.absent), ("b.csv", "onlinemektep", .graded)]
        {
            builder.beginSource(file: file, platform: PlatformID(rawValue: platform), export: "test")
            builder.add(Person(id: "\(platform):1", familyName: "Ким", givenName: "Анна"))
            builder.add(SchoolClass(id: "\(platform):7А", name: "7А"))
            builder.add(Subject(id: "\(platform):math", name: "Математика"))
            builder.add(Enrollment(person: "\(platform):1", class: "\(platform):7А"))
            builder.add(
                Assessment(
                    id: "\(platform):sor", title: "СОР 1", kind: .sectionSummative, number: 1, maxScore: 20,
                    subject: aligned ? "\(platform):math" : nil, class: "\(platform):7А", term: aligned ? "Q2" : nil))
            builder.add(
                AssessmentResult(
                    person: "\(platform):1", assessment: "\(platform):sor", status: status,
                    score: status == .graded ? 17 : nil, raw: status == .graded ? "17" : "н",
                    source: builder.reference(line: 2, column: 3)))
        }
        let book = GradebookMerger().merge(builder.build())
        #expect(book.people.count == 1)
        #expect(book.results.map(\.status) == (aligned ? [.graded] : [.absent, .graded]))
        #expect(book.diagnostics(.conflictingResults).count == (aligned ? 1 : 0))
        if aligned {
            #expect(book.diagnostics(.conflictingResults).first?.message.contains("absent") == true)
        }
    }

    /// Results naming a student no input describes (a dangling reference the adapter reported) meet
    /// each other by their id, and nothing else.
    @Test func resultsOfAnUnknownStudentMeetByTheirID() {
        var builder = GradebookBuilder()
        for (file, score) in [("a.csv", DecimalNumber(12)), ("b.csv", DecimalNumber(14))] {
            builder.beginSource(file: file, platform: "journal", export: "test")
            builder.add(Assessment(id: "journal:sor", title: "СОР 1", kind: .sectionSummative, number: 1, maxScore: 20))
            builder.add(
                AssessmentResult(
                    person: "journal:ghost", assessment: "journal:sor", status: .graded, score: score,
                    raw: score.description,
                    source: builder.reference(line: 2, column: 2)))
        }
        let book = GradebookMerger().merge(builder.build())
        #expect(book.people.isEmpty)
        #expect(book.results.map(\.score) == [14])
        #expect(book.diagnostics(.conflictingResults).first?.message.contains("journal:ghost") == true)
    }

    /// Two records of one input found to be one child: the input's first row wins, as within an input.
    @Test func oneInputTwiceKeepsItsFirstRow() throws {
        var fixture = MergeFixture()
        fixture.input(
            "journal", file: "j.csv",
            rows: [
                .init("j:1", "Ахметов Нурлан", iin: "120315500048", [12]),
                .init("j:2", "Akhmetov Nurlan", iin: "120315500048", [14]),
            ])
        fixture.input(
            "bilimclass", file: "bc.json", rows: [.init("bc:1", "Нұрланов Ерасыл", iin: "120315500048", [14])])
        let book = fixture.merged()
        #expect(book.people.count == 1)
        let duplicate = try #require(book.diagnostics(.duplicateResult).first)
        #expect(duplicate.severity == .error)
        #expect(duplicate.line == 3)
        #expect(duplicate.message.contains("j.csv:2:2 is kept"))
        // The kept journal row (12) then meets BilimClass's 14: the later input's value.
        #expect(book.results.map(\.score) == [14])
        #expect(book.merge?.duplicateResults == 1)
        #expect(book.merge?.resultConflicts == 1)
    }

    /// Every result of every input is in the output, or an agreement counted, or named by a
    /// diagnostic (a conflict's other values, a duplicate).
    @Test func everyResultIsAccountedFor() throws {
        var fixture = MergeFixture()
        let columns: [MergeFixture.Column] = [
            .init("СОР 1", number: 1), .init("СОР 2", number: 2), .init("СОЧ", .termSummative, max: 25),
        ]
        fixture.input(
            "kundelik", file: "k.json", columns: columns,
            rows: [
                .init("k:1", "Ахметов Нұрлан Серікұлы", [18, 17, 22]), .init("k:2", "Иванова Мария", [15, nil, 20]),
                .init("k:3", "Ким Анна", [10, 11, 12]), .init("k:4", "Ким Анна", [9, 9, 9]),
            ])
        fixture.input(
            "onlinemektep", file: "om.csv", columns: columns,
            rows: [
                .init("om:1", "Ахметов Нурлан", [18, 16, 22]), .init("om:2", "Иванова Мария Петровна", [15, 14, 21]),
                .init("om:3", "Ким Анна", [10, 11, 12]), .init("om:4", "Петров Дмитрий", [7, 8, 9]),
            ])
        fixture.input(
            "journal", file: "j.csv", columns: columns,
            rows: [.init("j:1", "Akhmetov Nurlan", [18, 17, nil]), .init("j:2", "Ivanova Mariya", [15, 14, 21])])
        let input = fixture.book
        let book = fixture.merged()
        let summary = try #require(book.merge)
        let conflicts = book.diagnostics(.conflictingResults)
        // Each conflict drops one result per other differing value it lists ("from FILE:LINE:COLUMN").
        let dropped = conflicts.map { $0.message.components(separatedBy: " from ").count - 2 }.reduce(0, +)
        #expect(
            input.results.count == book.results.count + summary.resultAgreements + dropped + summary.duplicateResults)
        #expect(input.results.count == 28)
        #expect(summary.resultConflicts == 2)
        #expect(book.people.count == 6)
        #expect(book.diagnostics(.ambiguousPersonMatch).count == 1)
        // The kept values: the later input's.
        #expect(book.scores(of: "k:1")["СОР 2"] == 17)
        #expect(book.scores(of: "k:2")["СОЧ"] == 21)
    }
}
