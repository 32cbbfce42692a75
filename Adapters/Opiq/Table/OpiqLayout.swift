import Foundation
import GradePortCore
import JournalProfiles
import TableReader

/// The columns of an Opiq results table, worked out once from its header row.
///
/// The name and class columns are found by the profile's `columns` lists. A column whose heading
/// is a comment word (`Комментарий`, `Пікір`, `Comment`, …) is the comment of the nearest task
/// column to its left. Other columns in the profile's `columns.ignore` list are not read. Every
/// other column is a task: its title and any maximum come from the heading (``ColumnHeading``),
/// its kind from ``AssessmentKindClassifier``.
struct OpiqLayout {
    /// One task: a value column and, when there is one, its comment column.
    struct Task {
        /// The value column (0-based).
        var index: Int
        /// The comment column (0-based).
        var commentIndex: Int?
        /// The heading without its maximum.
        var title: String
        /// The maximum the heading states.
        var maxScore: DecimalNumber?
        /// The kind read from the title.
        var kind: AssessmentKind
        /// The number the title gives (`СОР 1` → 1).
        var number: Int?
    }

    /// The headings that mark a comment column.
    static let commentHeadings: WordList = [
        "Комментарий", "Комментарии", "Отзыв", "Пікір", "Кері байланыс", "Comment", "Comments", "Feedback",
        "Kommentaar", "Tagasiside",
    ]

    /// The full-name column.
    var name: Int
    /// The class column.
    var className: Int?
    /// The tasks, left to right.
    var tasks: [Task] = []
    /// Columns not read, with the reason, for a note.
    var ignored: [(index: Int, heading: String, reason: String)] = []
    /// The header's width.
    var width: Int

    /// Whether a row is the header: it has a name column.
    static func isHeader(_ row: CSVRow, profile: JournalProfile) -> Bool {
        row.indices.contains { !row.isBlank($0) && profile.columns.name.matchesWhole(row[$0]) }
    }

    /// Reads the header; `nil` without a name column.
    init?(header: CSVRow, profile: JournalProfile) {
        guard let name = header.indices.first(where: { profile.columns.name.matchesWhole(header[$0]) }) else {
            return nil
        }
        self.name = name
        width = header.count
        let classifier = AssessmentKindClassifier()
        for index in header.indices where index != name {
            let heading = header[index].trimmingCharacters(in: .whitespacesAndNewlines)
            if heading.isEmpty {
                if !header.isBlank(index) || index < header.count - 1 {
                    ignored.append((index, "(blank)", "the heading is empty"))
                }
                continue
            }
            if className == nil, profile.columns.className.matchesWhole(heading) {
                className = index
                continue
            }
            if Self.commentHeadings.matchesWhole(heading) || Self.endsWithCommentWord(heading) {
                if let last = tasks.indices.last, tasks[last].commentIndex == nil {
                    tasks[last].commentIndex = index
                } else {
                    ignored.append((index, heading, "a comment column with no task column before it"))
                }
                continue
            }
            if profile.columns.ignore.matchesWhole(heading) {
                ignored.append((index, heading, "the profile ignores it"))
                continue
            }
            let split = ColumnHeading(heading)
            let classification = classifier.classify(title: split.title)
            tasks.append(
                Task(
                    index: index, commentIndex: nil, title: split.title, maxScore: split.maxScore,
                    kind: classification.kind, number: classification.number))
        }
    }

    /// `СОР 1 — комментарий`, `СОР 1 Comment`: a heading whose last word is a comment word.
    private static func endsWithCommentWord(_ heading: String) -> Bool {
        guard let last = heading.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "—" || $0 == ":" }).last,
            last.count < heading.count
        else { return false }
        return commentHeadings.matchesWhole(last)
    }
}
