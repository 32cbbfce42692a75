import Foundation
import GradePortCore
import JSONStream

/// Reads a BilimClass dump: one JSON file whose keys are `user_info`, `periods`, `subjects`,
/// `quarter` and `year`, each the `data` of its endpoint (wrapped as `{"data":…, "success":true}`
/// or bare), or a folder of such files (`user_info.json`, `subjects-q1.json`, `quarter-q1.json`, …).
///
/// Several periods' `subjects` and `quarter` responses may sit side by side: in a folder as
/// `subjects-q1.json`, `subjects-q2.json`, in one file under the keys `subjects-q1`, `quarter-2`, ….
/// A `quarter` response needs no period: its marks point at lessons by `scheduleUuid`. A `subjects`
/// response's period is found by ``PeriodResolver``.
///
/// A student's dump is small, so the records are gathered first, then a second pass over each file
/// finds the line of every mark inside the large `quarter` record (``JSONPositionIndex``), and the
/// records are written at the end — also when the dump turns out to be damaged.
struct BilimClassDumpReader {
    /// The input.
    let file: ExportFile

    /// The collections read, with the keys several periods' responses may carry in one file.
    static let collections: [APIDumpCollection] = [
        APIDumpCollection("user_info", aliases: ["userInfo", "user-info", "login"]),
        APIDumpCollection("periods"),
        APIDumpCollection("subjects", aliases: periodAliases("subjects")),
        APIDumpCollection("quarter", aliases: periodAliases("quarter")),
        APIDumpCollection("year"),
    ]

    /// `subjects-q1`, `subjects_q1`, `subjects-1`, `subjects_1` … for periods 1–4.
    static func periodAliases(_ name: String) -> [String] {
        (1...4).flatMap { number in
            ["-q", "_q", "-", "_"].map { name + $0 + String(number) }
        }
    }

    /// Reads the dump into the builder.
    ///
    /// - Throws: `JSONReadError` when the JSON is malformed or holds none of the collections; the
    ///   records read before the damage are written to the builder first.
    func read(into builder: inout GradebookBuilder) throws {
        let dump = try APIDump(path: file.path)
        var gathered: [APIDumpRecord] = []
        var failure: (any Error)?
        var summary: APIDumpSummary?
        do {
            summary = try dump.records(in: Self.collections) { gathered.append($0) }
        } catch {
            failure = error
        }
        if gathered.isEmpty, let failure { throw failure }
        var index = JSONPositionIndex()
        for path in Set(gathered.map(\.file)) {
            let starts = Set(gathered.filter { $0.file == path && $0.collection != "user_info" }.map(DumpLocation.init))
            index.merge(JSONPositionIndex(file: path, recordStarts: starts))
        }
        var records = DumpRecords()
        for record in gathered { records.add(record, index: index) }
        builder.countRows(records.rowCount)
        var writer = BilimClassGradebookWriter(dumpIsFolder: dump.isFolder)
        writer.write(records, into: &builder)
        if let summary { Self.report(summary, into: &builder) }
        if let failure { throw failure }
    }

    /// Notes the keys and files not read. The wrappers' `success` flags carry nothing.
    private static func report(_ summary: APIDumpSummary, into builder: inout GradebookBuilder) {
        for ignored in summary.ignoredKeys where !ignored.key.hasSuffix(".success") {
            let name = (ignored.file as NSString).lastPathComponent
            builder.diagnose(
                .info, .ignoredContent, "\(name): '\(ignored.key)' is not read",
                line: ignored.line > 0 ? ignored.line : nil, column: ignored.column > 0 ? ignored.column : nil)
        }
    }
}

/// The records of a dump, read into small structs, in reading order.
struct DumpRecords: Sendable {
    /// `user_info`.
    var users: [UserInfoRecord] = []
    /// `periods`, one per period.
    var periods: [PeriodRecord] = []
    /// `subjects`, one per subject and period.
    var subjects: [SubjectDiaryRecord] = []
    /// `quarter` entries, one per lesson.
    var marks: [QuarterMarksRecord.Entry] = []
    /// `year`.
    var yearSheets: [YearSheetRecord] = []
    /// Records that are not JSON objects: (collection, where).
    var notObjects: [(collection: String, position: DumpLocation)] = []

    /// The data rows read: accounts, periods, subjects, lessons with marks, year-sheet rows.
    var rowCount: Int {
        users.count + periods.count + subjects.count + marks.count + yearSheets.map(\.rows.count).reduce(0, +)
            + notObjects.count
    }

    /// Adds one record of the dump.
    mutating func add(_ record: APIDumpRecord, index: JSONPositionIndex) {
        let position = DumpLocation(record)
        guard record.value.object != nil else {
            notObjects.append((record.collection, position))
            return
        }
        switch record.collection {
        case "user_info": users.append(UserInfoRecord(record.value, at: position))
        case "periods": periods += PeriodRecord.periods(in: record.value, at: position, index: index)
        case "subjects": subjects.append(SubjectDiaryRecord(record, index: index))
        case "quarter": marks += QuarterMarksRecord(record.value, at: position, index: index).entries
        default: yearSheets.append(YearSheetRecord(record.value, at: position, index: index))
        }
    }
}
