import Foundation
import GradePortBase
import Yams

/// A node of a YAML file's tree with the checks every key needs: its type, the keys a mapping may
/// hold, and errors that point at the node's line and column.
///
/// `Kind` is the file format's error kind; the errors the node builds are `LocatedError<Kind>`.
package struct LocatedNode<Kind: LocatedErrorKind> {
    /// The file's name, for errors.
    package let file: String
    /// The YAML node.
    let node: Node
    /// The key path that leads here (`columns.name`), for messages; empty at the root.
    package let path: String

    /// A node of the file `file` reached by `path`.
    init(file: String, node: Node, path: String) {
        self.file = file
        self.node = node
        self.path = path
    }

    /// Where the node starts.
    package var line: Int { node.mark?.line ?? 1 }
    /// Where the node starts.
    package var column: Int { node.mark?.column ?? 1 }

    /// An error at this node.
    package func error(_ kind: Kind, _ message: String) -> LocatedError<Kind> {
        LocatedError(file: file, line: line, column: column, kind: kind, message: message)
    }

    /// What the node is, for "expected …, found …" messages.
    package var typeName: String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping of keys"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// Whether the node is a mapping of keys.
    var isMapping: Bool {
        if case .mapping = node { return true }
        return false
    }

    /// Whether the node is a list.
    package var isSequence: Bool {
        if case .sequence = node { return true }
        return false
    }

    // MARK: - Mappings

    /// A mapping's entries in the order written, after checking that every key is one of `allowed`;
    /// an unknown key is reported with the closest known one ("did you mean …?") or the known keys.
    package func entries(allowed: [String]) throws(LocatedError<Kind>) -> [(key: String, node: LocatedNode)] {
        guard case .mapping(let mapping) = node else {
            throw error(.wrongType, "'\(path)' must be a mapping of keys, found \(typeName)")
        }
        var entries: [(key: String, node: LocatedNode)] = []
        for (key, value) in mapping {
            let keyNode = LocatedNode(file: file, node: key, path: path)
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
            entries.append((name, LocatedNode(file: file, node: value, path: path.isEmpty ? name : path + "." + name)))
        }
        return entries
    }

    /// A mapping's entries by key, after checking that every key is one of `allowed`.
    package func keyed(allowed: [String]) throws(LocatedError<Kind>) -> [String: LocatedNode] {
        var keyed: [String: LocatedNode] = [:]
        for entry in try entries(allowed: allowed) { keyed[entry.key] = entry.node }
        return keyed
    }

    /// The node of a required key among this mapping's `keys`; a missing one is an error at this node.
    package func required(_ key: String, in keys: [String: LocatedNode]) throws(LocatedError<Kind>) -> LocatedNode {
        guard let node = keys[key] else { throw error(.missingKey, "the required key '\(key)' is missing") }
        return node
    }

    // MARK: - Single values

    /// The node's text, when it is a single value.
    package func string() throws(LocatedError<Kind>) -> String {
        guard case .scalar(let scalar) = node else {
            throw error(.wrongType, "'\(path)' must be a single value, found \(typeName)")
        }
        return scalar.string
    }

    /// The node's text as a lower-case kebab-case identifier (`school-42`); `example` shows one in
    /// the error.
    package func kebabCase(example: String) throws(LocatedError<Kind>) -> String {
        let text = try string()
        guard !text.isEmpty, text.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
            throw error(.invalidValue, "'\(path)' must be lower-case kebab-case like '\(example)', found '\(text)'")
        }
        return text
    }

    /// The node's whole number within `range`.
    package func integer(in range: ClosedRange<Int>) throws(LocatedError<Kind>) -> Int {
        let text = try string()
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw error(.wrongType, "'\(path)' must be a whole number, found '\(text)'")
        }
        guard range.contains(value) else {
            throw error(
                .invalidValue, "'\(path)' must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
        }
        return value
    }

    /// The node's decimal number (a point or a comma).
    package func decimal() throws(LocatedError<Kind>) -> DecimalNumber {
        let text = try string()
        guard let value = DecimalNumber(parsing: text, allowingDecimalComma: true) else {
            throw error(.wrongType, "'\(path)' must be a number, found '\(text)'")
        }
        return value
    }

    /// The node as `true` or `false` (`yes`/`no` and `on`/`off` too).
    package func boolean() throws(LocatedError<Kind>) -> Bool {
        let text = try string()
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(.wrongType, "'\(path)' must be true or false, found '\(text)'")
        }
    }

    /// One of a fixed set of words; a wrong one is reported with the words that contain it, the
    /// closest word, or all of them.
    package func choice(_ allowed: [String]) throws(LocatedError<Kind>) -> String {
        let text = try string()
        guard allowed.contains(text) else {
            var message = "'\(path)' cannot be '\(text)'"
            let containing = allowed.filter { $0.lowercased().contains(text.lowercased()) && !text.isEmpty }
            if !containing.isEmpty {
                message += " (did you mean " + containing.map { "'\($0)'" }.joined(separator: " or ") + "?)"
            } else if let suggestion = SpellingSuggestion.closest(to: text, among: allowed) {
                message += " (did you mean '\(suggestion)'?)"
            } else {
                message += "; use one of: \(allowed.joined(separator: ", "))"
            }
            throw error(.invalidValue, message)
        }
        return text
    }

    // MARK: - Lists

    /// A list of single values; one value alone counts as a list of one.
    package func strings() throws(LocatedError<Kind>) -> [String] {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                let child = LocatedNode(file: file, node: item, path: path)
                guard case .scalar(let scalar) = item else {
                    throw child.error(
                        .wrongType, "each entry of '\(path)' must be a single value, found \(child.typeName)")
                }
                values.append(scalar.string)
            }
            return values
        default:
            throw error(.wrongType, "'\(path)' must be a word or a list of words, found \(typeName)")
        }
    }

    /// The items of a list; anything else is an error.
    package func items() throws(LocatedError<Kind>) -> [LocatedNode] {
        guard case .sequence(let sequence) = node else {
            throw error(.wrongType, "'\(path)' must be a list, found \(typeName)")
        }
        return sequence.map { LocatedNode(file: file, node: $0, path: path) }
    }

    /// The items of a list; one value alone counts as a list of one.
    package func itemsOrSelf() -> [LocatedNode] {
        if case .sequence(let sequence) = node {
            return sequence.map { LocatedNode(file: file, node: $0, path: path) }
        }
        return [self]
    }
}
