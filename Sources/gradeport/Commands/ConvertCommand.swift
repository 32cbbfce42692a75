import ArgumentParser
import Foundation
import GradePortAdapters
import GradePortCore
import GradePortWriters
import JournalProfiles

/// `gradeport convert`: reads inputs into one gradebook and writes it as JSON, CSV or OneRoster 1.2.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract:
            "Read exports into one gradebook and write it as gradeport/1 JSON, CSV, OneRoster 1.2, School Data Sync "
            + "or a Classroom roster.",
        discussion: """
            Each input is detected (or read by --platform). Several inputs are merged into one \
            gradebook: the same child is one person (IIN, e-mail, a platform's link, then the folded \
            name within the class; an ambiguous name is reported, never merged), the same СОР or СОЧ \
            one assessment, and where inputs disagree --prefer picks the value (last: the input given \
            later; or a platform id). Every rejected row or cell and every uncertain merge decision is \
            printed on standard error and listed in the JSON's "diagnostics"; the JSON's "merge" \
            object sums up the merge. A gradeport/1 JSON file GradePort wrote is an input too: alone, \
            it is read back exactly as written (its sources and provenance included); with other \
            inputs, it is merged like them.

            --to csv writes one row per result: student, student_id, email, class, subject, term, \
            assessment, assessment_id, kind, score, max, percent, status, raw, comment, source_file, \
            source_line. With --excel it is written for Russian/Kazakh Excel: UTF-8 with BOM, ';' \
            between fields, decimal commas.

            --to oneroster writes a OneRoster 1.2 CSV bulk bundle (manifest.csv, orgs, academicSessions, \
            courses, classes, users, roles, enrollments, categories, lineItems, results) into the folder \
            or .zip file named by -o, which it needs. --to sds writes Microsoft School Data Sync CSV the \
            same way: v2.1 (orgs, users, roles, classes, courses, enrollments, academicSessions) or, with \
            --sds-version 1, School, Section, Student, Teacher, StudentEnrollment and TeacherRoster; people \
            without an e-mail address are left out and named on standard error. --to classroom-roster \
            writes one CSV (class, email, name, family_name, given_name) for Google Classroom bulk \
            invitations; students without an e-mail address are named, not invented. --to xlsx writes an \
            Excel workbook: a gradebook sheet per class and subject (pupils by assessments, maxima in a \
            header row), a Results sheet with the CSV's columns and a Problems sheet.

            Examples:
              gradeport convert "7А Физика.csv" --to json -o 7A.json
              gradeport convert 7A.json --to csv -o 7A.csv
              gradeport convert "7А Физика.csv" --to xlsx -o 7A.xlsx
              gradeport convert grades.csv --platform teams --to csv
              gradeport convert grades.csv --to csv --excel -o 7A-excel.csv
              gradeport convert classroom-dump/ "7А Физика.csv" -o merged.json
              gradeport convert kundelik-dump/ --to oneroster -o 7A-oneroster.zip
              gradeport convert graph-dump/ --to sds -o sds-upload/
              gradeport convert graph-dump/ --to sds --sds-version 1 -o sds-v1.zip
              gradeport convert "7А Физика.csv" --to classroom-roster -o roster.csv
              gradeport convert kundelik.json "7А Математика.csv" --prefer kundelik
              gradeport convert "7Б алгебра 3 ч.csv" --profile school-42-profile.yaml
            """
    )

    @OptionGroup var inputs: InputOptions

    @OptionGroup var destination: GradebookOutputOptions

    @Flag(name: .long, help: "Also print notes (info diagnostics) on standard error.")
    var verbose = false

    func validate() throws {
        try inputs.requireFiles()
        try inputs.refuseTwoSchoolSources()
        try inputs.refuseOverwritingAnInput(with: destination.output)
    }

    func run() throws {
        let outcome = try inputs.read()
        DiagnosticPrinter(minimumSeverity: verbose ? .info : .warning).print(outcome.gradebook)
        try destination.write(outcome.gradebook)
        let status = ExitStatus(outcome)
        if status != .success { throw status.exitCode }
    }
}
