import GradePortCore

/// A conflict the user settled on the page: the input whose value is kept for one student and
/// assessment, whatever `--prefer` would keep.
struct ConflictChoice: Sendable, Hashable {
    /// The conflict: the place of its first input's value (stable whatever the preference).
    var place: String
    /// The place of the value chosen; `nil` leaves the conflict to the preference.
    var chosenSource: String?

    /// The text that names a result's place in forms: `s2:14:5` (source, line, column).
    static func key(_ reference: SourceReference) -> String {
        var text = reference.source.rawValue
        text += ":" + (reference.line.map(String.init) ?? "")
        text += ":" + (reference.column.map(String.init) ?? "")
        if let file = reference.file { text += ":" + file }
        return text
    }

    /// The conflict's own key.
    static func key(_ conflict: ResultConflict) -> String {
        conflict.values.first.map { key($0.source) } ?? key(conflict.kept)
    }

    /// The merged gradebook with each chosen value in the place of the value the merge kept, and a
    /// note saying so.
    static func apply(_ choices: [ConflictChoice], to book: Gradebook) -> Gradebook {
        guard !choices.isEmpty, let conflicts = book.merge?.conflicts, !conflicts.isEmpty else { return book }
        let chosen = Dictionary(choices.map { ($0.place, $0.chosenSource) }, uniquingKeysWith: { _, last in last })
        var book = book
        var positions: [SourceReference: Int]?
        for conflict in conflicts {
            guard let choice = chosen[key(conflict)] ?? nil, choice != key(conflict.kept),
                let value = conflict.values.first(where: { key($0.source) == choice })
            else { continue }
            if positions == nil {
                positions = Dictionary(
                    book.results.indices.map { (book.results[$0].source, $0) }, uniquingKeysWith: { first, _ in first })
            }
            guard let position = positions?[conflict.kept] else { continue }
            var result = book.results[position]
            result.status = value.status
            result.score = value.score
            result.maxScore = value.maxScore
            result.raw = value.raw
            result.comment = value.comment
            result.late = value.late
            result.draft = value.draft
            result.source = value.source
            book.results[position] = result
            book.diagnostics.append(
                Diagnostic(
                    severity: .info, code: .mergeNote,
                    message: "\(conflict.about): the value from \(value.source.source) line "
                        + "\(value.source.line.map(String.init) ?? "?") is kept, as chosen on the page",
                    source: value.source.source, file: book.sources.first { $0.id == value.source.source }?.file,
                    line: value.source.line, column: value.source.column))
        }
        return book
    }
}
