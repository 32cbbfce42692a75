/// A set of inputs, by their position in ``Gradebook/sources``; tiny and allocation-free for the
/// first 64 inputs.
struct SourceSet: Sendable, Hashable {
    private var low: UInt64 = 0
    private var high: [Int] = []

    init() {}

    /// A set of one input.
    init(_ index: Int) { insert(index) }

    var isEmpty: Bool { low == 0 && high.isEmpty }

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

    func contains(_ index: Int) -> Bool {
        index < 64 ? low & (1 << UInt64(index)) != 0 : high.contains(index)
    }

    /// The inputs in ascending order.
    var sorted: [Int] {
        var indices: [Int] = []
        var bits = low
        while bits != 0 {
            indices.append(bits.trailingZeroBitCount)
            bits &= bits - 1
        }
        return indices + high.sorted()
    }
}
