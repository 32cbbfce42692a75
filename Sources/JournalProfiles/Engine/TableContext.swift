import GradePortCore
import TableReader

/// The class, subject, term and assessments of one table, added to the builder once before the
/// student rows are read.
struct TableContext {
    /// The platform id, the prefix of every id.
    var platform: PlatformID
    /// The class id and name, unless a class column gives it per row.
    var classID: SchoolClass.ID?
    var className: String?
    /// The subject id, unless a subject column gives it per row.
    var subjectID: Subject.ID?
    /// The term id.
    var termID: Term.ID?
    /// The scope of names (`7А/Математика/Q2`, or the file name).
    var scope: String
    /// One entry per assessment column, in ``JournalLayout/assessments`` order.
    var assessmentIDs: [Assessment.ID] = []
    var titles: [String] = []
    /// Each assessment column's maximum (its results take it unless the cell says otherwise).
    var maxima: [DecimalNumber?] = []

    init(
        file: ExportFile, sheet: String?, preamble: [CSVRow], layout: JournalLayout,
        maxima rowMaxima: [Int: DecimalNumber],
        dates: [Int: String], headerLine: Int, rules: HeadingRules, into builder: inout GradebookBuilder
    ) {
        let profile = rules.profile
        platform = profile.platform
        let fromPreamble = NameContext(preamble: preamble)
        let fromSheet = sheet.map { NameContext(name: $0) }
        let fromFile = NameContext(name: file.baseName)

        func resolve(
            _ source: ValueSource, _ what: String, _ value: (NameContext) -> String?, sheetWhole: Bool = false
        ) -> String? {
            func from(_ context: NameContext?, _ place: String) -> String? {
                guard let context, let found = value(context) else { return nil }
                builder.diagnose(.info, .inferredValue, "\(what) '\(found)' taken from the \(place)")
                return found
            }
            switch source {
            case .none: return nil
            case .fixed(let text): return text
            case .fileName: return from(fromFile, "file name")
            case .sheetName:
                return from(fromSheet, "sheet name") ?? (sheetWhole ? sheet : nil)
            case .sheetOrFileName:
                return from(fromSheet, "sheet name") ?? (sheetWhole ? sheet : nil) ?? from(fromFile, "file name")
            case .preamble: return from(fromPreamble, "rows above the header")
            case .auto:
                if let found = from(fromPreamble, "rows above the header") ?? from(fromSheet, "sheet name") {
                    return found
                }
                if sheetWhole, let sheet, fromSheet?.className == nil, !sheet.isEmpty {
                    builder.diagnose(.info, .inferredValue, "\(what) '\(sheet)' taken from the sheet name")
                    return sheet
                }
                return from(fromFile, "file name")
            }
        }

        // A school named above the header scopes the table's classes and name-keyed pupils (issue 11).
        if let school = fromPreamble.school {
            builder.scopeCurrentInput(to: school)
            builder.diagnose(
                .info, .inferredValue,
                "school '\(school.name ?? school.bin ?? school.key)' taken from the rows above the header")
        }
        var scopeParts: [String] = []
        // With a class column, a class named above the header (`Класс: 7А`) is still the table's
        // class (its assessments' class and the scope of ids); the column wins row by row.
        let tableClass: String?
        if layout.className == nil {
            tableClass = resolve(profile.context.className, "class", { $0.className })
        } else if [.auto, .preamble].contains(profile.context.className) {
            tableClass = resolve(.preamble, "class", { $0.className })
        } else {
            tableClass = nil
        }
        if let name = tableClass {
            let normalized = ClassName(parsing: name)
            let text = normalized?.description ?? name
            classID = SchoolClass.ID(platform: platform, "class:\(text)")
            className = text
            builder.add(SchoolClass(id: classID!, name: text, grade: normalized?.grade))
            scopeParts.append(text)
        } else if layout.className == nil {
            classID = SchoolClass.ID(platform: platform, "class:\(file.baseName)")
            className = file.baseName
            builder.add(SchoolClass(id: classID!, name: file.baseName))
            builder.diagnose(
                .info, .inferredValue, "nothing names the class; the class is named after the file, '\(file.baseName)'")
        }
        if layout.subject == nil,
            let subject = resolve(profile.context.subject, "subject", { $0.subject }, sheetWhole: true)
        {
            subjectID = Subject.ID(platform: platform, "subject:\(subject)")
            builder.add(Subject(id: subjectID!, name: subject))
            scopeParts.append(subject)
        }
        let schoolYear = resolve(profile.context.schoolYear, "school year", { $0.schoolYear })
        if let quarterText = resolve(profile.context.term, "quarter", { $0.quarter.map(String.init) }),
            let quarter = Int(quarterText), (1...4).contains(quarter)
        {
            let id: Term.ID = "\(schoolYear.map { $0 + "/" } ?? "")Q\(quarter)"
            termID = id
            builder.add(Term(id: id, schoolYear: schoolYear, kind: .quarter, number: quarter))
            scopeParts.append("Q\(quarter)")
        }
        scope = scopeParts.isEmpty ? file.baseName + (sheet.map { "/" + $0 } ?? "") : scopeParts.joined(separator: "/")

        for column in layout.ignored {
            builder.diagnose(
                .info, .ignoredContent, "column '\(column.heading)' is not read: \(column.reason)",
                line: headerLine, column: column.index + 1)
        }
        if layout.assessments.isEmpty {
            builder.diagnose(
                .warning, .missingColumn, "the header has no assessment column that the profile reads", line: headerLine
            )
        }

        var used: [Assessment.ID: Int] = [:]
        for column in layout.assessments {
            var id = Assessment.ID(platform: platform, "\(scope):\(column.title)")
            let repeats = used[id, default: 0] + 1
            used[id] = repeats
            if repeats > 1 { id = Assessment.ID(rawValue: id.rawValue + " (\(repeats))") }
            var maximum: DecimalNumber?
            var decided = false
            for source in column.maxSources where !decided {
                switch source {
                case .heading:
                    maximum = column.headingMax
                    decided = maximum != nil
                case .row:
                    maximum = rowMaxima[column.index]
                    decided = maximum != nil
                case .fixed(let value):
                    maximum = value
                    decided = true
                case .none:
                    decided = true
                }
            }
            if !decided { maximum = profile.kindMaxima[column.kind] ?? column.scale.impliedMaximum }
            let dateText = dates[column.index] ?? column.dateText
            if let dateText, let problem = JournalDate.problem(dateText, schoolYear: schoolYear) {
                builder.diagnose(
                    .warning, .invalidDate,
                    "the date '\(dateText)' of column '\(column.heading)' is not a day of the calendar (\(problem)); "
                        + "the assessment is kept without a date", line: headerLine, column: column.index + 1)
            }
            builder.add(
                Assessment(
                    id: id, title: column.title, kind: column.kind, number: rules.number(of: column.title),
                    maxScore: maximum, subject: subjectID, class: classID, term: termID,
                    date: dateText.flatMap { JournalDate.iso($0, schoolYear: schoolYear) },
                    source: builder.reference(line: headerLine, column: column.index + 1)))
            assessmentIDs.append(id)
            titles.append(column.title)
            maxima.append(maximum)
        }
    }
}
