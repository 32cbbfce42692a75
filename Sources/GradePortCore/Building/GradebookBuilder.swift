/// Collects what adapters read into a ``Gradebook``.
///
/// The builder is where every adapter's output meets the same rules:
/// - records are keyed by id: adding a record whose id exists fills the fields the first one lacked
///   and keeps its values (the first source to name a thing describes it);
/// - every record is stamped with the current input (see ``beginSource(file:platform:export:sha256:)``);
/// - results are checked: a negative score is rejected, a score above its maximum is kept and
///   flagged, a second result for the same student and assessment from the same input is rejected
///   with a diagnostic naming the line that was kept (the first one, in every output). Results of
///   one student and assessment from different inputs are all kept: settling them is the merge's
///   job (``GradebookMerger``), which ``PlatformRegistry/readGradebook(from:platform:merging:)`` runs.
///
/// ```swift
/// var builder = GradebookBuilder()
/// builder.beginSource(file: "7A.csv", platform: "google-classroom", export: "grades-csv")
/// builder.add(Person(id: "gc:aruzhan@school.kz", familyName: "Серікқызы", givenName: "Аружан"))
/// builder.add(AssessmentResult(person: "gc:aruzhan@school.kz", assessment: "gc:7A:sor-1",
///                              status: .graded, score: 18, raw: "18", source: builder.reference(line: 4, column: 5)))
/// let gradebook = builder.build()
/// ```
public struct GradebookBuilder: Sendable {
    private var book = Gradebook()
    private var schoolIndex: [IdentifierKey: Int] = [:]
    private var termIndex: [IdentifierKey: Int] = [:]
    private var subjectIndex: [IdentifierKey: Int] = [:]
    private var classIndex: [IdentifierKey: Int] = [:]
    private var personIndex = InterningIndex()
    private var enrollmentSet: Set<Enrollment> = []
    private var assessmentIndex = InterningIndex()
    private var currentSourceIndex: Int?

    /// Results by (person ordinal, assessment ordinal), packed into one integer.
    private var resultIndex: [Int: Int] = [:]
    /// The last person a result named: adapters add a student's results one after another.
    private var lastPerson: (id: Person.ID, ordinal: Int) = ("", -1)

    /// Creates an empty builder.
    public init() {}

    // MARK: - Sources

    /// Starts a new input: records and diagnostics added from now on refer to it.
    ///
    /// - Returns: The new source's id (`s1`, `s2`, … in input order).
    @discardableResult
    public mutating func beginSource(
        file: String, platform: PlatformID, export: ExportKindID, sha256: String? = nil
    ) -> Source.ID {
        let id: Source.ID = "s\(book.sources.count + 1)"
        book.sources.append(Source(id: id, file: file, platform: platform, export: export, sha256: sha256))
        currentSourceIndex = book.sources.count - 1
        return id
    }

    /// The input being read, if one was begun.
    public var currentSource: Source? { currentSourceIndex.map { book.sources[$0] } }

    /// Records the SHA-256 of an input's bytes once it is known.
    mutating func setDigest(_ sha256: String?, ofSource id: Source.ID) {
        guard let index = book.sources.firstIndex(where: { $0.id == id }) else { return }
        book.sources[index].sha256 = sha256
    }

    /// Counts data rows (or API records) read from the current input.
    public mutating func countRows(_ count: Int = 1) {
        guard let index = currentSourceIndex else { return }
        book.sources[index].rows += count
    }

    /// A reference to a place in the current input.
    ///
    /// - Parameters:
    ///   - line: The 1-based line.
    ///   - column: The 1-based column (the field number in a CSV file).
    ///   - file: For a folder input, the path of the file in it that holds the place (as the adapter
    ///     opened it); it is kept relative to the folder.
    public func reference(line: Int? = nil, column: Int? = nil, file: String? = nil) -> SourceReference {
        SourceReference(source: currentSource?.id ?? "", file: file.map(entryName), line: line, column: column)
    }

    /// The path of a file inside the current folder input, relative to that folder.
    private func entryName(_ path: String) -> String {
        guard let folder = currentSource?.file else { return path }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    // MARK: - Diagnostics

    /// Records a diagnostic about the current input.
    ///
    /// - Parameters:
    ///   - severity: Whether something was rejected (error), kept with a doubt (warning) or inferred (info).
    ///   - code: The stable code.
    ///   - message: What was found and what was done with it.
    ///   - line: The 1-based line.
    ///   - column: The 1-based column (the field number in a CSV file).
    ///   - file: For a folder input, the path of the file in it that the line and column refer to; the
    ///     diagnostic then names that file instead of the folder.
    public mutating func diagnose(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String,
        line: Int? = nil, column: Int? = nil, file: String? = nil
    ) {
        book.diagnostics.append(
            Diagnostic(
                severity: severity, code: code, message: message, source: currentSource?.id,
                file: file ?? currentSource?.file, line: line, column: column))
    }

    /// Records a diagnostic as it is, for example one about an input that could not be opened.
    public mutating func diagnose(_ diagnostic: Diagnostic) {
        book.diagnostics.append(diagnostic)
    }

    /// The diagnostics recorded so far.
    public var diagnostics: [Diagnostic] { book.diagnostics }

    // MARK: - Records

    /// Adds a school, or completes the one with the same id.
    public mutating func add(_ school: School) {
        Self.upsert(school, into: &book.schools, index: &schoolIndex, stamp: reference()) { old, new in
            old.name = old.name ?? new.name
            old.bin = old.bin ?? new.bin
        }
    }

    /// Adds a term, or completes the one with the same id.
    public mutating func add(_ term: Term) {
        Self.upsert(term, into: &book.terms, index: &termIndex, stamp: reference()) { old, new in
            old.schoolYear = old.schoolYear ?? new.schoolYear
            old.kind = old.kind ?? new.kind
            old.number = old.number ?? new.number
            old.start = old.start ?? new.start
            old.end = old.end ?? new.end
            old.name = old.name ?? new.name
        }
    }

    /// Adds a subject, or keeps the one with the same id.
    public mutating func add(_ subject: Subject) {
        Self.upsert(subject, into: &book.subjects, index: &subjectIndex, stamp: reference()) { _, _ in }
    }

    /// Adds a class, or completes the one with the same id.
    public mutating func add(_ schoolClass: SchoolClass) {
        Self.upsert(schoolClass, into: &book.classes, index: &classIndex, stamp: reference()) { old, new in
            old.grade = old.grade ?? new.grade
            old.school = old.school ?? new.school
        }
    }

    /// Adds a person, or completes the one with the same id (names, e-mail, IIN and external ids).
    ///
    /// A name part or e-mail that is only spaces (Graph writes `"middleName": " "`) is no value: it is
    /// stored as absent, never as a blank that would reach every output.
    public mutating func add(_ person: Person) {
        var person = person
        person.familyName = Self.nonBlank(person.familyName)
        person.givenName = Self.nonBlank(person.givenName)
        person.patronymic = Self.nonBlank(person.patronymic)
        person.email = Self.nonBlank(person.email)
        Self.upsert(person, into: &book.people, index: &personIndex, stamp: reference()) { old, new in
            old.familyName = old.familyName ?? new.familyName
            old.givenName = old.givenName ?? new.givenName
            old.patronymic = old.patronymic ?? new.patronymic
            old.email = old.email ?? new.email
            old.iin = old.iin ?? new.iin
            for external in new.externalIds where !old.externalIds.contains(external) {
                old.externalIds.append(external)
            }
        }
    }

    /// `nil` for a text that is absent, empty or only spaces; the text as written otherwise.
    private static func nonBlank(_ text: String?) -> String? {
        guard let text, !text.unicodeScalars.allSatisfy(LetterFolding.isSpace) else { return nil }
        return text
    }

    /// Whether a person with this id has been added.
    public func containsPerson(id: Person.ID) -> Bool { personIndex.record(for: IdentifierKey(id)) != nil }

    /// The person with this id, if added.
    public func person(id: Person.ID) -> Person? { personIndex.record(for: IdentifierKey(id)).map { book.people[$0] } }

    /// Adds an enrollment once; repeats are ignored.
    public mutating func add(_ enrollment: Enrollment) {
        if enrollmentSet.insert(enrollment).inserted { book.enrollments.append(enrollment) }
    }

    /// Adds an assessment, or completes the one with the same id.
    public mutating func add(_ assessment: Assessment) {
        Self.upsert(assessment, into: &book.assessments, index: &assessmentIndex, stamp: reference()) { old, new in
            old.number = old.number ?? new.number
            old.maxScore = old.maxScore ?? new.maxScore
            old.subject = old.subject ?? new.subject
            old.class = old.class ?? new.class
            old.term = old.term ?? new.term
            old.date = old.date ?? new.date
            old.category = old.category ?? new.category
        }
    }

    /// The assessment with this id, if added.
    public func assessment(id: Assessment.ID) -> Assessment? {
        assessmentIndex.record(for: IdentifierKey(id)).map { book.assessments[$0] }
    }

    /// Adds a result after the checks every adapter shares.
    ///
    /// - A graded result without a score, or with a negative score, is rejected with an error.
    /// - A score above its maximum is kept with a `score-above-maximum` warning.
    /// - When the result has no maximum of its own it takes the assessment's.
    /// - A second result for the same student and assessment from the same input is rejected with a
    ///   `duplicate-result` error naming the kept line. One from a later input is kept beside the
    ///   earlier one; ``GradebookMerger`` settles the two by its stated rule.
    ///
    /// - Returns: Whether the result was kept.
    @discardableResult
    public mutating func add(_ result: consuming AssessmentResult) -> Bool {
        let assessment = assessmentIndex.ordinal(for: IdentifierKey(result.assessment))
        if result.maxScore == nil, let record = assessment.record {
            result.maxScore = book.assessments[record].maxScore
        }
        let line = result.source.line
        let column = result.source.column
        // In a folder input the place is a file of the folder: name that file, not the folder.
        let file = result.source.file.flatMap { name in currentSource.map { $0.file + "/" + name } }
        if result.status == .graded {
            guard let score = result.score else {
                diagnose(
                    .error, .invalidScore, "graded result without a score; rejected", line: line, column: column,
                    file: file)
                return false
            }
            if score.isNegative {
                diagnose(
                    .error, .negativeScore,
                    "negative score \(result.raw ?? score.description) rejected", line: line, column: column, file: file
                )
                return false
            }
            if let maxScore = result.maxScore, score > maxScore {
                diagnose(
                    .warning, .scoreAboveMaximum,
                    "score \(score) is above the maximum \(maxScore); kept as written", line: line, column: column,
                    file: file)
            }
        }
        let key = personOrdinal(result.person) << 32 | assessment.ordinal
        if let existing = resultIndex[key] {
            let kept = book.results[existing]
            if kept.source.source == result.source.source {
                diagnose(
                    .error, .duplicateResult,
                    "second result for \(result.person) in \(result.assessment); the one at line "
                        + "\(kept.source.line.map(String.init) ?? "?") is kept", line: line, column: column, file: file)
                return false
            }
            // A later input's result: kept beside the earlier one for the merge to settle; later
            // results of this input are checked against it.
            resultIndex[key] = book.results.count
            book.results.append(result)
            return true
        }
        resultIndex[key] = book.results.count
        book.results.append(result)
        return true
    }

    /// Adds a whole gradebook read back from GradePort's own `gradeport/1` form, so that it can be
    /// merged with other inputs.
    ///
    /// Each of its sources becomes a source of this builder (numbered after those already begun,
    /// with its file, platform, export, fingerprint and row count), and its records, results and
    /// diagnostics keep their provenance, pointed at the renumbered sources. Records complete earlier
    /// ones with the same id as ``add(_:)-(Person)`` does. Its results are not checked again (they
    /// were when first read, and the diagnostics saying so come with the gradebook); like a later
    /// input's, they are kept beside earlier results for the merge to settle. A previous merge's
    /// summary is not carried: the merge that follows counts again.
    public mutating func add(contentsOf other: Gradebook) {
        var renamed: [Source.ID: Source.ID] = [:]
        for source in other.sources {
            renamed[source.id] = beginSource(
                file: source.file, platform: source.platform, export: source.export, sha256: source.sha256)
            countRows(source.rows)
        }
        func moved(_ reference: SourceReference) -> SourceReference {
            var reference = reference
            reference.source = renamed[reference.source] ?? reference.source
            return reference
        }
        for school in other.schools { add(school) }
        for term in other.terms { add(term) }
        for subject in other.subjects { add(subject) }
        for schoolClass in other.classes { add(schoolClass) }
        for var person in other.people {
            person.source = person.source.map(moved)
            add(person)
        }
        for enrollment in other.enrollments { add(enrollment) }
        for var assessment in other.assessments {
            assessment.source = assessment.source.map(moved)
            for index in assessment.aliases.indices {
                assessment.aliases[index].source = assessment.aliases[index].source.map(moved)
            }
            add(assessment)
        }
        for var result in other.results {
            result.source = moved(result.source)
            let key =
                personOrdinal(result.person) << 32
                | assessmentIndex.ordinal(for: IdentifierKey(result.assessment)).ordinal
            resultIndex[key] = book.results.count
            book.results.append(result)
        }
        for var diagnostic in other.diagnostics {
            diagnostic.source = diagnostic.source.map { renamed[$0] ?? $0 }
            book.diagnostics.append(diagnostic)
        }
    }

    /// Makes room for about `count` more results, so that a large input does not copy its results
    /// each time the storage grows. Adapters that can estimate their result count (from the file size
    /// and the number of columns, say) call it once before reading rows; a wrong guess costs nothing
    /// but the estimate's memory.
    public mutating func reserveCapacity(results count: Int) {
        let wanted = book.results.count + min(max(0, count), 100_000_000)
        book.results.reserveCapacity(wanted)
        resultIndex.reserveCapacity(wanted)
    }

    /// Makes room for the results a gradebook table of `bytes` bytes can hold: a score cell takes at
    /// least two bytes with its delimiter, so a quarter of the size is a generous estimate for the
    /// dense numeric tables that grades exports are, capped at four million results.
    public mutating func reserveCapacity(forTableBytes bytes: Int64?) {
        guard let bytes, bytes > 0 else { return }
        reserveCapacity(results: Int(min(bytes / 4, 4_000_000)))
    }

    /// Finishes the gradebook.
    public func build() -> Gradebook { book }

    // MARK: - Private

    /// The small integer standing for a person id in the result index.
    private mutating func personOrdinal(_ id: Person.ID) -> Int {
        if lastPerson.ordinal >= 0 && IdentifierKey.sameBytes(lastPerson.id, id) { return lastPerson.ordinal }
        let ordinal = personIndex.ordinal(for: IdentifierKey(id)).ordinal
        lastPerson = (id, ordinal)
        return ordinal
    }

    private static func upsert<Record: Identifiable & HasSource>(
        _ record: Record, into records: inout [Record], index: inout some RecordIndex, stamp: SourceReference,
        complete: (inout Record, Record) -> Void
    ) where Record.ID: StringIdentifier {
        let key = IdentifierKey(record.id)
        if let existing = index.record(for: key) {
            complete(&records[existing], record)
        } else {
            var record = record
            if record.source == nil, !stamp.source.rawValue.isEmpty { record.source = stamp }
            index.register(key, record: records.count)
            records.append(record)
        }
    }
}

/// A record that remembers where it came from.
protocol HasSource {
    var source: SourceReference? { get set }
}

extension School: HasSource {}
extension Term: HasSource {}
extension Subject: HasSource {}
extension SchoolClass: HasSource {}
extension Person: HasSource {}
extension Assessment: HasSource {}
