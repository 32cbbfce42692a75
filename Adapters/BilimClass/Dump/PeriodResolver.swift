import Foundation

/// Finds the period a `subjects` record (one subject's diary for one period) belongs to.
///
/// The record's content comes first, the file name last:
/// 1. a `period` number in the record or its `periodInfo` (the known responses carry none);
/// 2. `periodInfo.periodUuid` equal to a period's `uuid` or `id`;
/// 3. the lessons' dates: the period whose `periodStart…periodEnd` holds most of them;
/// 4. the key or file name: `subjects-q2`, `subjects_2`, `subjects-q2.json` → period 2.
///
/// When the dates and the name disagree, the dates win (they are what the platform wrote; the
/// name is what a person typed), with a warning.
struct PeriodResolver: Sendable {
    /// The period found, and how.
    struct Finding: Sendable {
        /// The period number.
        var number: Int
        /// The period record, when the dump has one with that number.
        var period: PeriodRecord?
        /// The number the name gave, when it disagrees with the content.
        var nameDisagrees: Int?
        /// Whether only the name gave the number.
        var fromName: Bool
    }

    /// The dump's periods.
    let periods: [PeriodRecord]

    /// The period of a subject's diary, or `nil` when nothing tells.
    func period(of record: SubjectDiaryRecord) -> Finding? {
        let named = Self.number(inName: record.key) ?? Self.number(inName: (record.file as NSString).lastPathComponent)
        var content: Int?
        if let number = record.periodNumber {
            content = number
        } else if let uuid = record.periodUUID, let period = periods.first(where: { $0.keys.contains(uuid) }) {
            content = period.number
        } else {
            var votes: [Int: Int] = [:]
            for date in record.schedules.compactMap(\.date) {
                if let number = periods.first(where: { $0.contains(date) })?.number { votes[number, default: 0] += 1 }
            }
            content = votes.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
        }
        guard let number = content ?? named else { return nil }
        return Finding(
            number: number, period: periods.first { $0.number == number },
            nameDisagrees: content != nil && named != nil && named != content ? named : nil,
            fromName: content == nil)
    }

    /// The period number at the end of a key or file name: `subjects-q2`, `quarter_2.json`,
    /// `subjects-period3` → 2, 2, 3; `subjects` → `nil`.
    static func number(inName name: String) -> Int? {
        var stem = name.lowercased()
        if stem.hasSuffix(".json") { stem.removeLast(5) }
        guard let separator = stem.lastIndex(where: { $0 == "-" || $0 == "_" || $0 == "." }) else { return nil }
        var suffix = stem[stem.index(after: separator)...]
        for prefix in ["quarter", "period", "q", "p"] where suffix.hasPrefix(prefix) {
            suffix = suffix.dropFirst(prefix.count)
            break
        }
        guard suffix.count == 1, let number = Int(suffix), (1...4).contains(number) else { return nil }
        return number
    }
}
