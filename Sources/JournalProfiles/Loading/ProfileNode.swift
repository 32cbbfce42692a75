import Foundation
import Yams

/// A node of a profile's YAML tree with the checks every key needs: its type, the keys a mapping
/// may hold, and errors that point at the node's line and column.
struct ProfileNode {
    /// The profile file's name, for errors.
    let file: String
    /// The YAML node.
    let node: Node
    /// The key path that leads here (`columns.name`), for messages.
    let path: String

    /// Where the node starts.
    var line: Int { node.mark?.line ?? 1 }
    /// Where the node starts.
    var column: Int { node.mark?.column ?? 1 }

    /// An error at this node.
    func error(_ kind: ProfileError.Kind, _ message: String) -> ProfileError {
        ProfileError(file: file, line: line, column: column, kind: kind, message: message)
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

    /// A mapping's entries by key, after checking that every key is one of `allowed`.
    func mapping(allowed: [String]) throws(ProfileError) -> [String: ProfileNode] {
        guard case .mapping(let mapping) = node else {
            throw error(.wrongType, "'\(path)' must be a mapping of keys, found \(typeName)")
        }
        var entries: [String: ProfileNode] = [:]
        for (key, value) in mapping {
            let keyNode = ProfileNode(file: file, node: key, path: path)
            guard case .scalar(let scalar) = key else {
                throw keyNode.error(.wrongType, "a key in '\(path)' must be a word, found \(keyNode.typeName)")
            }
            let name = scalar.string
            guard allowed.contains(name) else {
                let place = path.isEmpty ? "" : " in '\(path)'"
                var message = "unknown key '\(name)'\(place)"
                if let suggestion = KeySuggestion.closest(to: name, among: allowed) {
                    message += " (did you mean '\(suggestion)'?)"
                } else {
                    message += "; known keys: \(allowed.joined(separator: ", "))"
                }
                throw keyNode.error(.unknownKey, message)
            }
            entries[name] = ProfileNode(file: file, node: value, path: path.isEmpty ? name : path + "." + name)
        }
        return entries
    }

    /// The node's text, when it is a single value.
    func string() throws(ProfileError) -> String {
        guard case .scalar(let scalar) = node else {
            throw error(.wrongType, "'\(path)' must be a single value, found \(typeName)")
        }
        return scalar.string
    }

    /// The node's whole number.
    func integer(in range: ClosedRange<Int>) throws(ProfileError) -> Int {
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

    /// The node as `true` or `false`.
    func boolean() throws(ProfileError) -> Bool {
        let text = try string()
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(.wrongType, "'\(path)' must be true or false, found '\(text)'")
        }
    }

    /// One of a fixed set of words.
    func choice(_ allowed: [String]) throws(ProfileError) -> String {
        let text = try string()
        guard allowed.contains(text) else {
            var message = "'\(path)' cannot be '\(text)'"
            let containing = allowed.filter { $0.lowercased().contains(text.lowercased()) && !text.isEmpty }
            if !containing.isEmpty {
                message += " (did you mean " + containing.map { "'\($0)'" }.joined(separator: " or ") + "?)"
            } else if let suggestion = KeySuggestion.closest(to: text, among: allowed) {
                message += " (did you mean '\(suggestion)'?)"
            } else {
                message += "; use one of: \(allowed.joined(separator: ", "))"
            }
            throw error(.invalidValue, message)
        }
        return text
    }

    /// A list of single values; one value alone counts as a list of one.
    func strings() throws(ProfileError) -> [String] {
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                let child = ProfileNode(file: file, node: item, path: path)
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

    /// The items of a list, as nodes; one value alone counts as a list of one.
    func items() -> [ProfileNode] {
        if case .sequence(let sequence) = node {
            return sequence.map { ProfileNode(file: file, node: $0, path: path) }
        }
        return [self]
    }

    /// Whether the node is a list.
    var isSequence: Bool {
        if case .sequence = node { return true }
        return false
    }
}
