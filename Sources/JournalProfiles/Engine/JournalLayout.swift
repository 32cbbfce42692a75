import GradePortCore
import TableReader

/// The columns of one journal table, decided once from its header row (and the group row above
/// it): which hold names and ids, which are assessments of which kind, which are not read.
struct JournalLayout {
    /// One assessment column.
    struct AssessmentColumn {
        /// The 0-based field index.
        var index: Int
        /// The heading as written (with its group heading before it, when there is one).
        var heading: String
        /// The title: the heading without a maximum (`СОР 1 (20)` → `СОР 1`).
        var title: String
        /// The kind.
        var kind: AssessmentKind
        /// The maximum written in the heading.
        var headingMax: DecimalNumber?
        /// Where the maximum comes from, in order.
        var maxSources: [MaxSource]
        /// What a number in the column is.
        var scale: ScoreScale
        /// The date, when the heading is one (`12.09`, `12.09.2025`), as written.
        var dateText: String?
        /// The comment column after it (`columns.comment`), when there is one.
        var commentIndex: Int?
    }

    /// A column that is not read, with why.
    struct IgnoredColumn {
        /// The 0-based field index.
        var index: Int
        /// The heading.
        var heading: String
        /// Why it is not read.
        var reason: String
    }

    /// The full-name column.
    var name: Int?
    /// The surname, given-name and patronymic columns.
    var surname: Int?
    var givenName: Int?
    var patronymic: Int?
    /// The id columns.
    var iin: Int?
    var email: Int?
    var login: Int?
    var studentID: Int?
    /// The class and subject columns.
    var className: Int?
    var subject: Int?
    /// The assessment columns, left to right.
    var assessments: [AssessmentColumn] = []
    /// The columns not read.
    var ignored: [IgnoredColumn] = []
    /// The header's field count.
    var width: Int
    /// Whether a group row was used.
    var usedGroupRow = false

    /// Whether a header row has a name column and the required words; cheap, for locating it.
    static func isHeader(_ row: CSVRow, profile: JournalProfile) -> Bool {
        if let fixed = profile.header.row { return row.line == fixed }
        let columns = profile.columns
        var hasName = false
        for index in row.indices where !row.isBlank(index) {
            let text = row[index]
            if columns.name.matchesWhole(text) || columns.surname.matchesWhole(text) {
                hasName = true
                break
            }
        }
        guard hasName else { return false }
        let require = profile.header.require
        guard !require.isEmpty else { return true }
        return require.keys.allSatisfy { word in
            row.indices.contains { !row.isBlank($0) && WordList.occurs(word, in: WordList.key(row[$0])) }
        }
    }

    /// Decides the columns of a header row, with the row above it when it may hold group headings.
    init(header: CSVRow, rowAbove: CSVRow?, rules: HeadingRules) throws(PatternBudgetExceeded) {
        let profile = rules.profile
        let columns = profile.columns
        width = header.count
        var identity = Set<Int>()
        var comments = Set<Int>()
        func claim(_ list: WordList, _ slot: inout Int?, _ index: Int, _ text: String) -> Bool {
            guard slot == nil, list.matchesWhole(text) else { return false }
            slot = index
            identity.insert(index)
            return true
        }
        for index in header.indices where !header.isBlank(index) {
            let text = header[index].trimmedCell
            if claim(columns.name, &name, index, text) || claim(columns.surname, &surname, index, text)
                || claim(columns.givenName, &givenName, index, text)
                || claim(columns.patronymic, &patronymic, index, text) || claim(columns.iin, &iin, index, text)
                || claim(columns.email, &email, index, text) || claim(columns.login, &login, index, text)
                || claim(columns.studentID, &studentID, index, text)
                || claim(columns.className, &className, index, text) || claim(columns.subject, &subject, index, text)
            {
                continue
            }
            if Self.isComment(text, columns.comment) {
                identity.insert(index)
                comments.insert(index)
                continue
            }
            if columns.ignore.matchesWhole(text) {
                identity.insert(index)
                ignored.append(IgnoredColumn(index: index, heading: text, reason: "the profile ignores it"))
            }
        }

        let groups = try Self.groupHeadings(
            rowAbove, header: header, identity: identity, rules: rules, mode: profile.header.groupRow)
        usedGroupRow = !groups.isEmpty
        for index in header.indices {
            if comments.contains(index) {
                if let last = assessments.indices.last, assessments[last].commentIndex == nil,
                    assessments[last].index < index
                {
                    assessments[last].commentIndex = index
                } else {
                    ignored.append(
                        IgnoredColumn(
                            index: index, heading: header[index].trimmedCell,
                            reason: "a comment column with no assessment column before it"))
                }
                continue
            }
            if identity.contains(index) { continue }
            let own = header.isBlank(index) ? "" : header[index].trimmedCell
            let group = groups[index]
            let heading = [group, own].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            guard !heading.isEmpty else { continue }
            let split = ColumnHeading(heading)
            let title = split.title.isEmpty ? heading : split.title
            guard let (rule, kind) = try rules.classify(heading, title: title) else {
                ignored.append(IgnoredColumn(index: index, heading: heading, reason: "no assessment rule reads it"))
                continue
            }
            assessments.append(
                AssessmentColumn(
                    index: index, heading: heading, title: title, kind: kind, headingMax: split.maxScore,
                    maxSources: rule?.max ?? profile.maxSources, scale: rule?.scale ?? profile.scale,
                    dateText: JournalDate.looksLikeDate(title) ? title : nil))
        }
    }

    /// Whether a heading is a comment column: one of the comment words, or a heading whose last
    /// word is one (`СОР 1 — комментарий`, `СОР 1 Comment`).
    static func isComment(_ heading: String, _ words: WordList) -> Bool {
        guard !words.isEmpty else { return false }
        if words.matchesWhole(heading) { return true }
        guard let last = heading.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "—" || $0 == ":" }).last,
            last.count < heading.count
        else { return false }
        return words.matchesWhole(last)
    }

    /// The group heading over each column, from the row above the header: a filled cell covers its
    /// own column and the following ones whose own heading has no letters (`1`, `2`, `(20)`), as a
    /// merged `СОР` cell over `1 | 2 | 3` does.
    private static func groupHeadings(
        _ above: CSVRow?, header: CSVRow, identity: Set<Int>, rules: HeadingRules, mode: HeaderRule.GroupRow
    ) throws(PatternBudgetExceeded) -> [Int: String] {
        guard let above, mode != .no else { return [:] }
        if mode == .auto {
            let identityBlank = identity.allSatisfy { above.isBlank($0) }
            var hasWord = false
            for index in above.indices where !identity.contains(index) && !above.isBlank(index) {
                if try rules.isAssessmentHeading(above[index]) {
                    hasWord = true
                    break
                }
            }
            guard identityBlank, hasWord else { return [:] }
        }
        var groups: [Int: String] = [:]
        var current: String?
        for index in 0..<max(header.count, above.count) where !identity.contains(index) {
            if !above.isBlank(index) {
                current = above[index].trimmedCell
                groups[index] = current
            } else if let group = current {
                let own = header.isBlank(index) ? "" : header[index]
                if own.contains(where: \.isLetter) {
                    current = nil
                } else {
                    groups[index] = group
                }
            }
        }
        return groups
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space (spaces, no-break spaces, line breaks).
    var trimmedCell: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
