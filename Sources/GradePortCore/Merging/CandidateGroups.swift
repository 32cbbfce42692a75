/// Splits the candidates of one bucket (records sharing a matching key) into groups that are safe
/// to merge and groups that are ambiguous.
///
/// Two candidates are linked when they are compatible (the caller decides: different inputs, no
/// contradicting IIN, patronymic or maximum). A connected group in which every pair is compatible
/// is one record seen by several inputs, and is merged; a connected group in which some pair is not
/// (two candidates from one input, or two that contradict each other) cannot be told apart by the
/// key alone and is merged nowhere. The work is quadratic in the bucket's size only, and a bucket
/// larger than ``limit`` is ambiguous as a whole without pairwise checks.
struct CandidateGroups {
    /// The largest bucket that is checked pair by pair.
    static let limit = 24

    /// Groups to merge, and ambiguous groups, as positions in the bucket (each in ascending order).
    var merge: [[Int]] = []
    var ambiguous: [[Int]] = []

    init(count: Int, compatible: (Int, Int) -> Bool) {
        guard count >= 2 else { return }
        if count == 2 {  // the common case: two inputs' records of one child
            if compatible(0, 1) { merge = [[0, 1]] }
            return
        }
        guard count <= Self.limit else {
            ambiguous = [Array(0..<count)]
            return
        }
        var matrix = [Bool](repeating: false, count: count * count)
        var group = Array(0..<count)
        func root(_ index: Int) -> Int {
            var node = index
            while group[node] != node { node = group[node] }
            return node
        }
        for first in 0..<count {
            for second in (first + 1)..<count where compatible(first, second) {
                matrix[first * count + second] = true
                let (a, b) = (root(first), root(second))
                if a != b { group[max(a, b)] = min(a, b) }
            }
        }
        // Each group's root is its smallest member, so groups come out in order of first appearance.
        var members = [[Int]](repeating: [], count: count)
        for index in 0..<count { members[root(index)].append(index) }
        for candidates in members where candidates.count >= 2 {
            var complete = true
            outer: for (position, first) in candidates.enumerated() {
                for second in candidates[(position + 1)...] where !matrix[first * count + second] {
                    complete = false
                    break outer
                }
            }
            if complete {
                merge.append(candidates)
            } else {
                ambiguous.append(candidates)
            }
        }
    }
}
