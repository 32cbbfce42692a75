import Foundation
import GradePortCore
import TableReader

/// Turns the rows of a results table into people, assessments and attempts, and at the end adds
/// the attempt of each student and test that the policy keeps.
struct LongRows {
    let columns: LongColumns
    let platform: PlatformID
    let context: LongPreamble
    let cells: CellReading
    let policy: AttemptPolicy

    /// The kept attempt of each (person, assessment), in the order they first appeared.
    private var kept: [String: Attempt] = [:]
    private var order: [String] = []
    /// The attempts not kept, with the attempt that replaced them (filled in at the end).
    private var superseded: [(attempt: Attempt, key: String)] = []
    /// Names of people and titles of assessments, for messages.
    private var names: [Person.ID: String] = [:]
    private var titles: [Assessment.ID: String] = [:]
    /// Rows whose mark was not read because a score or percent gave the result: the count, and the first line.
    private var marksBeside: (count: Int, firstLine: Int) = (0, 0)
    /// The letter ratings and marks with `+`/`−` of the mark column, for one note each.
    private var notes = CellNotes()
    private let classifier = AssessmentKindClassifier()

    init(
        columns: LongColumns, platform: PlatformID, context: LongPreamble, cells: CellReading,
        policy: AttemptPolicy
    ) {
        self.columns = columns
        self.platform = platform
        self.context = context
        self.cells = cells
        self.policy = policy
    }

    /// Notes where the class and subject came from, and adds them when no column gives them.
    func noteContext(into builder: inout GradebookBuilder) {
        for note in context.notes { builder.diagnose(.info, .inferredValue, note) }
    }

    /// Reads one non-empty row under the header.
    mutating func read(_ row: CSVRow, into builder: inout GradebookBuilder) {
        guard let fullName = columns.value(columns.name, in: row) else {
            builder.diagnose(
                .info, .skippedRow, "row without a student skipped: \(LongReader.describe(row))", line: row.line)
            return
        }
        builder.countRows()
        let name = PersonName(fullName: fullName)

        // Class and subject: the row's columns, else the rows above the header.
        let classText =
            columns.value(columns.className, in: row).map { ClassName(parsing: $0)?.description ?? $0 }
            ?? context.className
        var classID: SchoolClass.ID?
        if let classText {
            classID = SchoolClass.ID(platform: platform, "class:\(classText)")
            builder.add(SchoolClass(id: classID!, name: classText, grade: ClassName(parsing: classText)?.grade))
        }
        let subject = columns.value(columns.subject, in: row) ?? context.subject
        let subjectID = subject.map { Subject.ID(platform: platform, "subject:\($0)") }
        if let subject, let subjectID { builder.add(Subject(id: subjectID, name: subject)) }

        // Keyed by class and name: unique only within a school, so scoped by the input's school.
        let person = builder.localPersonID(
            Person.ID(
                platform: platform, "\(classText ?? platform.rawValue):\(NameFolding.spelling(name.description))"))
        if names[person] == nil {
            names[person] = fullName
            builder.add(
                Person(
                    id: person, role: .student, familyName: name.familyName, givenName: name.givenName,
                    patronymic: name.patronymic, source: builder.reference(line: row.line), nameIsParsed: true))
        }
        if let classID { builder.add(Enrollment(person: person, class: classID, subject: subjectID)) }

        guard let title = columns.value(.test, in: row) else {
            let column = (columns.roles[.test] ?? columns.name) + 1
            builder.diagnose(
                .error, .incompleteRecord, "\(fullName): the row names no test; it is rejected", line: row.line,
                column: column)
            return
        }
        let date = columns.value(.date, in: row).flatMap(LongDate.init)
        let termID = self.term(row, date: date, into: &builder)
        let scope = [classText, subject, termID.map { String($0.rawValue.split(separator: "/").last ?? "") }]
            .compactMap { $0 }.joined(separator: "/")
        let assessment = Assessment.ID(platform: platform, "\(scope):\(title)")
        let maximum = self.maximum(row, into: &builder)
        if titles[assessment] == nil {
            titles[assessment] = title
            let category = columns.value(.category, in: row)
            let classification = classifier.classify(title: title, category: category)
            builder.add(
                Assessment(
                    id: assessment, title: title, kind: classification.kind, number: classification.number,
                    maxScore: maximum, subject: subjectID, class: classID, term: termID, date: date?.iso,
                    category: category, source: builder.reference(line: row.line, column: columns.roles[.test]! + 1)))
        }

        guard var result = self.result(row, person: person, assessment: assessment, maximum: maximum, into: &builder)
        else { return }
        if result.maxScore == nil { result.maxScore = maximum }
        if let markIndex = columns.roles[.mark], result.source.column == markIndex + 1, let raw = result.raw {
            switch cells.read(raw, scale: .mark5, maximum: nil) {
            case .modifiedMark: notes.modifiedMark(line: row.line, column: markIndex + 1, raw: raw.trimmedCell)
            case .letter: notes.letter(line: row.line, column: markIndex + 1, raw: raw.trimmedCell)
            case .value: break
            }
        }
        if result.comment == nil { result.comment = columns.value(.comment, in: row) }
        if let markText = columns.value(.mark, in: row),
            columns.value(.score, in: row) != nil || columns.value(.percent, in: row) != nil
        {
            marksBeside = (marksBeside.count + 1, marksBeside.count == 0 ? row.line : marksBeside.firstLine)
            checkMark(markText, against: result, row: row, into: &builder)
        }
        let attemptText = columns.value(.attempt, in: row)
        let attempt = Attempt(
            result: result, number: attemptText.flatMap { Int($0) }, date: date?.iso, line: row.line,
            column: (columns.roles[.attempt] ?? columns.roles[.score] ?? columns.name) + 1)
        record(attempt, key: person.rawValue + "\u{1F}" + assessment.rawValue, into: &builder)
    }

    /// The result a row gives, or `nil` (with a diagnostic or a note) when it gives none.
    private func result(
        _ row: CSVRow, person: Person.ID, assessment: Assessment.ID, maximum: DecimalNumber?,
        into builder: inout GradebookBuilder
    ) -> AssessmentResult? {
        let fullName = names[person] ?? person.rawValue
        let scoreIndex = columns.roles[.score]
        let percentIndex = columns.roles[.percent]
        let scoreText = columns.value(scoreIndex, in: row)
        let percentText = columns.value(percentIndex, in: row)
        func reference(_ index: Int) -> SourceReference {
            builder.reference(line: row.line(ofField: index), column: index + 1)
        }
        if let scoreText, let scoreIndex {
            var result = AssessmentResult(
                person: person, assessment: assessment, status: .graded, raw: row[scoreIndex],
                source: reference(scoreIndex))
            switch cells.parse(scoreText) {
            case .blank: break
            case .score(let value, let outOf, let late):
                result.score = value
                result.maxScore = outOf ?? maximum
                if late { result.late = true }
                if let percentText, let percentIndex, let maximum = result.maxScore, !maximum.isZero,
                    let stated = Self.percentValue(cells.parse(percentText)),
                    let computed = value.ratio(to: maximum, times: .hundred, fractionDigits: 2),
                    abs((computed - stated).scaledValue) > DecimalNumber.scale / 2
                {
                    builder.diagnose(
                        .warning, .percentMismatch,
                        "\(fullName): \(percentText) does not agree with \(scoreText) out of \(maximum) "
                            + "(\(computed)%); the score is kept",
                        line: row.line(ofField: percentIndex), column: percentIndex + 1)
                }
                return result
            case .percent(let value, let late):
                result.score = value
                result.maxScore = .hundred
                if late { result.late = true }
                return result
            case .status(let status, let late):
                result.status = status
                if late { result.late = true }
                return result
            case .invalid(let reason):
                builder.diagnose(
                    .error, .invalidScore,
                    "\(fullName) in '\(titles[assessment] ?? assessment.rawValue)': \(reason); the "
                        + "row gives no result", line: row.line(ofField: scoreIndex), column: scoreIndex + 1)
                return nil
            }
        }
        if let percentText, let percentIndex {
            var result = AssessmentResult(
                person: person, assessment: assessment, status: .graded, raw: row[percentIndex],
                source: reference(percentIndex))
            let parsed = cells.parse(percentText)
            if let value = Self.percentValue(parsed) {
                result.score = value
                result.maxScore = .hundred
                return result
            }
            if case .status(let status, _) = parsed {
                result.status = status
                return result
            }
            let reason: String
            if case .invalid(let text) = parsed { reason = text } else { reason = "not a percentage" }
            builder.diagnose(
                .error, .invalidScore,
                "\(fullName) in '\(titles[assessment] ?? assessment.rawValue)': \(reason); the row "
                    + "gives no result", line: row.line(ofField: percentIndex), column: percentIndex + 1)
            return nil
        }
        if let markIndex = columns.roles[.mark], let markText = columns.value(markIndex, in: row) {
            var result = AssessmentResult(
                person: person, assessment: assessment, status: .graded, raw: row[markIndex],
                source: reference(markIndex))
            switch cells.read(markText, scale: .mark5, maximum: nil) {
            case .modifiedMark(let mark):
                result.score = mark.score
                result.maxScore = CellReading.highestMark
            case .letter:
                result.status = .submitted
            case .value(let value):
                if result.take(value, maximum: nil) { break }
                let reason: String
                if case .invalid(let text) = value {
                    reason = text
                } else {
                    reason = "\"\(markText)\" is not a mark 1–5"
                }
                builder.diagnose(
                    .error, .invalidScore,
                    "\(fullName) in '\(titles[assessment] ?? assessment.rawValue)': \(reason); the row gives no result",
                    line: row.line(ofField: markIndex), column: markIndex + 1)
                return nil
            }
            return result
        }
        if let index = columns.roles[.comment], let comment = columns.value(index, in: row) {
            // A comment with no value is feedback on handed-in work: the comment cell is the result.
            return AssessmentResult(
                person: person, assessment: assessment, status: .submitted, raw: comment, comment: comment,
                source: reference(index))
        }
        builder.diagnose(
            .info, .skippedRow,
            "\(fullName) has no score\(columns.roles[.mark] == nil ? " or percent" : ", percent or mark") for '\(titles[assessment] ?? assessment.rawValue)' (not taken or not "
                + "finished): no result", line: row.line, column: (scoreIndex ?? percentIndex ?? columns.name) + 1)
        return nil
    }

    /// Warns when a row's mark is not the mark its percent gives on the 5-point scale (85–100 % a 5,
    /// 65–84 a 4, 40–64 a 3, below 40 a 2); the score or percent stays the result.
    private func checkMark(
        _ markText: String, against result: AssessmentResult, row: CSVRow, into builder: inout GradebookBuilder
    ) {
        guard let percent = result.percent, let index = columns.roles[.mark] else { return }
        let mark: Int
        switch cells.read(markText, scale: .mark5, maximum: nil) {
        case .modifiedMark(let modified): mark = modified.mark
        case .value(.score(let value, let outOf, _)) where outOf == CellReading.highestMark:
            mark = Int(value.rounded(toFractionDigits: 0).scaledValue / DecimalNumber.scale)
        default: return
        }
        let whole = Int(percent.rounded(toFractionDigits: 0).scaledValue / DecimalNumber.scale)
        let expected = MarkScale.kazakhstan.mark(forPercent: whole)
        guard expected != mark else { return }
        builder.diagnose(
            .warning, .percentMismatch,
            "\(names[result.person] ?? result.person.rawValue): mark \(markText) does not agree with \(percent)% "
                + "(a \(expected) on the 5-point scale); the score is kept", line: row.line(ofField: index),
            column: index + 1)
    }

    /// A percent cell's value: `85%`, `85,5 %`, or a bare `85`.
    private static func percentValue(_ value: CellValue) -> DecimalNumber? {
        switch value {
        case .percent(let number, _): return number
        case .score(let number, nil, _): return number
        default: return nil
        }
    }

    /// The maximum cell, when it is a positive number.
    private func maximum(_ row: CSVRow, into builder: inout GradebookBuilder) -> DecimalNumber? {
        guard let index = columns.roles[.maximum], let text = columns.value(index, in: row) else { return nil }
        if case .score(let value, nil, _) = cells.parse(text), !value.isNegative, !value.isZero { return value }
        builder.diagnose(
            .warning, .invalidScore, "maximum '\(text)' is not a positive number and is not used",
            line: row.line(ofField: index), column: index + 1)
        return nil
    }

    /// The term of a row: the quarter column (1–4) with the school year of the date.
    private func term(_ row: CSVRow, date: LongDate?, into builder: inout GradebookBuilder) -> Term.ID? {
        guard let text = columns.value(.term, in: row) else { return nil }
        let digits = text.filter(\.isNumber)
        guard let quarter = Int(digits), (1...4).contains(quarter) else { return nil }
        let year = date?.schoolYear
        let id: Term.ID = "\(year.map { $0 + "/" } ?? "")Q\(quarter)"
        builder.add(Term(id: id, schoolYear: year, kind: .quarter, number: quarter))
        return id
    }

    /// Keeps an attempt, or sets it aside, by the policy.
    private mutating func record(_ attempt: Attempt, key: String, into builder: inout GradebookBuilder) {
        guard let current = kept[key] else {
            kept[key] = attempt
            order.append(key)
            return
        }
        if let number = attempt.number, number == current.number {
            builder.diagnose(
                .error, .duplicateResult,
                "\(names[attempt.result.person] ?? attempt.result.person.rawValue): attempt \(number) of "
                    + "'\(titles[attempt.result.assessment] ?? "")' is listed again; the row at line \(current.line) "
                    + "is kept", line: attempt.line, column: attempt.column)
            return
        }
        if attempt.replaces(current, under: policy) {
            superseded.append((current, key))
            kept[key] = attempt
        } else {
            superseded.append((attempt, key))
        }
    }

    /// Adds the kept attempts, then a note for each attempt set aside.
    func finish(into builder: inout GradebookBuilder) {
        notes.summarise(into: &builder)
        if marksBeside.count > 0, let index = columns.roles[.mark] {
            builder.diagnose(
                .info, .ignoredContent,
                "\(marksBeside.count) row(s) give a mark beside a score or percent: the score or percent is the "
                    + "result, the mark column is read only when a row has neither", line: marksBeside.firstLine,
                column: index + 1)
        }
        for key in order {
            if let attempt = kept[key] { builder.add(attempt.result) }
        }
        for (attempt, key) in superseded.sorted(by: { $0.attempt.line < $1.attempt.line }) {
            guard let winner = kept[key] else { continue }
            let which = attempt.number.map { "attempt \($0)" } ?? "the attempt"
            let winning = winner.number.map { "attempt \($0)" } ?? "another attempt"
            let rule: String
            switch policy {
            case .last: rule = "the last attempt counts"
            case .best: rule = "the best attempt counts"
            case .first: rule = "the first attempt counts"
            }
            builder.diagnose(
                .info, .supersededAttempt,
                "\(names[attempt.result.person] ?? attempt.result.person.rawValue): \(which) of "
                    + "'\(titles[attempt.result.assessment] ?? "")' (\(attempt.result.raw ?? "")) is not kept: "
                    + "\(rule) (\(winning), line \(winner.line))", line: attempt.line, column: attempt.column)
        }
    }
}
