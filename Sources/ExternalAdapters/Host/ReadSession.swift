import Foundation
import GradePortCore

/// The host's side of one `read` command: checks each line the adapter writes and puts its records
/// into the builder, namespaced with the adapter's id, through the same checks as a built-in
/// adapter's.
///
/// Problems with one line become diagnostics at the line's `at` and the line is skipped; only a
/// broken first line (no hello, another protocol version) stops the adapter.
struct ReadSession {
    /// The adapter's id: the namespace of every id it writes.
    let adapterID: PlatformID
    /// `adapter 'moodle' (/path/gradeport-adapter-moodle.py)`, for messages.
    let program: String

    /// The hello line, once read.
    private(set) var hello: Hello?
    /// The rows the summary line counted, once read.
    private(set) var summaryRows: Int?
    /// The `fatal` line, if the adapter wrote one.
    private(set) var fatal: AdapterFailure?
    /// The input lines that people and results came from: the data rows seen, when the adapter fails
    /// before its summary.
    private(set) var recordLines: Set<Int> = []

    private var defined: [RecordKind: Set<String>] = [:]
    private var unknownTypes: Set<String> = []
    private let classifier = AssessmentKindClassifier()

    /// Starts a session.
    init(adapterID: PlatformID, program: String) {
        self.adapterID = adapterID
        self.program = program
    }

    /// Handles one line of the adapter's output.
    ///
    /// - Throws: ``AdapterFailure`` when the first line is not a hello for protocol 1.
    mutating func handle(_ line: OutputLine, into builder: inout GradebookBuilder) throws(AdapterFailure) {
        let bytes: [UInt8]
        switch line {
        case .tooLong(let prefix, let limit):
            let failure = AdapterFailure.lineTooLong(program, prefix: prefix, limit: limit)
            builder.diagnose(.error, failure.diagnosticCode, failure.diagnosticMessage)
            return
        case .text(let text):
            bytes = text
        }
        guard let message = ProtocolMessage(line: bytes) else {
            if hello == nil {
                throw .missingHello(program, found: "a line that is not JSON: \(AdapterFailure.quote(bytes))")
            }
            let failure = AdapterFailure.notJSON(program, line: bytes)
            builder.diagnose(.error, failure.diagnosticCode, failure.diagnosticMessage)
            return
        }
        guard hello != nil else {
            hello = try Hello(message, program: program)
            return
        }
        let location: ProtocolMessage.Location?
        do {
            location = try message.location()
        } catch {
            builder.diagnose(.error, .incompleteRecord, "\(program): '\(message.type)' line: \(error); skipped")
            return
        }
        if let line = location?.line, message.type == "person" || message.type == "result" { recordLines.insert(line) }
        do {
            try handle(message, at: location, into: &builder)
        } catch let problem as LineProblem {
            builder.diagnose(
                .error, problem.code, problem.message, line: location?.line, column: location?.column,
                file: file(location, in: builder))
        } catch {
            builder.diagnose(
                .error, .incompleteRecord, "'\(message.type)' line: \(error); skipped", line: location?.line,
                column: location?.column, file: file(location, in: builder))
        }
    }

    // MARK: - Lines

    private mutating func handle(
        _ message: ProtocolMessage, at location: ProtocolMessage.Location?, into builder: inout GradebookBuilder
    ) throws {
        let source = location.map { builder.reference(line: $0.line, column: $0.column, file: $0.file) }
        switch message.type {
        case "school":
            let id: School.ID = try define(.school, message)
            builder.add(
                School(id: id, name: try message.string("name"), bin: try message.string("bin"), source: source))
        case "term":
            let id: Term.ID = try define(.term, message)
            builder.add(
                Term(
                    id: id, schoolYear: try message.string("schoolYear"),
                    kind: try message.choice("kind", Term.Kind.self),
                    number: try message.integer("number"), start: try message.string("start"),
                    end: try message.string("end"), name: try message.string("name"), source: source))
        case "subject":
            let name = try message.requiredString("name")
            builder.add(Subject(id: try define(.subject, message), name: name, source: source))
        case "class":
            let name = try message.requiredString("name")
            let school: School.ID? = try reference(.school, message, "school")
            builder.add(
                SchoolClass(
                    id: try define(.schoolClass, message), name: name, grade: try message.integer("grade"),
                    school: school, source: source))
        case "person":
            builder.add(try person(message, source: source))
        case "enrollment":
            let person: Person.ID = try requiredReference(.person, message, "person")
            let schoolClass: SchoolClass.ID = try requiredReference(.schoolClass, message, "class")
            builder.add(
                Enrollment(
                    person: person, class: schoolClass, subject: try reference(.subject, message, "subject"),
                    role: try message.choice("role", Person.Role.self) ?? .student))
        case "assessment":
            builder.add(try assessment(message, source: source))
        case "result":
            try addResult(message, location: location, into: &builder)
        case "diagnostic":
            let severity = try message.choice("severity", Diagnostic.Severity.self) ?? .warning
            let codeText = try message.string("code") ?? "adapter-diagnostic"
            let code =
                AdapterDescription.isValidID(codeText) ? DiagnosticCode(rawValue: codeText) : "adapter-diagnostic"
            builder.diagnose(
                severity, code, try message.requiredString("message"), line: location?.line, column: location?.column,
                file: file(location, in: builder))
        case "fatal":
            let code = (try? message.string("code")).flatMap { $0 }.flatMap {
                AdapterDescription.isValidID($0) ? DiagnosticCode(rawValue: $0) : nil
            }
            fatal = AdapterFailure(
                code: code ?? .adapterFailed,
                (try? message.string("message")).flatMap { $0 } ?? "\(program) cannot read the input",
                line: location?.line, column: location?.column)
        case "summary":
            summaryRows = try message.integer("rows") ?? 0
        case "progress", "hello":
            break
        default:
            if unknownTypes.insert(message.type).inserted {
                builder.diagnose(
                    .warning, .adapterOutput,
                    "\(program) wrote a line of unknown type '\(message.type)'; lines of this type are skipped")
            }
        }
    }

    private mutating func person(_ message: ProtocolMessage, source: SourceReference?) throws -> Person {
        var externalIds: [Person.ExternalID] = []
        for item in message.fields["externalIds"]?.array ?? [] {
            guard let platform = item["platform"]?.string, let id = item["id"]?.idString else {
                throw FieldError(field: "externalIds", expected: "a list of {\"platform\", \"id\"} objects")
            }
            externalIds.append(Person.ExternalID(platform: PlatformID(rawValue: platform), id: id))
        }
        let role = try message.choice("role", Person.Role.self) ?? .student
        let familyName = try message.string("familyName")
        let givenName = try message.string("givenName")
        let patronymic = try message.string("patronymic")
        let email = try message.string("email")
        let iin = try message.string("iin")
        let nameParsed = try message.bool("nameParsed") ?? false
        return Person(
            id: try define(.person, message), role: role, familyName: familyName, givenName: givenName,
            patronymic: patronymic, email: email, iin: iin, externalIds: externalIds, source: source,
            nameIsParsed: nameParsed)
    }

    private mutating func assessment(_ message: ProtocolMessage, source: SourceReference?) throws -> Assessment {
        let title = try message.requiredString("title")
        let category = try message.string("category")
        let subject: Subject.ID? = try reference(.subject, message, "subject")
        let schoolClass: SchoolClass.ID? = try reference(.schoolClass, message, "class")
        let term: Term.ID? = try reference(.term, message, "term")
        let maxScore = try message.decimal("maxScore")
        // A kind the adapter gives is taken with its number as given; without one, the title decides both.
        let kind = try message.choice("kind", AssessmentKind.self)
        let number = try message.integer("number")
        return Assessment(
            id: try define(.assessment, message), title: title,
            kind: kind ?? classifier.classify(title: title, category: category).kind,
            number: kind == nil ? number ?? classifier.classify(title: title, category: category).number : number,
            maxScore: maxScore, subject: subject,
            class: schoolClass, term: term, date: try message.string("date"), category: category, source: source)
    }

    private mutating func addResult(
        _ message: ProtocolMessage, location: ProtocolMessage.Location?, into builder: inout GradebookBuilder
    ) throws {
        let person: Person.ID = try requiredReference(.person, message, "person")
        let assessment: Assessment.ID = try requiredReference(.assessment, message, "assessment")
        let score = try message.decimal("score")
        guard let status = try message.choice("status", ResultStatus.self) ?? (score != nil ? .graded : nil) else {
            throw FieldError(field: "status", expected: "a result status", missing: true)
        }
        builder.add(
            AssessmentResult(
                person: person, assessment: assessment, status: status, score: score,
                maxScore: try message.decimal("maxScore"), raw: try message.string("raw"),
                comment: try message.string("comment"), late: try message.bool("late"),
                draft: try message.bool("draft"),
                source: builder.reference(line: location?.line, column: location?.column, file: location?.file)))
    }

    // MARK: - Ids

    /// Records the line's `id` as defined and returns it namespaced.
    private mutating func define<Record>(_ kind: RecordKind, _ message: ProtocolMessage) throws -> RecordID<Record> {
        let id = try message.requiredIdentifier("id")
        defined[kind, default: []].insert(id)
        return RecordID(platform: adapterID, id)
    }

    /// An optional reference, namespaced; it must name a record an earlier line defined.
    private func reference<Record>(
        _ kind: RecordKind, _ message: ProtocolMessage, _ field: String
    ) throws -> RecordID<Record>? {
        guard let id = try message.identifier(field) else { return nil }
        guard defined[kind]?.contains(id) == true else {
            throw LineProblem(
                .danglingReference,
                "'\(message.type)' line: \(field) '\(id)' was not defined by an earlier \(kind.rawValue) line; skipped")
        }
        return RecordID(platform: adapterID, id)
    }

    /// A reference that must be there.
    private func requiredReference<Record>(
        _ kind: RecordKind, _ message: ProtocolMessage, _ field: String
    ) throws -> RecordID<Record> {
        guard let id: RecordID<Record> = try reference(kind, message, field) else {
            throw FieldError(field: field, expected: "the id of a \(kind.rawValue)", missing: true)
        }
        return id
    }

    /// The path a diagnostic names: the file inside a folder input that `at.file` names.
    private func file(_ location: ProtocolMessage.Location?, in builder: GradebookBuilder) -> String? {
        guard let name = location?.file, let folder = builder.currentSource?.file else { return nil }
        return name.hasPrefix("/") ? name : (folder as NSString).appendingPathComponent(name)
    }
}

/// The kinds of record a line may define, by their protocol type.
enum RecordKind: String, Sendable, Hashable {
    case school, term, subject, person, enrollment, assessment, result
    case schoolClass = "class"
}

/// A line the host skips, with the diagnostic that says why.
struct LineProblem: Error {
    var code: DiagnosticCode
    var message: String

    init(_ code: DiagnosticCode, _ message: String) {
        self.code = code
        self.message = message
    }
}
