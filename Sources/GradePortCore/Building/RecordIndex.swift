/// Where the builder finds a record by id.
protocol RecordIndex {
    /// The position of the record with this id, if it was added.
    func record(for key: IdentifierKey) -> Int?
    /// Remembers the position of a newly added record.
    mutating func register(_ key: IdentifierKey, record: Int)
}

extension Dictionary: RecordIndex where Key == IdentifierKey, Value == Int {
    func record(for key: IdentifierKey) -> Int? { self[key] }
    mutating func register(_ key: IdentifierKey, record: Int) { self[key] = record }
}

/// A record index that also gives every id it is asked about a small, stable ordinal, whether or
/// not its record has been added yet — so results can be keyed by two integers instead of two strings.
struct InterningIndex: RecordIndex {
    private struct Slot {
        var ordinal: Int
        var record: Int?
    }

    private var slots: [IdentifierKey: Slot] = [:]

    func record(for key: IdentifierKey) -> Int? { slots[key]?.record }

    mutating func register(_ key: IdentifierKey, record: Int) {
        let next = slots.count
        slots[key, default: Slot(ordinal: next)].record = record
    }

    /// The id's ordinal and, if its record was added, the record's position.
    mutating func ordinal(for key: IdentifierKey) -> (ordinal: Int, record: Int?) {
        if let slot = slots[key] { return (slot.ordinal, slot.record) }
        let ordinal = slots.count
        slots[key] = Slot(ordinal: ordinal)
        return (ordinal, nil)
    }
}
