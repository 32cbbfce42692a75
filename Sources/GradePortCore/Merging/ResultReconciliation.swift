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
    ///   - persons: Per result, its merged person (an ordinal below `personCount`).
    ///   - assessments: Per result, its merged assessment; equal person and assessment are one
    ///     student's result for one assessment.
    ///   - sources: Per result, the position of its input.
    ///   - about: Names a result's (merged) student and assessment for a diagnostic.
    init(
        results: [AssessmentResult], persons: [Int32], assessments: [Int32], personCount: Int, sources: [Int32],
        about: (Int) -> String, context: inout MergeContext
    ) {
        let next = Self.chains(persons: persons, assessments: assessments, personCount: personCount)
        var follows = [Bool](repeating: false, count: results.count)
        for link in next where link >= 0 { follows[Int(link)] = true }
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
            let slot = kept.count
            kept.append(Self.settle(members, results, sources, slot, { about(position) }, &context))
        }
    }

    /// Chains each result to the next one (in order) with the same person and assessment; -1 ends a
    /// chain. Results are bucketed by person with a counting sort, and a person's few results are
    /// compared with each other, so nothing is hashed but the assessments of a person with many.
    private static func chains(persons: [Int32], assessments: [Int32], personCount: Int) -> [Int32] {
        let count = persons.count
        var start = [Int32](repeating: 0, count: personCount + 1)
        for person in persons { start[Int(person) + 1] += 1 }
        for index in 0..<personCount { start[index + 1] += start[index] }
        var fill = start
        var order = [Int32](repeating: 0, count: count)
        for position in 0..<count {
            let person = Int(persons[position])
            order[Int(fill[person])] = Int32(position)
            fill[person] += 1
        }
        fill = []
        var next = [Int32](repeating: -1, count: count)
        var last: [Int32: Int32] = [:]
        for person in 0..<personCount {
            let lower = Int(start[person])
            let upper = Int(start[person + 1])
            guard upper - lower > 1 else { continue }
            if upper - lower <= 48 {
                for slot in (lower + 1)..<upper {
                    let position = order[slot]
                    let assessment = assessments[Int(position)]
                    var earlier = slot - 1
                    while earlier >= lower, assessments[Int(order[earlier])] != assessment { earlier -= 1 }
                    if earlier >= lower { next[Int(order[earlier])] = position }
                }
            } else {
                last.removeAll(keepingCapacity: true)
                for slot in lower..<upper {
                    let position = order[slot]
                    if let previous = last.updateValue(position, forKey: assessments[Int(position)]) {
                        next[Int(previous)] = position
                    }
                }
            }
        }
        return next
    }

    /// Picks the result a group keeps and reports what the others were.
    private static func settle(
        _ members: [Int], _ results: [AssessmentResult], _ sources: [Int32], _ slot: Int, _ about: () -> String,
        _ context: inout MergeContext
    ) -> Int {
        // One result per input: the first row of each input wins within it.
        var perInput: [Int] = []
        var inputs: [Int32] = []
        perInput.reserveCapacity(members.count)
        inputs.reserveCapacity(members.count)
        for member in members {
            let input = sources[member]
            if let already = inputs.firstIndex(of: input) {
                let kept = results[perInput[already]]
                context.summary.duplicateResults += 1
                context.diagnose(
                    .error, .duplicateResult,
                    "\(about()): a second result from one input once its records were merged: "
                        + "\(describe(results[member])) here, \(describe(kept)) at \(context.place(kept.source)) is kept",
                    at: results[member].source)
            } else {
                inputs.append(input)
                perInput.append(member)
            }
        }
        guard perInput.count > 1 else { return perInput[0] }
        let winner = choose(perInput, results, sources, &context)
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
            context.summary.conflicts.append(
                ResultConflict(
                    position: slot, values: perInput.map { results[$0] }, kept: perInput.firstIndex(of: winner) ?? 0,
                    about: about()))
            let others = differing.map { "\(describe(results[$0])) from \(context.place(results[$0].source))" }
            context.diagnose(
                .warning, .conflictingResults,
                "\(about()): " + others.joined(separator: ", ") + " and "
                    + "\(describe(kept)) from \(context.place(kept.source)) differ; \(describe(kept)) is kept "
                    + "(--prefer \(context.summary.preference))", at: kept.source)
        }
        return winner
    }

    /// The result the preference keeps among results of different inputs (in input order of appearance).
    private static func choose(
        _ members: [Int], _ results: [AssessmentResult], _ sources: [Int32], _ context: inout MergeContext
    ) -> Int {
        if case .platform(let platform) = context.summary.preference {
            let preferred = members.filter {
                sources[$0] >= 0 && context.sources[Int(sources[$0])].platform == platform
            }
            if let best = preferred.max(by: { sources[$0] < sources[$1] }) { return best }
        }
        return members.max(by: { sources[$0] < sources[$1] })!
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
