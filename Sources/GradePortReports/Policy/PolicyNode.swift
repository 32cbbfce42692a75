import GradePortCore
import Yams

/// A node of a policy file's YAML tree with the checks every key needs: its type, the keys a mapping
/// may hold, and errors that point at the node's line and column.
struct PolicyNode {
    /// The policy file's name, for errors.
    let file: String
    /// The YAML node.
    let node: Node
    /// The key path that leads here (`rules.weights`), for messages.
    let path: String

    /// Where the node starts.
    var line: Int { node.mark?.line ?? 1 }
    /// Where the node starts.
    var column: Int { node.mark?.column ?? 1 }

    /// An error at this node.
    func error(_ kind: PolicyFileError.Kind, _ message: String) -> PolicyFileError {
        PolicyFileError(file: file, line: line, column: column, kind: kind, message: message)
    }

    /// An error of the policy model at this node.
    func error(_ problem: GradingPolicyError) -> PolicyFileError {
        let kind: PolicyFileError.Kind =
            switch problem.kind {
            case .invalidValue: .invalidValue
            case .weightsTotal: .weightsTotal
            case .scaleCoverage: .scaleCoverage
            case .overlappingYears: .overlappingYears
            case .empty: .missingKey
            }
        return error(kind, problem.message)
    }

    /// What the node is, for "expected …, found …" messages.
    var typeName: String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping of keys"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// A mapping's entries in the order written, after checking that every key is one of `allowed`.
    func mapping(allowed: [String]) throws(PolicyFileError) -> [(key: String, node: PolicyNode)] {
        guard case .mapping(let mapping) = node else {
            throw error(.wrongType, "'\(path)' must be a mapping of keys, found \(typeName)")
        }
        var entries: [(key: String, node: PolicyNode)] = []
        for (key, value) in mapping {
            let keyNode = PolicyNode(file: file, node: key, path: path)
            guard case .scalar(let scalar) = key else {
                throw keyNode.error(.wrongType, "a key in '\(path)' must be a word, found \(keyNode.typeName)")
            }
            let name = scalar.string
            guard allowed.contains(name) else {
                let place = path.isEmpty ? "" : " in '\(path)'"
                var message = "unknown key '\(name)'\(place)"
                if let suggestion = SpellingSuggestion.closest(to: name, among: allowed) {
                    message += " (did you mean '\(suggestion)'?)"
                } else {
                    message += "; known keys: \(allowed.joined(separator: ", "))"
                }
                throw keyNode.error(.unknownKey, message)
            }
            entries.append((name, PolicyNode(file: file, node: value, path: path.isEmpty ? name : path + "." + name)))
        }
        return entries
    }

    /// A mapping's entries by key, after checking that every key is one of `allowed`.
    func keyed(allowed: [String]) throws(PolicyFileError) -> [String: PolicyNode] {
        var keyed: [String: PolicyNode] = [:]
        for entry in try mapping(allowed: allowed) { keyed[entry.key] = entry.node }
        return keyed
    }

    /// The node's text, when it is a single value.
    func string() throws(PolicyFileError) -> String {
        guard case .scalar(let scalar) = node else {
            throw error(.wrongType, "'\(path)' must be a single value, found \(typeName)")
        }
        return scalar.string
    }

    /// The node's whole number within `range`.
    func integer(in range: ClosedRange<Int>) throws(PolicyFileError) -> Int {
        let text = try string()
        guard let value = Int(text.trimmingCharacters(in: " ")) else {
            throw error(.wrongType, "'\(path)' must be a whole number, found '\(text)'")
        }
        guard range.contains(value) else {
            throw error(
                .invalidValue, "'\(path)' must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
        }
        return value
    }

    /// The node's decimal number (a point or a comma).
    func decimal() throws(PolicyFileError) -> DecimalNumber {
        let text = try string()
        guard let value = DecimalNumber(parsing: text, allowingDecimalComma: true) else {
            throw error(.wrongType, "'\(path)' must be a number, found '\(text)'")
        }
        return value
    }

    /// The items of a list.
    func items() throws(PolicyFileError) -> [PolicyNode] {
        guard case .sequence(let sequence) = node else {
            throw error(.wrongType, "'\(path)' must be a list, found \(typeName)")
        }
        return sequence.map { PolicyNode(file: file, node: $0, path: path) }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var text = Substring(self)
        while text.first == set { text = text.dropFirst() }
        while text.last == set { text = text.dropLast() }
        return text
    }
}
