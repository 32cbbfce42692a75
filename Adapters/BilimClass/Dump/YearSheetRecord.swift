import JSONStream

/// The year sheet, `year` (`/diary/year`): `{groupName, groupId, rows:[…]}`, one row per subject
/// with `attestations.quarter1..4` and `yearScores.{yearScore, recommendedYearScore, examScore,
/// finalScore, recommendedFinalScore}`, all strings or null.
struct YearSheetRecord: Sendable {
    /// One subject's row.
    struct Row: Sendable {
        /// `subjectName`.
        var subjectName: String?
        /// `subjectId`, when present (the known responses carry `eduSubjectUuid` only).
        var subjectID: String?
        /// `eduSubjectUuid`.
        var eduSubjectUUID: String?
        /// `attestations.quarterN` by N.
        var quarters: [(number: Int, value: JSONValue, position: DumpLocation)]
        /// `yearScores` members by name.
        var scores: [String: (value: JSONValue, position: DumpLocation)]
        /// Where the row starts.
        var position: DumpLocation
    }

    /// `groupId`.
    var groupID: String?
    /// `groupName`.
    var groupName: String?
    /// The rows.
    var rows: [Row]
    /// Where the record starts.
    var position: DumpLocation

    /// Reads the year sheet: the endpoint's object with `rows`, or one row.
    init(_ value: JSONValue, at position: DumpLocation, index: JSONPositionIndex) {
        groupID = value["groupId"]?.idString
        groupName = UserInfoRecord.text(value["groupName"])
        self.position = position
        guard let list = value["rows"]?.array else {
            rows = value["subjectName"] != nil ? [Self.row(value, path: [], record: position, index: index)] : []
            return
        }
        rows = list.enumerated().map { offset, row in
            Self.row(row, path: ["rows", String(offset)], record: position, index: index)
        }
    }

    private static func row(_ value: JSONValue, path: [String], record: DumpLocation, index: JSONPositionIndex) -> Row {
        var quarters: [(Int, JSONValue, DumpLocation)] = []
        for (key, mark) in value["attestations"]?.object ?? [:] {
            guard key.hasPrefix("quarter"), let number = Int(key.dropFirst("quarter".count)) else { continue }
            quarters.append((number, mark, index.position(in: record, at: path + ["attestations", key])))
        }
        var scores: [String: (JSONValue, DumpLocation)] = [:]
        for (key, mark) in value["yearScores"]?.object ?? [:] {
            scores[key] = (mark, index.position(in: record, at: path + ["yearScores", key]))
        }
        return Row(
            subjectName: UserInfoRecord.text(value["subjectName"]), subjectID: value["subjectId"]?.idString,
            eduSubjectUUID: value["eduSubjectUuid"]?.idString, quarters: quarters.sorted { $0.0 < $1.0 },
            scores: scores, position: index.position(in: record, at: path))
    }
}
