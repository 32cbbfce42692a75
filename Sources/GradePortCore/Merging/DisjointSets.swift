/// Union-find over record positions. The root of a set is always its smallest position, so the
/// record that survives a merge is the one the earliest input wrote (gradebook arrays are in input
/// order).
struct DisjointSets: Sendable {
    private var parent: [Int32]

    init(count: Int) {
        parent = (0..<Int32(count)).map { $0 }
    }

    /// The root of `element`'s set (with path halving).
    mutating func find(_ element: Int) -> Int {
        var node = Int32(element)
        while parent[Int(node)] != node {
            let grand = parent[Int(parent[Int(node)])]
            parent[Int(node)] = grand
            node = grand
        }
        return Int(node)
    }

    /// Joins two roots; the smaller becomes the root. Returns the new root.
    @discardableResult
    mutating func unionRoots(_ first: Int, _ second: Int) -> Int {
        let (root, child) = first < second ? (first, second) : (second, first)
        parent[child] = Int32(root)
        return root
    }
}
