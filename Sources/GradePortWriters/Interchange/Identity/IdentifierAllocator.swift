/// Hands out one kind of identifier, keeping them unique within an export.
///
/// A record asks with its preferred natural key (an IIN, an e-mail, a school year and quarter) and a
/// fallback key that is unique by construction (its gradebook id). The first record to ask for a
/// natural key gets it; a later record with the same natural key gets its fallback instead, so two
/// different records of one gradebook never share an identifier.
struct IdentifierAllocator {
    private let maker: StableIdentifier.Maker
    private var taken: Set<String> = []

    /// An allocator for records of `kind` (`user`, `class`, …), a kind hashed into every identifier.
    init(kind: String) { maker = StableIdentifier.Maker(kind: kind) }

    /// The identifier for a record: from `natural` when no earlier record took it, else from `fallback`.
    mutating func allocate(natural: String, fallback: String) -> String {
        for key in [natural, fallback] {
            let id = maker.make(key)
            if taken.insert(id).inserted { return id }
        }
        var attempt = 2
        while true {
            let id = maker.make(fallback + "#\(attempt)")
            if taken.insert(id).inserted { return id }
            attempt += 1
        }
    }

    /// The identifier for a record whose key is unique by construction.
    mutating func allocate(_ key: String) -> String {
        allocate(natural: key, fallback: key)
    }
}
