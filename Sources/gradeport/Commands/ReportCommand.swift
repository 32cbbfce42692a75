import ArgumentParser
import Foundation
import GradePortCore
import GradePortLocalization
import GradePortReports
import GradePortWriters
import GradeStore

/// `gradeport report`: reads inputs into one gradebook and reports term and annual marks under a
/// grading policy, with class summaries, as a table, JSON, CSV or an HTML page with charts.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compute ФО/СОР/СОЧ percentages, term and annual marks, and class summaries.",
        discussion: """
            Per student, subject and term: ФО % (mean of score/max of formative marks), СОР % and \
            СОЧ % (Σ score / Σ max), the weighted total (from 2020-2021: 25 % ФО + 25 % СОР + 50 % \
            СОЧ; 2016-2017 to 2019-2020: 50 % СОР + 50 % СОЧ), rounded half up and mapped to a \
            mark (0–39 → 2, 40–64 → 3, 65–84 → 4, 85–100 → 5); annual marks as the rounded mean of \
            the term marks; per class, subject and term the distribution of marks and of СОР and \
            СОЧ percentages (high 85–100, middle 40–84, low 0–39), averages and the students \
            missing summatives. Where the platform gave its own mark it is compared.

            Results that are absent, exempt, excused, missing or not yet graded are left out, not \
            counted as zeros, and named in the row's warnings. Draft grades (a Classroom draftGrade, \
            not yet returned to the student) are left out too and named; --include-drafts counts them. --policy FILE reads another year's \
            weights or scale from YAML or JSON (see docs/policy.md). A term that names no school \
            year (e.g. Q3 in a teacher's journal) is graded by --school-year, or else by the \
            latest rule, with a warning.

            Formats: table (for a terminal), json (gradeport-report/1), csv (one row per \
            student and term; --excel for Russian/Kazakh Excel: UTF-8 with BOM, ';', decimal commas), \
            html (a self-contained page with SVG charts, readable offline), xlsx (a sheet per class \
            and term with the CSV's columns, marks coloured by band; Classes and Warnings sheets).

            --lang ru|kk|en writes the table, the HTML page and the workbook in Russian, Kazakh (ҚБ, БЖБ, \
            ТЖБ, тоқсан) or English; without it they follow the locale (LC_ALL, LC_MESSAGES or LANG \
            starting with kk, ru or en), else Russian. The CSV keeps its English column names (a \
            contract scripts rely on) unless --lang is given: then --lang ru or kk names its columns and \
            writes its warnings in that language. JSON is data and has no language; --trend is written \
            in Russian (--lang kk or en with it is a usage error).

            --by school adds a summary per school, grade, subject and term (every 7th class of a \
            school together), --by city one per grade, subject and term over all inputs; the HTML \
            page then opens with charts comparing the schools. --school-from-folder gives each input \
            the school its folder names (see convert); with it, or with --store, --school NAME \
            reports on that school only.

            --trend writes, instead of the report, each pupil's and each class's ФО/СОР/СОЧ \
            percentages and marks period by period (quarters in order, then the year), per subject, \
            as a table, CSV, JSON (gradeport-trend/1) or HTML (a line chart per class); inputs from \
            two platforms (a school that moved from Kundelik to BilimClass mid-year) are merged \
            first, so a pupil's series is continuous.
            --store PATH reports on everything imported into the store so far, across platforms and \
            terms (--class and --subject then select in the store); imports from different platforms \
            are merged as convert merges its inputs (--prefer settles conflicts, later imports win by \
            default).

            Examples:
              gradeport report "7А Математика 1 четверть.csv"
              gradeport report --store school.sqlite --class 7А --subject Математика
              gradeport report dump/ totals.json --format html -o 7A.html
              gradeport report journal.csv --school-year 2025-2026 --format csv
              gradeport report journal.csv --format csv --excel -o marks.csv
              gradeport report journal.csv --lang kk --format xlsx -o marks.xlsx
              gradeport report *.csv --class 7А --term Q2 --format json
              gradeport report grades.xlsx --policy school-policy.yaml
              gradeport report city/*/*.csv --school-from-folder --by school --format html -o city.html
            """
    )

    @OptionGroup var inputs: InputOptions

    /// `--store PATH`: report on the store instead of export files.
    @OptionGroup var storeOption: StoreOption

    @Option(
        name: .long,
        help: ArgumentHelp("The grading policy: kz (built in) or a YAML/JSON policy file.", valueName: "kz|FILE"))
    var policy: String = GradingPolicy.builtInID

    @Option(name: .long, help: "Output format: table, json, csv, html or xlsx.")
    var format: Format = .table

    @Flag(
        name: .long,
        help: "With --format csv: write for Russian/Kazakh Excel (UTF-8 with BOM, ';', decimal commas, CRLF).")
    var excel = false

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Count draft grades (not yet returned to the student) in term marks.")
    var includeDrafts = false

    @Option(name: [.customLong("class")], help: ArgumentHelp("Only this class (repeatable).", valueName: "CLASS"))
    var classes: [String] = []

    @Option(name: [.customLong("subject")], help: ArgumentHelp("Only this subject (repeatable).", valueName: "SUBJECT"))
    var subjects: [String] = []

    @Option(
        name: [.customLong("term")],
        help: ArgumentHelp(
            "Only this term: 2025-2026/Q2, Q2, 2025-2026/Y (annual) or a school year (repeatable).", valueName: "TERM"))
    var terms: [String] = []

    @Option(
        name: .customLong("school-year"),
        help: ArgumentHelp("The school year of terms that name none, e.g. 2025-2026.", valueName: "YEAR"))
    var schoolYear: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Summaries per class (default), or also per school and grade, or per grade over the whole input (city).",
            valueName: "class|school|city"))
    var by: Level = .class

    @Flag(
        name: .long,
        help: "Each pupil's and class's ФО/СОР/СОЧ percentages and marks period by period (any format).")
    var trend = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of the table, HTML page, workbook and CSV header (default: the locale's, else ru).",
            valueName: "ru|kk|en"))
    var lang: ReportLanguage?

    @Flag(name: .long, help: "Also print notes (info diagnostics) on standard error.")
    var verbose = false

    /// The languages of `report --lang`.
    enum ReportLanguage: String, ExpressibleByArgument, CaseIterable {
        case ru, kk, en

        var language: Language { Language(rawValue: rawValue) ?? .ru }
    }

    /// The language of the table, page and workbook: `--lang`, else the locale's, else Russian.
    private var language: Language {
        lang?.language ?? Language.of(environment: ProcessInfo.processInfo.environment)
    }

    /// Summary levels of `report --by`.
    enum Level: String, ExpressibleByArgument, CaseIterable {
        case `class`, school, city

        var summaryLevel: SummaryLevel {
            switch self {
            case .class: .class
            case .school: .school
            case .city: .city
            }
        }
    }

    /// Output formats of `report`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, html, xlsx

        /// The renderer's format; `nil` for xlsx, which ``ReportXLSXWriter`` writes.
        var reportFormat: ReportFormat? {
            switch self {
            case .table: .table
            case .json: .json
            case .csv: .csv
            case .html: .html
            case .xlsx: nil
            }
        }
    }

    func validate() throws {
        if storeOption.store != nil && !inputs.files.isEmpty {
            throw ValidationError("give export files or --store PATH, not both")
        }
        if excel && format != .csv {
            throw ValidationError("--excel applies to --format csv only")
        }
        try inputs.refuseOverwritingAnInput(with: output)
        // No inputs and no --store: the default store ($GRADEPORT_STORE, else ./gradeport.sqlite), as
        // the other store commands use it, when there is one.
        if storeOption.store == nil && (try? storeOption.backend())?.mayExist != true {
            try inputs.requireFiles()
        }
        if trend && by != .class { throw ValidationError("--trend reports pupils and classes; leave out --by") }
        if trend && format.reportFormat == nil {
            throw ValidationError("--trend writes a table, CSV, JSON or HTML; leave out --format xlsx")
        }
        if trend, let lang, lang != .ru {
            throw ValidationError("--trend is written in Russian only so far; leave out --lang \(lang.rawValue)")
        }
        if let schoolYear, SchoolYear(parsing: schoolYear) == nil {
            throw ValidationError("--school-year must be a school year like 2025-2026, found '\(schoolYear)'")
        }
    }

    func run() throws {
        // The policy is checked before any input is read: a bad policy file is a usage error.
        let gradingPolicy: GradingPolicy
        do {
            gradingPolicy = try GradingPolicy.named(policy)
        } catch {
            throw CommandFailure(.usage, text: error.description)
        }
        let outcome = try readGradebook()
        DiagnosticPrinter(minimumSeverity: verbose ? .info : .warning).print(outcome.gradebook)
        var options = ReportOptions(
            classes: classes, subjects: subjects, terms: terms,
            schoolYear: schoolYear.flatMap(SchoolYear.init(parsing:)), includeDrafts: includeDrafts)
        options.level = by.summaryLevel
        // --school with --school-from-folder (or with --store) selects a school; alone with files it
        // names the inputs' school, and every row has it.
        if let school = inputs.school, inputs.schoolFromFolder { options.schools = [school] }
        let report: GradeReport
        do {
            report = try ReportBuilder(policy: gradingPolicy, options: options).build(from: outcome.gradebook)
        } catch {
            throw CommandFailure(.usage, "--\(error.dimension.rawValue): \(error.description)")
        }
        let destination: OutputDestination
        do {
            destination = try OutputDestination(path: output)
        } catch {
            throw CommandFailure(.usage, "\(error)")
        }
        let series = trend ? TrendBuilder().series(of: report) : nil
        if let series, let reportFormat = format.reportFormat {
            try TrendRenderer(format: reportFormat).write(series, to: destination.write)
        } else if let reportFormat = format.reportFormat {
            // --excel: the report's CSV in the same Excel layout as convert's (CSVFormat.excel).
            // The CSV's column names change only when --lang asks (they are a contract); the table and
            // the page follow the locale.
            let renderer: any ReportRenderer =
                excel
                ? ReportCSVRenderer(format: .excel, language: lang?.language)
                : reportFormat.renderer(in: reportFormat == .csv ? lang?.language : language)
            try renderer.write(report, to: destination.write)
        } else {
            do {
                try ReportXLSXWriter(language: language).write(report, to: destination.write)
            } catch let error as InterchangeError {
                throw CommandFailure(.usage, error.message)
            }
        }
        try destination.finish()
        let summary: String
        if let series {
            summary =
                "gradeport: report --trend: \(series.count { $0.kind == .pupil }) pupil series, "
                + "\(series.count { $0.kind == .class }) class series; "
                + "\(report.rows.count { $0.period == nil }) row(s) without a term left out\n"
        } else {
            let warned = report.rows.count { !$0.warnings.isEmpty }
            summary =
                "gradeport: report: \(report.rows.count) row(s), \(report.classes.count) class summary(ies); "
                + "\(warned) row(s) with warnings (listed in the report)\n"
        }
        TerminalText.writeToStandardError(summary)
        let status = ExitStatus(outcome)
        if status != .success { throw status.exitCode }
    }

    /// The gradebook to report on: the inputs read (and merged) as `convert` reads them, or the
    /// store's classes and subjects named by `--class` and `--subject`, its imports merged the same
    /// way (`--term` is applied by the report, which knows `Q2` and annual periods).
    private func readGradebook() throws -> ReadOutcome {
        guard inputs.files.isEmpty else { return try inputs.read() }
        let opened = try storeOption.openForReading()
        do {
            let book = try opened.gradebook(
                matching: GradebookFilter(
                    classes: classes, subjects: subjects, schools: inputs.school.map { [$0] } ?? []))
            // Imports from different platforms are merged as convert merges inputs: each import is a
            // source, so a child exported by two platforms is one row, and --prefer settles conflicts.
            let merged = GradebookMerger(preference: inputs.prefer).merge(consume book)
            return ReadOutcome(gradebook: merged, unreadableInputs: [])
        } catch let error as GradeStoreError {
            throw CommandFailure(error)
        }
    }
}
