/// A JSON object: its members in the order the input wrote them.
///
/// Lookup by key is a short linear scan for the small objects API records are made of, and a
/// hash lookup for objects with more than ``indexThreshold`` members. When a key occurs more than
/// once, the subscript returns the last occurrence (as JavaScript and Python do); iteration still
/// yields every member.
///
/// Two objects are equal when they hold the same members in the same order.
public struct JSONObject: Sendable, Equatable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One member: a key and its value.
    public typealias Element = (key: String, value: JSONValue)
    /// Positions of members, from 0.
    public typealias Index = Int

    /// Objects with more members than this get a hash index for lookup.
    public static let indexThreshold = 12

    /// The members in input order.
    public let members: [Element]
    private let index: [String: Int]?

    /// Creates an object from members in the given order.
    public init(_ members: [Element]) {
        self.members = members
        if members.count > JSONObject.indexThreshold {
            var index = [String: Int](minimumCapacity: members.count)
            for (position, member) in members.enumerated() { index[member.key] = position }
            self.index = index
        } else {
            self.index = nil
        }
    }

    /// Creates an object from a dictionary literal, keeping the literal's order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }

    /// The value for `key` (the last one if the key repeats), or `nil` when the key is absent.
    public subscript(key: String) -> JSONValue? {
        if let index {
            return index[key].map { members[$0].value }
        }
        var position = members.count
        while position > 0 {
            position -= 1
            if members[position].key == key { return members[position].value }
        }
        return nil
    }

    /// The keys in input order (repeated keys appear as often as they occur).
    public var keys: [String] { members.map(\.key) }

    /// The position of the first member.
    public var startIndex: Int { 0 }
    /// The position past the last member.
    public var endIndex: Int { members.count }
    /// The member at `position`.
    public subscript(position: Int) -> Element { members[position] }

    /// Whether both objects hold the same members in the same order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
