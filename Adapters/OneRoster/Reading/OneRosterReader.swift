import GradePortCore
import TableReader

/// Reads one OneRoster bundle (folder or archive) into a gradebook, file by file in reference order:
/// orgs, academicSessions, courses, classes, users, roles, enrollments, categories, lineItems, results.
///
/// Records are held by `sourcedId` only as long as later files refer to them; results stream. Every
/// row is either read or named by a diagnostic at `FILE:LINE:COLUMN`: a broken reference, a bad date
/// or enumeration, a missing required column, a record marked `tobedeleted`.
///
/// Files written by GradePort carry `metadata.gradeport.*` columns; when a file has them the reader
/// takes the gradebook's own ids and the values OneRoster has no column for from them, so an export
/// read back gives the same gradebook. Other files get ids prefixed `oneroster:`.
struct OneRosterReader {
    let bundle: OneRosterBundle
    /// The version the manifest (or, without one, the headers) declares.
    var version: OneRosterVersion = .v1_2

    /// A school by organisation `sourcedId`; `.some(nil)` for an organisation that is not a school.
    var schools: [String: String?] = [:]
    /// A term id by session `sourcedId`; `.some(nil)` for a session that is not a gradebook term.
    var terms: [String: String?] = [:]
    /// Courses by `sourcedId`.
    var courses: [String: CourseRecord] = [:]
    /// The gradebook class and subject of each OneRoster class.
    var sections: [String: SectionRecord] = [:]
    /// Users read from `users.csv`, waiting for their role (1.2 keeps roles in `roles.csv`).
    var pendingUsers: [PendingUser] = []
    var pendingUserIndex: [String: Int] = [:]
    /// A person id by user `sourcedId`.
    var people: [String: String] = [:]
    /// Users that were read but deliberately not taken (a guardian, a user without role): their
    /// enrollments and results are noted, not reported as broken references.
    var usersNotTaken: Set<String> = []
    /// Categories by `sourcedId`.
    var categories: [String: CategoryRecord] = [:]
    /// Assessment ids by line item `sourcedId`, with their maxima.
    var lineItems: [String: String] = [:]
    /// `sourcedId`s marked `tobedeleted`, by file.
    var deleted: [String: Set<String>] = [:]
    /// The files the manifest marks `delta`.
    var deltaFiles: Set<String> = []

    struct CourseRecord {
        var title: String?
        var subjects: String?
        var grade: Int?
    }

    struct SectionRecord {
        var schoolClass: String?
        var subject: String?
    }

    struct PendingUser {
        var sourcedId: String
        var person: Person
        var role: String?
        var roleIsPrimary = false
        var line: Int
        var file: String
    }

    struct CategoryRecord {
        var title: String?
        var kind: AssessmentKind?
    }

    init(bundle: OneRosterBundle) {
        self.bundle = bundle
    }

    /// Reads the bundle.
    ///
    /// - Throws: ``ExportReadError`` when the input holds no OneRoster file at all.
    mutating func read(into book: inout GradebookBuilder) throws {
        let known = ["manifest.csv"] + Self.readOrder
        guard known.contains(where: bundle.contains) else {
            throw ExportReadError(
                .missingHeader, "no OneRoster file (manifest.csv, users.csv, results.csv, …) in \(bundle.path)")
        }
        if let signs = schoolDataSyncSigns() {
            throw ExportReadError(
                .unknownFormat,
                "\(bundle.path) holds Microsoft School Data Sync v2.1 files, not OneRoster (\(signs)): SDS files are "
                    + "an output format of GradePort (--to sds), not an input; read the platform's own export instead")
        }
        readManifest(into: &book)
        try readOrganisations(into: &book)
        try readSessions(into: &book)
        try readCourses(into: &book)
        try readClasses(into: &book)
        try readUsers(into: &book)
        try readRoles(into: &book)
        takeUsers(into: &book)
        try readEnrollments(into: &book)
        try readCategories(into: &book)
        try readLineItems(into: &book)
        try readResults(into: &book)
        let unread = bundle.fileNames.subtracting(known.map { $0.lowercased() }).sorted()
        if !unread.isEmpty {
            book.diagnose(
                .info, .ignoredContent,
                "files not read (GradePort's model has no place for them): \(unread.joined(separator: ", "))")
        }
    }

    /// What tells a folder of School Data Sync v2.1 files (same file names as OneRoster, other
    /// columns: Microsoft's `CSV Samples/SDS v2.1/`) from a OneRoster bundle; `nil` for a bundle with a
    /// manifest or without such signs.
    private func schoolDataSyncSigns() -> String? {
        guard !bundle.contains("manifest.csv") else { return nil }
        var signs: [String] = []
        func header(_ name: String) -> [String] { ((try? OneRosterTable(name, in: bundle)) ?? nil)?.header ?? [] }
        let users = header("users.csv")
        if users.contains("activeDirectoryMatchId")
            || (!users.isEmpty && !users.contains("enabledUser")
                && !users.contains("role") && !users.contains("userId"))
        {
            signs.append(
                "users.csv without enabledUser"
                    + (users.contains("activeDirectoryMatchId") ? ", with activeDirectoryMatchId" : ""))
        }
        let roles = header("roles.csv")
        if roles.contains("isPrimary") || (!roles.isEmpty && !roles.contains("sourcedId")) {
            signs.append("roles.csv with isPrimary and no sourcedId")
        }
        let enrollments = header("enrollments.csv")
        if !enrollments.isEmpty, !enrollments.contains("sourcedId") {
            signs.append("enrollments.csv without sourcedId")
        }
        return signs.isEmpty ? nil : signs.joined(separator: "; ")
    }

    /// The data files the reader reads, in reading order.
    static let readOrder = [
        "orgs.csv", "academicSessions.csv", "courses.csv", "classes.csv", "users.csv", "roles.csv", "enrollments.csv",
        "categories.csv", "lineItems.csv", "results.csv",
    ]

    // MARK: - Rows

    /// Reads every data row of a file: checks its columns, its `status` and its `sourcedId`, then
    /// hands each row on. A file that cannot be decoded part-way keeps the rows before the problem.
    ///
    /// - Parameters:
    ///   - keyed: Whether rows are records keyed by `sourcedId` (duplicates rejected).
    ///   - body: Reads one row; gets the row's `sourcedId` (empty when the file is not keyed).
    mutating func each(
        _ file: String, into book: inout GradebookBuilder, keyed: Bool = true,
        _ body: (inout Self, OneRosterRow, String, inout GradebookBuilder) throws -> Void
    ) throws {
        let table: OneRosterTable
        do {
            guard let opened = try OneRosterTable(file, in: bundle) else { return }
            table = opened
        } catch let error as any DiagnosableError {
            book.diagnose(
                .error, error.diagnosticCode, error.diagnosticMessage, line: error.diagnosticLine,
                column: error.diagnosticColumn, file: bundle.displayName(file))
            return
        }
        table.aliases = OneRosterSchema.aliases(version)
        checkHeader(table, into: &book)
        var missingEssential: [String] = []
        for column in OneRosterSchema.required(file, version) where !table.has(column) {
            let essential = OneRosterSchema.essential(file, version).contains(column)
            if essential { missingEssential.append(column) }
            book.diagnose(
                .error, .missingColumn,
                "missing required column '\(column)'" + (essential ? "; the file cannot be read without it" : ""),
                line: table.headerLine, file: table.displayName)
        }
        for column in OneRosterSchema.essential(file, version)
        where !table.has(column) && !missingEssential.contains(column) {
            missingEssential.append(column)
            book.diagnose(
                .error, .missingColumn, "missing column '\(column)'; the file cannot be read without it",
                line: table.headerLine, file: table.displayName)
        }
        var seen: Set<String> = []
        var skipped = 0
        var firstSkipped: Int?
        do {
            while let row = try table.next() {
                book.countRows()
                guard missingEssential.isEmpty else {
                    skipped += 1
                    firstSkipped = firstSkipped ?? row.line
                    continue
                }
                if row.row.repeats(table.headerRow) {
                    book.diagnose(
                        .warning, .skippedRow,
                        "the header row again (files joined with their headers?): skipped, not read as a record",
                        line: row.line, file: table.displayName)
                    continue
                }
                guard checkWidth(row, into: &book) else { continue }
                guard checkStatus(row, file: file, into: &book) else { continue }
                // Checked for its form only: the model keeps no modification times.
                _ = dateTime(row, "dateLastModified", into: &book)
                var sourcedId = ""
                if keyed {
                    guard let id = row.token("sourcedId") else {
                        report(&book, .error, .incompleteRecord, "no sourcedId; the row is not read", row, "sourcedId")
                        continue
                    }
                    guard seen.insert(id).inserted else {
                        report(
                            &book, .error, .duplicateRecord,
                            "sourcedId \(id) appears again in this file; the first row is kept", row, "sourcedId")
                        continue
                    }
                    sourcedId = id
                }
                try body(&self, row, sourcedId, &book)
            }
        } catch let error as any DiagnosableError {
            book.diagnose(
                .error, error.diagnosticCode, error.diagnosticMessage + "; rows before this point were kept",
                line: error.diagnosticLine, column: error.diagnosticColumn, file: table.displayName)
        }
        if skipped > 0 {
            book.diagnose(
                .error, .incompleteRecord,
                "\(skipped) row(s) not read: the file lacks a column it cannot be read without",
                line: firstSkipped, file: table.displayName)
        }
        book.diagnose(warnings: table.readerWarnings, file: table.displayName)
    }

    /// Checks a file's header: a column without a name or named twice (its values are not read), a
    /// column that is not OneRoster's and not an extension (`metadata.*`), and the `status` and
    /// `dateLastModified` columns the binding requires in every file (blank in a bulk file, so a
    /// warning there; an error in a delta file, whose rows need them).
    private func checkHeader(_ table: OneRosterTable, into book: inout GradebookBuilder) {
        let known = OneRosterSchema.knownColumns(table.name).map { Set($0.map { $0.lowercased() }) }
        var seen: [String: Int] = [:]
        for (index, name) in table.header.enumerated() {
            let column = index + 1
            if name.isEmpty {
                let trailing = index == table.header.count - 1
                book.diagnose(
                    .warning, .missingHeader,
                    "column \(column) has no name; its values are not read"
                        + (trailing ? " (a trailing comma after the header?)" : ""), line: table.headerLine,
                    column: column, file: table.displayName)
                continue
            }
            if let first = seen[name.lowercased()] {
                book.diagnose(
                    .error, .malformedInput,
                    "column \(column) is named '\(name)' again (as column \(first)); only column \(first) is read",
                    line: table.headerLine, column: column, file: table.displayName)
                continue
            }
            seen[name.lowercased()] = column
            if let known, !known.contains(name.lowercased()), !name.hasPrefix("metadata.") {
                book.diagnose(
                    .warning, .ignoredContent,
                    "'\(name)' is not a OneRoster column of \(table.name) (misspelled? extension columns start with "
                        + "'metadata.'); its values are not read", line: table.headerLine, column: column,
                    file: table.displayName)
            }
        }
        guard known != nil else { return }
        let isDelta = deltaFiles.contains(table.name)
        for column in ["status", "dateLastModified"] where !table.has(column) {
            book.diagnose(
                isDelta ? .error : .warning, .missingColumn,
                "missing column '\(column)'"
                    + (isDelta
                        ? "; the manifest says this file is a delta, whose rows need it"
                        : " (the binding requires it in every file; its values are blank in a bulk export)"),
                line: table.headerLine, file: table.displayName)
        }
    }

    /// Checks that a row has as many fields as the header: a row with fewer or more is an error and not
    /// read (`ragged-row`). One unquoted comma inside a value (`Jones, Jr.`) shifts every later field,
    /// so such a row is never read by position — even when the field pushed past the header is blank,
    /// as it is when the last column is empty.
    private mutating func checkWidth(_ row: OneRosterRow, into book: inout GradebookBuilder) -> Bool {
        let expected = row.table.header.count
        let count = row.row.count
        if count == expected { return true }
        let hint =
            count > expected
            ? " (an unquoted comma inside a value? values holding a comma must be in double quotes)" : ""
        book.diagnose(
            .error, .raggedRow,
            "the row has \(count) field(s) where the header has \(expected)\(hint); the row is not read, since its "
                + "values cannot be told apart by position", line: row.line,
            column: min(count, expected) + 1, file: row.table.displayName)
        // What refers to a user whose row was rejected is noted, not reported again as a broken reference.
        if row.table.name == "users.csv", let id = row.token("sourcedId") { usersNotTaken.insert(id) }
        return false
    }

    /// Checks a row's `status`: `active` or blank is read; `tobedeleted` (and the deprecated
    /// `inactive`) is noted and not read; anything else is an error and the row is not read.
    private mutating func checkStatus(_ row: OneRosterRow, file: String, into book: inout GradebookBuilder) -> Bool {
        guard let status = row.token("status") else { return true }
        switch status.lowercased() {
        case "active":
            return true
        case "tobedeleted", "inactive":
            if let id = row.token("sourcedId") { deleted[file, default: []].insert(id) }
            report(
                &book, .info, .deletedRecord,
                "status \(status)" + (status.lowercased() == "inactive" ? " (deprecated; read as tobedeleted)" : "")
                    + ": the record is deleted and not read", row, "status")
            return false
        default:
            report(
                &book, .error, .invalidValue, "status '\(status)' is not active or tobedeleted; the row is not read",
                row, "status")
            return false
        }
    }

    // MARK: - Diagnostics and values

    /// Records a diagnostic at a row's cell.
    func report(
        _ book: inout GradebookBuilder, _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String,
        _ row: OneRosterRow, _ column: String?
    ) {
        book.diagnose(
            severity, code, message, line: column.map(row.line(of:)) ?? row.line, column: column.flatMap(row.column),
            file: row.table.displayName)
    }

    /// A value of an enumerated column, matched ignoring case; an error and `nil` for a value outside it.
    func enumeration(
        _ row: OneRosterRow, _ column: String, _ allowed: Set<String>, into book: inout GradebookBuilder
    ) -> String? {
        guard let value = row.token(column) else { return nil }
        if allowed.contains(value) { return value }
        if let match = allowed.first(where: { $0.lowercased() == value.lowercased() }) { return match }
        report(
            &book, .error, .invalidValue,
            "\(column) '\(value)' is not one of \(allowed.sorted().joined(separator: ", "))", row, column)
        return nil
    }

    /// A date column (`YYYY-MM-DD`, or the date of a date-time); an error and `nil` for anything else.
    func date(_ row: OneRosterRow, _ column: String, into book: inout GradebookBuilder) -> String? {
        guard let value = row.token(column) else { return nil }
        if let date = FieldValue.date(value) { return date }
        report(&book, .error, .invalidDate, "\(column) '\(value)' is not an ISO 8601 date (YYYY-MM-DD)", row, column)
        return nil
    }

    /// A date-time column (an ISO 8601 date or date-time); an error and `nil` for anything else.
    func dateTime(_ row: OneRosterRow, _ column: String, into book: inout GradebookBuilder) -> String? {
        guard let value = row.token(column) else { return nil }
        if let dateTime = FieldValue.dateTime(value) { return dateTime }
        report(
            &book, .error, .invalidDate,
            "\(column) '\(value)' is not an ISO 8601 date or date-time (2025-11-14, 2025-11-14T18:59:00Z)", row,
            column)
        return nil
    }

    /// A number column; an error and `nil` for anything else.
    func number(
        _ row: OneRosterRow, _ column: String, code: DiagnosticCode = .invalidValue, into book: inout GradebookBuilder
    ) -> DecimalNumber? {
        guard let value = row.token(column) else { return nil }
        if let number = DecimalNumber(parsing: value) { return number }
        report(&book, .error, code, "\(column) '\(value)' is not a number", row, column)
        return nil
    }

    /// A boolean column; an error and `nil` for anything but `true` or `false`.
    func boolean(_ row: OneRosterRow, _ column: String, into book: inout GradebookBuilder) -> Bool? {
        guard let value = row.token(column) else { return nil }
        if let flag = FieldValue.boolean(value) { return flag }
        report(&book, .error, .invalidValue, "\(column) '\(value)' is not true or false", row, column)
        return nil
    }

    /// The columns GradePort marked as holding placeholders.
    func placeholders(_ row: OneRosterRow) -> Set<String> {
        Set(row.text(GradePortMetadata.column("placeholders")).map(FieldValue.list) ?? [])
    }

    /// Whether a reference names a record of `file` that was marked `tobedeleted`.
    func isDeleted(_ id: String, in file: String) -> Bool { deleted[file]?.contains(id) ?? false }
}
