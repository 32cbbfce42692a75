import GradePortCore

/// What a lesson's `attendance` value says.
///
/// Only `was_in_class` is confirmed [C3]. The absence values are not documented; the year sheet's
/// counters (`missingBySick`, `missingWithoutReason`, `missingByAnotherReason`, `missingDue`)
/// suggest their names, so any value starting with `missing`, `absent`, `was_not`, `not_in_class`
/// or `sick`, and the journal letters (`н`, `нб`, `б`, `п`), are read as an absence [I].
enum AttendanceWord: Sendable, Hashable {
    /// The student was in class (`was_in_class`, `present`, `late`): no result.
    case present
    /// The student was absent: an `absent` result when the lesson has no mark.
    case absent
    /// A value the adapter does not know.
    case unknown

    private static let parser = CellValueParser()

    /// Reads an `attendance` value.
    init(_ text: String) {
        let word = text.lowercased()
        if ["was_in_class", "present", "in_class", "late", "was_late", "attended"].contains(word) {
            self = .present
        } else if ["missing", "absent", "was_not", "not_in_class", "sick"].contains(where: { word.hasPrefix($0) }) {
            self = .absent
        } else if case .status(.absent, _) = Self.parser.parse(text) {
            self = .absent
        } else {
            self = .unknown
        }
    }
}
