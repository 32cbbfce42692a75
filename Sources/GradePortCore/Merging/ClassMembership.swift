/// The aligned classes of each person record, stored flat: almost everyone is in one class, so the
/// first class of each record sits in an array and only the rare others in a dictionary.
struct ClassMembership: Sendable {
    private var first: [Int32]
    private var others: [Int: [Int32]] = [:]

    init(count: Int) {
        first = [Int32](repeating: -1, count: count)
    }

    /// Adds a class to a record, once.
    mutating func add(_ schoolClass: Int32, to person: Int) {
        if first[person] < 0 {
            first[person] = schoolClass
        } else if first[person] != schoolClass, others[person]?.contains(schoolClass) != true {
            others[person, default: []].append(schoolClass)
        }
    }

    /// The first class of a record, if it has one.
    func first(of person: Int) -> Int32? {
        first[person] >= 0 ? first[person] : nil
    }

    /// Calls `body` with each class of a record.
    func forEach(of person: Int, _ body: (Int32) -> Void) {
        guard first[person] >= 0 else { return }
        body(first[person])
        others[person]?.forEach(body)
    }
}
