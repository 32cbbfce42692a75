/// Settles results that name the same person and assessment once people and assessments are merged.
///
/// - Several inputs with the **same value** (status, score and, when both give one, maximum): one is
///   kept (the one ``ConflictPreference`` would keep), the others are counted as agreements.
/// - Several inputs with **different values**: the one the preference picks is kept, and a
///   `conflicting-results` warning lists every value with its file and line.
/// - One input twice (two of its records were found to be one person): the first row is kept, as the
///   builder does within an input, and a `duplicate-result` error names both lines.
///
/// The kept result takes the place of the first of its group, so the output order is the order of
/// first appearance whatever the preference.
struct ResultReconciliation {
    /// Positions of the results to keep, in order, each with the result that stands there.
    private(set) var kept: [Int] = []

    /// - Parameters:
    ///   - results: The results.
    ///   - keys: Per result, the merged person and assessment packed into one integer; equal keys
    ///     are one student's result for one assessment.
    ///   - about: Names a result's (merged) student and assessment for a diagnostic.
    init(
        results: [AssessmentResult], keys: [Int], about: (Int) -> String, context: inout MergeContext
    ) {
        // Chain each result to the next one with its key.
        var next = [Int32](repeating: -1, count: results.count)
        var follows = [Bool](repeating: false, count: results.count)
        do {
            var tail: [Int: Int32] = [:]
            tail.reserveCapacity(results.count)
            for position in results.indices {
                if let last = tail.updateValue(Int32(position), forKey: keys[position]) {
                    next[Int(last)] = Int32(position)
                    follows[position] = true
                }
            }
        }
        kept.reserveCapacity(results.count)
        var members: [Int] = []
        for position in results.indices where !follows[position] {
            guard next[position] >= 0 else {
                kept.append(position)
                continue
            }
            members.removeAll(keepingCapacity: true)
            var cursor = Int32(position)
            while cursor >= 0 {
                members.append(Int(cursor))
                cursor = next[Int(cursor)]
            }
            kept.append(Self.settle(members, results, about(position), &context))
        }
    }

    /// Picks the result a group keeps and reports what the others were.
    private static func settle(
        _ members: [Int], _ results: [AssessmentResult], _ about: String, _ context: inout MergeContext
    ) -> Int {
        // One result per input: the first row of each input wins within it.
        var perInput: [Int] = []
        var inputs: [Int] = []
        for member in members {
            let input = context.index(ofSource: results[member].source.source) ?? -1
            if let already = inputs.firstIndex(of: input) {
                let kept = results[perInput[already]]
                context.summary.duplicateResults += 1
                context.diagnose(
                    .error, .duplicateResult,
                    "\(about): a second result from one input once its records were merged: "
                        + "\(describe(results[member])) here, \(describe(kept)) at \(context.place(kept.source)) is kept",
                    at: results[member].source)
            } else {
                inputs.append(input)
                perInput.append(member)
            }
        }
        guard perInput.count > 1 else { return perInput[0] }
        let winner = choose(perInput, results, &context)
        let kept = results[winner]
        var differing: [Int] = []
        for member in perInput where member != winner {
            if sameValue(results[member], kept) {
                context.summary.resultAgreements += 1
            } else {
                differing.append(member)
            }
        }
        if !differing.isEmpty {
            context.summary.resultConflicts += 1
            let others = differing.map { "\(describe(results[$0])) from \(context.place(results[$0].source))" }
            context.diagnose(
                .warning, .conflictingResults,
                "\(about): " + others.joined(separator: ", ") + " and "
                    + "\(describe(kept)) from \(context.place(kept.source)) differ; \(describe(kept)) is kept "
                    + "(--prefer \(context.summary.preference))", at: kept.source)
        }
        return winner
    }

    /// The result the preference keeps among results of different inputs (in input order of appearance).
    private static func choose(_ members: [Int], _ results: [AssessmentResult], _ context: inout MergeContext) -> Int {
        func input(_ member: Int) -> Int { context.index(ofSource: results[member].source.source) ?? -1 }
        if case .platform(let platform) = context.summary.preference {
            let preferred = members.filter { context.platform(of: results[$0].source) == platform }
            if let best = preferred.max(by: { input($0) < input($1) }) { return best }
        }
        return members.max(by: { input($0) < input($1) })!
    }

    /// Whether two results say the same: status, score, and maximum when both give one.
    static func sameValue(_ first: AssessmentResult, _ second: AssessmentResult) -> Bool {
        guard first.status == second.status, first.score == second.score else { return false }
        if let one = first.maxScore, let other = second.maxScore, one != other { return false }
        return true
    }

    private static func describe(_ result: AssessmentResult) -> String {
        var text = result.score?.description ?? result.status.rawValue
        if let max = result.maxScore, result.score != nil { text += "/" + max.description }
        if let raw = result.raw, raw != text, raw != result.score?.description { text += " ('\(raw)')" }
        return text
    }
}
