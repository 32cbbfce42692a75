import GradePortCore

/// A conflict the user settled on the page: the input whose value is kept for one student and
/// assessment, whatever `--prefer` would keep.
struct ConflictChoice: Sendable, Hashable {
    /// The conflict (``key(_:)``), the same whatever the preference.
    var conflict: String
    /// The index of the chosen value among the conflict's values (input order); `nil` leaves the
    /// conflict to the preference.
    var chosen: Int?

    /// A conflict's key: who and what it is about, and where each input's value is.
    static func key(_ conflict: ResultConflict) -> String {
        let places = conflict.values.map { value in
            "\(value.source.source)@\(value.source.line.map(String.init) ?? "")"
                + ":\(value.source.column.map(String.init) ?? "")"
        }
        return conflict.about + "|" + places.joined(separator: "|")
    }

    /// The index of the value shown as kept: the one chosen, else the one the merge kept.
    static func keptIndex(of conflict: ResultConflict, choices: [ConflictChoice]) -> Int {
        let key = key(conflict)
        if let choice = choices.last(where: { $0.conflict == key }), let chosen = choice.chosen,
            conflict.values.indices.contains(chosen)
        {
            return chosen
        }
        return conflict.kept
    }

    /// The merged gradebook with each chosen value in the place of the value the merge kept, and a
    /// note saying so.
    static func apply(_ choices: [ConflictChoice], to book: Gradebook) -> Gradebook {
        guard !choices.isEmpty, let conflicts = book.merge?.conflicts, !conflicts.isEmpty else { return book }
        var book = book
        for conflict in conflicts {
            let index = keptIndex(of: conflict, choices: choices)
            guard index != conflict.kept, book.results.indices.contains(conflict.position) else { continue }
            let value = conflict.values[index]
            var result = book.results[conflict.position]
            result.status = value.status
            result.score = value.score
            result.maxScore = value.maxScore
            result.raw = value.raw
            result.comment = value.comment
            result.late = value.late
            result.draft = value.draft
            result.source = value.source
            book.results[conflict.position] = result
            book.diagnostics.append(
                Diagnostic(
                    severity: .info, code: .mergeNote,
                    message: "\(conflict.about): \(PreviewGrid.value(of: value)) from line "
                        + "\(value.source.line.map(String.init) ?? "?") is kept, as chosen on the page",
                    source: value.source.source, file: book.sources.first { $0.id == value.source.source }?.file,
                    line: value.source.line, column: value.source.column))
        }
        return book
    }
}
