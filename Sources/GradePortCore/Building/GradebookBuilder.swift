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
    /// The school scope of the current input, if the user gave one.
    private var currentScope: SchoolScope?
    /// The scoped ids of the current input's assessments, by the adapter's id: results name a few
    /// assessments many times, and sharing one scoped string keeps a large input's memory as it was.
    private var scopedAssessments: [String: Assessment.ID] = [:]
    /// The schools given to inputs, by their record's id.
    private var givenSchools: [School.ID: SchoolScope] = [:]
    /// Classes already warned about as joined across folders without a school.
    private var warnedUnscopedClasses: Set<IdentifierKey> = []

    /// Where each input's school comes from when its export does not name one (`--school`,
    /// `--school-from-folder`); read by ``beginSource(file:platform:export:sha256:)``. With a school,
    /// the input's class and assessment ids, and the person ids its adapter keys by name
    /// (``localPersonID(_:)``), end in `@SCHOOL` (``SchoolScope/scoped(_:)``), so that two schools'
    /// `7А` never meet; its classes without a school get this one.
    public var inputSchools: InputSchools = .none

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
        currentScope = inputSchools.scope(forInput: file)
        scopedAssessments.removeAll()
        if let scope = currentScope { givenSchools[scope.schoolID] = scope }
        book.sources.append(
            Source(
                id: id, file: file, platform: platform, export: export, sha256: sha256,
                school: currentScope?.schoolID))
        currentSourceIndex = book.sources.count - 1
        if inputSchools == .folder, currentScope == nil {
            diagnose(
                .warning, .unscopedInput,
                "--school-from-folder: the input is not inside a folder that could name its school; its classes "
                    + "and pupils have no school and may be joined with another school's of the same name "
                    + "(give the input's folder, e.g. 'Школа 12/\(file)', or --school NAME)")
        }
        return id
    }

    /// Scopes the current input to the school its export names (a journal's `Школа:` line), which
    /// wins over the one given on the command line; call it before the input's classes, assessments
    /// and people are added. The source records the school.
    public mutating func scopeCurrentInput(to scope: SchoolScope) {
        guard let index = currentSourceIndex else { return }
        currentScope = scope
        scopedAssessments.removeAll()
        givenSchools[scope.schoolID] = scope
        book.sources[index].school = scope.schoolID
    }

    /// The id a person keyed by name (or by anything else the platform does not make unique across
    /// schools) has in the current input: the id followed by `@SCHOOL` when the input has a school
    /// (``inputSchools``), else the id itself. Adapters that build a person id from a class and a
    /// name use it, so that two schools' `Иванов Иван` in their `7А` stay two children; ids a
    /// platform makes unique (an account id, an e-mail) are left alone, and the merge joins them
    /// across schools as strong evidence.
    public func localPersonID(_ id: Person.ID) -> Person.ID {
        currentScope.map { $0.scoped(id) } ?? id
    }

    /// The id a class of the current input has in the gradebook (scoped by its school, if given).
    private func local(_ id: SchoolClass.ID) -> SchoolClass.ID { currentScope.map { $0.scoped(id) } ?? id }

    /// The id an assessment of the current input has in the gradebook (scoped by its school, if given).
    private func local(_ id: Assessment.ID) -> Assessment.ID { currentScope.map { $0.scoped(id) } ?? id }

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

    /// Records a reader's warnings (a stray quote kept, a bad byte replaced by U+FFFD) as warning
    /// diagnostics about the current input (or `file`, a file of a folder input).
    public mutating func diagnose(warnings: [some DiagnosableWarning], file: String? = nil) {
        for warning in warnings {
            diagnose(
                .warning, warning.diagnosticCode, warning.diagnosticMessage, line: warning.diagnosticLine,
                column: warning.diagnosticColumn, file: file)
        }
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
    ///
    /// In an input with a school (``inputSchools``) the class's id is scoped by it and a class
    /// without a school gets it. A class of an input without a school that has the id of another
    /// folder's class (two folders' `7А` of one platform) is joined as before, with an
    /// `unscoped-input` warning saying how to keep the schools apart.
    public mutating func add(_ schoolClass: SchoolClass) {
        var schoolClass = schoolClass
        if let scope = currentScope {
            schoolClass.id = scope.scoped(schoolClass.id)
            if schoolClass.school == nil {
                add(scope.school)
                schoolClass.school = scope.schoolID
            }
        } else {
            warnIfJoinedAcrossFolders(schoolClass)
        }
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

    /// Adds an enrollment once; repeats are ignored. In an input with a school, its class is scoped as
    /// the input's classes are.
    public mutating func add(_ enrollment: Enrollment) {
        var enrollment = enrollment
        enrollment.class = local(enrollment.class)
        if enrollmentSet.insert(enrollment).inserted { book.enrollments.append(enrollment) }
    }

    /// Adds an assessment, or completes the one with the same id. In an input with a school, its id
    /// and class are scoped by it.
    public mutating func add(_ assessment: Assessment) {
        var assessment = assessment
        assessment.id = local(assessment.id)
        assessment.class = assessment.class.map(local)
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
        assessmentIndex.record(for: IdentifierKey(local(id))).map { book.assessments[$0] }
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
        if let scope = currentScope {
            if let scoped = scopedAssessments[result.assessment.rawValue] {
                result.assessment = scoped
            } else {
                let scoped = scope.scoped(result.assessment)
                scopedAssessments[result.assessment.rawValue] = scoped
                result.assessment = scoped
            }
        }
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

    /// Finishes the gradebook. A school given to an input (``inputSchools``) that none of its classes
    /// took — the export named its own — still has its record, so that the source's `school` names one.
    public func build() -> Gradebook {
        var finished = book
        for source in book.sources {
            guard let id = source.school, schoolIndex[IdentifierKey(id)] == nil,
                !finished.schools.contains(where: { $0.id == id }), let scope = givenSchools[id]
            else { continue }
            finished.schools.append(scope.school)
        }
        return finished
    }

    // MARK: - Private

    /// Warns, once per class, when a class of an input without a school has the id of a class read
    /// from an input in another folder that named no school either: the builder joins them, which is
    /// right for one school's files and wrong for two schools'.
    private mutating func warnIfJoinedAcrossFolders(_ schoolClass: SchoolClass) {
        let key = IdentifierKey(schoolClass.id)
        guard let existing = classIndex[key], book.classes[existing].school == nil, schoolClass.school == nil,
            let current = currentSource, !warnedUnscopedClasses.contains(key),
            let first = book.classes[existing].source?.source, first != current.id,
            let earlier = book.sources.first(where: { $0.id == first }), earlier.school == nil,
            InputSchools.folder(of: earlier.file) != InputSchools.folder(of: current.file)
        else { return }
        warnedUnscopedClasses.insert(key)
        diagnose(
            .warning, .unscopedInput,
            "class \(schoolClass.name) is also in \(earlier.file), from another folder, and neither input names "
                + "its school: they are read as one class, and same-named pupils as one child; if the folders are "
                + "different schools, give --school-from-folder (or convert each school with --school NAME)")
    }

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
