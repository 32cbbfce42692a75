// The DocC article "Writing an adapter" (Sources/GradePortCore/GradePortCore.docc/Articles/WritingAnAdapter.md)
// quotes this file: every ```swift and ```yaml block of the article is a run of lines of this file,
// word for word (up to a uniform indentation), so that the article's code is compiled and run by
// `swift test`. `ArticleQuotationTests` fails when the two drift apart: change the code here, then
// paste it into the article (or the other way round).
import Foundation
import GradePortCore
import GradePortTesting
import JournalProfiles
import TableReader
import Testing

// MARK: - Step 0: a profile plus a sniffer

/// The journal profile the article shows in step 0: `shkola.yaml`.
let shkolaYAML = """
    id: shkola
    name: Shkola journal
    export: journal
    summary: a Shkola class journal (one class and subject) as CSV or XLSX
    columns:
      name: [ФИО, Аты-жөні]
    class: file-name
    subject: file-name
    assessments:
      - words: [СОР, БЖБ]
        kind: sectionSummative
      - words: [СОЧ, ТЖБ]
        kind: termSummative
    words:
      absent: [н, жоқ]
    """

/// Shkola (an example platform): its journal is a table `shkola.yaml` reads; the code only tells a
/// Shkola journal from any other journal, by the platform's name in the rows above the header.
public struct ShkolaPlatform: LearningPlatform {
    /// The platform id, `shkola`, and the profile's export kind, `journal`.
    public static let descriptor = PlatformDescriptor(
        id: "shkola", displayName: "Shkola",
        exports: [.init(id: "journal", summary: "a Shkola class journal (one class and subject) as CSV or XLSX")])

    /// The profile. A built-in adapter ships `shkola.yaml` as a resource of its module and loads it
    /// from `Bundle.module` (see `OnlineMektepProfile`).
    static let profile = Result { try JournalProfile(yaml: shkolaYAML, name: "shkola.yaml") }

    /// Creates the adapter.
    public init() {}

    /// High when a row above the header names Shkola; low otherwise, so that the generic `journal`
    /// profile keeps every other journal.
    public func sniff(_ file: ExportFile) -> Detection? {
        guard let profile = try? Self.profile.get(),
            let found = ProfilePlatform(profile).sniff(file),
            let (_, preamble) = ProfilePlatform(profile).locateHeader(in: file)
        else { return nil }
        let titled = preamble.contains { row in row.contains { $0.contains("Shkola") } }
        return detection(found.export, titled ? .high : .low, found.reason)
    }

    /// Reads the table with the profile engine.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    ) throws {
        try ProfilePlatform(try Self.profile.get()).read(file, as: export, into: &gradebook)
    }
}

// MARK: - Step 2: the adapter

/// mektep.edu.kz (an example platform): the class journal (one row per student, one column per
/// СОР and СОЧ) and the test results (one row per student and work), as CSV or XLSX.
public struct MektepPlatform: LearningPlatform {
    /// The platform id, `mektep`, and its two export kinds.
    public static let descriptor = PlatformDescriptor(
        id: "mektep", displayName: "mektep.edu.kz",
        exports: [
            .init(id: MektepExport.journal, summary: "the class journal: a row per student, a column per СОР and СОЧ"),
            .init(id: MektepExport.results, summary: "the test results: a row per student and work"),
        ])

    /// Creates the adapter.
    public init() {}

    /// Recognises either table by its header.
    public func sniff(_ file: ExportFile) -> Detection? {
        detection(MektepSniffer.sniff(file))
    }

    /// The export kind to read a file as when the user named `--platform mektep` but `sniff`
    /// declined the file: the results when the file name says so, else the journal.
    public func assumedExport(for file: ExportFile) -> PlatformDescriptor.ExportKind.ID {
        file.baseName.lowercased().contains("results") ? MektepExport.results : MektepExport.journal
    }

    /// Reads the table as the export kind the registry chose.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    ) throws {
        switch export {
        case MektepExport.journal: try MektepTable(file, into: &gradebook).readJournal(into: &gradebook)
        case MektepExport.results: try MektepTable(file, into: &gradebook).readResults(into: &gradebook)
        default: throw ExportReadError(.unknownFormat, "mektep.edu.kz has no export kind '\(export)'")
        }
    }
}

/// The export kinds of ``MektepPlatform``.
enum MektepExport {
    static let journal: PlatformDescriptor.ExportKind.ID = "journal"
    static let results: PlatformDescriptor.ExportKind.ID = "results"
}

/// Tells the two tables apart by their header, from the first rows of the input only.
enum MektepSniffer {
    /// Whether a row is the header: it has an `ID` and an `ФИО` column.
    static func isHeader(_ row: CSVRow) -> Bool {
        row.contains("ID") && row.contains("ФИО")
    }

    /// The export kind the input is, or `nil` when it is not mektep.edu.kz's.
    static func sniff(_ file: ExportFile) -> SniffFinding? {
        guard let table = TablePreview.cursor(for: file),
            let (header, _) = try? table.locateHeader(where: isHeader)
        else { return nil }
        if header.contains("Работа") && header.contains("Балл") {
            return SniffFinding(export: MektepExport.results, confidence: .high, reason: "header ID, ФИО, Работа, Балл")
        }
        let summative = header.filter { AssessmentKindClassifier().classify(title: $0).kind != .other }
        guard !summative.isEmpty else { return nil }
        return SniffFinding(
            export: MektepExport.journal, confidence: .high,
            reason: "header ID, ФИО and \(summative.count) СОР/СОЧ columns")
    }
}

/// One table being read: the header found, the `ID` and `ФИО` columns located.
struct MektepTable {
    let table: any TableCursor
    let header: CSVRow
    let idColumn: Int
    let nameColumn: Int
    let cells: CellValueParser

    /// Opens the file and finds the header among the first 25 rows; rows above it are noted.
    ///
    /// - Throws: `missing-header` when there is none; the table reader's error when the file cannot
    ///   be read as a table at all.
    init(_ file: ExportFile, into gradebook: inout GradebookBuilder) throws {
        let table = try TableFile.open(path: file.path)
        guard let (header, preamble) = try table.locateHeader(where: MektepSniffer.isHeader),
            let idColumn = header.firstIndex(of: "ID"), let nameColumn = header.firstIndex(of: "ФИО")
        else {
            throw ExportReadError(.missingHeader, "no header row with the columns ID and ФИО in the first 25 rows")
        }
        for row in preamble where !row.isEmptyRow {
            gradebook.diagnose(.info, .skippedRow, "row above the header skipped", line: row.line)
        }
        gradebook.reserveCapacity(forTableBytes: file.size)
        self.table = table
        self.header = header
        self.idColumn = idColumn
        self.nameColumn = nameColumn
        self.cells = CellValueParser(decimalComma: table.usesDecimalComma)
    }

    /// The journal: every other column is an assessment, its heading its title and maximum
    /// (`СОР 1 (20)`), and every filled cell under it a result.
    func readJournal(into gradebook: inout GradebookBuilder) throws {
        let columns = header.indices.filter { $0 != idColumn && $0 != nameColumn && !header.isBlank($0) }
        let assessments = columns.map { assessment(titled: header[$0], into: &gradebook) }
        while let row = try table.next() {
            guard let person = student(in: row, into: &gradebook) else { continue }
            for (column, assessment) in zip(columns, assessments) {
                addResult(row, column, person, assessment, into: &gradebook)
            }
        }
        noteWarnings(into: &gradebook)
    }

    /// The results: a row per student and work, the work's heading in `Работа` (`СОР 1 (20)`), the
    /// cell in `Балл`.
    func readResults(into gradebook: inout GradebookBuilder) throws {
        guard let work = header.firstIndex(of: "Работа"), let score = header.firstIndex(of: "Балл") else {
            throw ExportReadError(.missingColumn, "the results need the columns Работа and Балл", line: header.line)
        }
        while let row = try table.next() {
            guard let person = student(in: row, into: &gradebook) else { continue }
            guard !row.isBlank(work) else {
                gradebook.diagnose(.error, .incompleteRecord, "no work named", line: row.line, column: work + 1)
                continue
            }
            addResult(row, score, person, assessment(titled: row[work], into: &gradebook), into: &gradebook)
        }
        noteWarnings(into: &gradebook)
    }

    /// The student a row is about, added with their name; `nil` for an empty row, and for a row
    /// without an ID, which is reported. Every other row is counted.
    func student(in row: CSVRow, into gradebook: inout GradebookBuilder) -> Person.ID? {
        if row.isEmptyRow { return nil }
        gradebook.countRows()
        guard !row.isBlank(idColumn) else {
            gradebook.diagnose(.error, .skippedRow, "row without an ID skipped", line: row.line, column: idColumn + 1)
            return nil
        }
        let platformID = row[idColumn]  // 18 digits: kept as text, never a Double
        let name = PersonName(fullName: row.string(at: nameColumn) ?? "")
        let id = Person.ID(platform: "mektep", platformID)  // `mektep:<id>`: namespaced by the platform
        gradebook.add(
            Person(
                id: id, familyName: name.familyName, givenName: name.givenName,
                patronymic: name.patronymic, externalIds: [.init(platform: "mektep", id: platformID)],
                source: gradebook.reference(line: row.line)))
        return id
    }

    /// The assessment a heading names (`СОР 1 (20)`: section summative 1, out of 20), added once.
    func assessment(titled heading: String, into gradebook: inout GradebookBuilder) -> Assessment.ID {
        let parts = ColumnHeading(heading)
        let kind = AssessmentKindClassifier().classify(title: parts.title)
        let id = Assessment.ID(platform: "mektep", parts.title)
        gradebook.add(
            Assessment(id: id, title: parts.title, kind: kind.kind, number: kind.number, maxScore: parts.maxScore))
        return id
    }

    /// The result in one cell: none for a blank cell (blank is not zero), a score or a status with
    /// its raw text and place, or an error at the cell for anything else.
    func addResult(
        _ row: CSVRow, _ column: Int, _ person: Person.ID, _ assessment: Assessment.ID,
        into gradebook: inout GradebookBuilder
    ) {
        guard !row.isBlank(column) else { return }
        let raw = row[column]
        let place = gradebook.reference(line: row.line(ofField: column), column: column + 1)
        var result = AssessmentResult(person: person, assessment: assessment, status: .graded, raw: raw, source: place)
        switch cells.parse(raw) {
        case .blank:
            return
        case .score(let score, let outOf, let late):
            result.score = score
            result.maxScore = outOf
            if late { result.late = true }
        case .percent(let percent, let late):
            result.score = percent
            result.maxScore = .hundred
            if late { result.late = true }
        case .status(let status, let late):
            result.status = status
            if late { result.late = true }
        case .invalid(let reason):
            gradebook.diagnose(.error, .invalidScore, "'\(raw)': \(reason)", line: place.line, column: place.column)
            return
        }
        gradebook.add(result)
    }

    /// What the table reader worked around (a stray quote), as warnings.
    func noteWarnings(into gradebook: inout GradebookBuilder) {
        for warning in table.warnings {
            gradebook.diagnose(.warning, .malformedInput, warning.message, line: warning.line, column: warning.column)
        }
    }
}

// MARK: - Step 3: the tests

/// Inputs for the example's tests: what a teacher downloads from mektep.edu.kz.
enum MektepSamples {
    /// The journal, saved by Russian Excel: `;` between fields, decimal commas, a title row.
    static let journal = """
        Журнал 7А, Математика, 1 четверть
        ID;ФИО;СОР 1 (20);СОР 2 (20);СОЧ (25)
        100000000000000001;Серікқызы Аружан Болатқызы;18;;н
        100000000000000002;Нұрланұлы Ерасыл;17,5;20;22

        """

    /// The test results.
    static let results = """
        ID,ФИО,Работа,Балл
        100000000000000001,Серікқызы Аружан Болатқызы,СОР 1 (20),18
        100000000000000001,Серікқызы Аружан Болатқызы,СОР 2 (20),н
        100000000000000002,Нұрланұлы Ерасыл,СОР 1 (20),

        """
}

@Suite struct WritingAnAdapterExampleTests {
    @Test func readsTheJournal() throws {
        let book = try TemporaryExport.read(MektepSamples.journal, named: "7А Математика.csv", with: MektepPlatform())
        #expect(book.sources.map(\.export) == ["journal"])
        #expect(book.sources.first?.rows == 2)
        #expect(book.people.map(\.id) == ["mektep:100000000000000001", "mektep:100000000000000002"])
        #expect(book.people.first?.givenName == "Аружан")

        let aruzhan = try #require(book.result("mektep:100000000000000001", "mektep:СОР 1"))
        #expect(aruzhan.score == 18)
        #expect(aruzhan.maxScore == 20)
        #expect(aruzhan.raw == "18")
        #expect(aruzhan.source.line == 3)
        #expect(aruzhan.source.column == 3)
        #expect(book.result("mektep:100000000000000001", "mektep:СОР 2") == nil)  // blank: no result
        #expect(book.result("mektep:100000000000000001", "mektep:СОЧ")?.status == .absent)
        #expect(book.result("mektep:100000000000000002", "mektep:СОР 1")?.score == DecimalNumber(parsing: "17.5"))
    }

    @Test func readsTheResults() throws {
        let book = try TemporaryExport.read(MektepSamples.results, named: "7А results.csv", with: MektepPlatform())
        #expect(book.sources.map(\.export) == ["results"])
        #expect(book.sources.first?.rows == 3)
        #expect(book.results.count == 2)
        let absent = try #require(book.result("mektep:100000000000000001", "mektep:СОР 2"))
        #expect(absent.status == .absent)
        #expect(absent.score == nil)
        #expect(absent.raw == "н")
        #expect(absent.source.line == 3)
        #expect(absent.source.column == 4)
        #expect(book.assessments.map(\.maxScore) == [20, 20])
    }

    @Test func conformance() throws {
        let folder = try TemporaryFolder()
        let samples = [
            try folder.write("7А Математика.csv", MektepSamples.journal),
            try folder.write("7А results.csv", MektepSamples.results),
        ]
        let failures = PlatformConformance(MektepPlatform(), samples: samples).run()
        #expect(failures.isEmpty, "\(failures)")
    }

    static let badInputs: [ExpectedDiagnostic: String] = [
        ExpectedDiagnostic(
            file: "invalid-score.csv", code: .invalidScore, severity: .error, line: 3, column: 3, results: 2):
            "ID,ФИО,СОР 1 (20),СОЧ (25)\n1,Серікқызы Аружан,18,22\n2,Нұрланұлы Ерасыл,x5,\n",
        ExpectedDiagnostic(
            file: "negative-score.csv", code: .negativeScore, severity: .error, line: 2, column: 4, results: 1):
            "ID,ФИО,СОР 1 (20),СОЧ (25)\n1,Серікқызы Аружан,18,-2\n",
        ExpectedDiagnostic(
            file: "no-id.csv", code: .skippedRow, severity: .error, line: 3, column: 1, results: 1):
            "ID,ФИО,СОР 1 (20)\n1,Серікқызы Аружан,18\n,Нұрланұлы Ерасыл,17\n",
        ExpectedDiagnostic(
            file: "no-header.csv", code: .missingHeader, severity: .error, line: nil, column: nil, results: 0):
            "Фамилия,Имя,СОР 1\nСерікқызы,Аружан,18\n",
    ]

    @Test(arguments: badInputs.keys)
    func reportsTheProblemAndKeepsTheRest(_ bad: ExpectedDiagnostic) throws {
        let book = try TemporaryExport.read(Self.badInputs[bad]!, named: bad.file, with: MektepPlatform())
        let mismatches = bad.mismatches(in: book, readFrom: book.sources.first?.file ?? bad.file)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func aNamedPlatformReadsAFileItDeclinesAsItsAssumedKind() throws {
        let book = try TemporaryExport.read("ID,Имя\n", named: "7А results.csv", with: MektepPlatform())
        #expect(book.sources.map(\.export) == ["results"])
        #expect(book.diagnostics(.missingHeader).count == 1)
    }

    @Test func theProfileReadsAShkolaJournal() throws {
        let journal = "Shkola\nФИО,СОР 1 (20),СОЧ (25)\nСерікқызы Аружан,18,н\n"
        let file = ExportFile(path: "7А Математика.csv", head: Array(journal.utf8))
        #expect(ShkolaPlatform().sniff(file)?.confidence == .high)
        let untitled = ExportFile(path: "7А Математика.csv", head: Array(journal.utf8.dropFirst(7)))
        #expect(ShkolaPlatform().sniff(untitled)?.confidence == .low)

        let book = try TemporaryExport.read(journal, named: "7А Математика.csv", with: ShkolaPlatform())
        #expect(book.sources.map(\.platform) == ["shkola"])
        #expect(book.results.map(\.raw) == ["18", "н"])
        #expect(book.results.map(\.status) == [.graded, .absent])
        #expect(book.results.first?.source.line == 3)
        #expect(book.results.first?.source.column == 2)
    }
}

/// The tests of an adapter with samples under `Samples/Mektep/` and golden files beside its tests, as
/// the article shows them. This package ships no mektep.edu.kz samples (the platform is an example),
/// so they are compiled, not run.
@Suite(.disabled("the article's example platform has no samples under Samples/Mektep"))
struct MektepSampleTests {
    @Test func conformance() {
        let fixtures = Fixtures(testFile: #filePath)
        let failures = PlatformConformance(MektepPlatform(), samples: fixtures.samples(in: "Mektep")).run()
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func golden() throws {
        let fixtures = Fixtures(testFile: #filePath)
        let book = try fixtures.read(fixtures.sample("Mektep/7A-journal.csv"), with: MektepPlatform())
        let differences = fixtures.golden("MektepAdapterTests/Golden/7A-journal.json")
            .differences(from: book, portableWith: fixtures)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    static let cases = [
        ExpectedDiagnostic(
            file: "negative-score.csv", code: .negativeScore, severity: .error, line: 4, column: 3, results: 5)
    ]

    @Test(arguments: cases)
    func reportsTheProblemAndKeepsTheRest(_ bad: ExpectedDiagnostic) throws {
        let fixtures = Fixtures(testFile: #filePath)
        let path = fixtures.sample("Mektep/bad/" + bad.file)
        let mismatches = bad.mismatches(in: try fixtures.read(path, with: MektepPlatform()), readFrom: path)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }
}

// MARK: - The article quotes this file

@Suite struct ArticleQuotationTests {
    /// The article's code blocks (```swift and ```yaml), each as its lines.
    static func quotedBlocks(in article: String) -> [[Substring]] {
        var blocks: [[Substring]] = []
        var current: [Substring]?
        for line in article.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if current == nil, trimmed == "```swift" || trimmed == "```yaml" {
                current = []
            } else if current != nil, trimmed == "```" {
                blocks.append(current!)
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// Whether `lines` holds `block` as a run of lines, each with the same extra indentation.
    static func quotes(_ lines: [Substring], _ block: [Substring]) -> Bool {
        guard let first = block.first(where: { !$0.isEmpty }), !lines.isEmpty else { return block.isEmpty }
        let firstOffset = block.firstIndex(of: first)!
        for start in 0...(lines.count - 1) where start + block.count <= lines.count {
            let candidate = lines[start + firstOffset]
            guard candidate.hasSuffix(first) else { continue }
            let indent = candidate.dropLast(first.count)
            guard indent.allSatisfy({ $0 == " " }) else { continue }
            let matches = block.indices.allSatisfy { index in
                let line = lines[start + index]
                return block[index].isEmpty ? line.allSatisfy { $0 == " " } : line == indent + block[index]
            }
            if matches { return true }
        }
        return false
    }

    @Test func theArticleQuotesThisFile() throws {
        let fixtures = Fixtures(testFile: #filePath)
        let article = try String(
            contentsOfFile: fixtures.packageRoot
                + "/Sources/GradePortCore/GradePortCore.docc/Articles/WritingAnAdapter.md", encoding: .utf8)
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let blocks = Self.quotedBlocks(in: article)
        #expect(blocks.count >= 8)
        for block in blocks {
            let quoted = Self.quotes(lines, block)
            #expect(quoted, "the article's block starting '\(block.first ?? "")' is not in this file, word for word")
        }
    }
}
