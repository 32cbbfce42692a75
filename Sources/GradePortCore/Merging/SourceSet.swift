/// A set of inputs, by their position in ``Gradebook/sources``; tiny and allocation-free for the
/// first 64 inputs.
struct SourceSet: Sendable, Hashable {
    private var low: UInt64 = 0
    private var high: [Int] = []

    init() {}

    /// A set of one input.
    init(_ index: Int) { insert(index) }

    var isEmpty: Bool { low == 0 && high.isEmpty }

    /// How many inputs.
    var count: Int { low.nonzeroBitCount + high.count }

    mutating func insert(_ index: Int) {
        if index < 64 {
            low |= 1 << UInt64(index)
        } else if !high.contains(index) {
            high.append(index)
        }
    }

    mutating func formUnion(_ other: SourceSet) {
        low |= other.low
        for index in other.high where !high.contains(index) { high.append(index) }
    }

    func intersects(_ other: SourceSet) -> Bool {
        if low & other.low != 0 { return true }
        return high.contains { other.high.contains($0) }
    }
}
