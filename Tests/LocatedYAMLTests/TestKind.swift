import LocatedYAML

/// The error kinds of a made-up file format the tests read.
enum TestKind: String, LocatedErrorKind, CaseIterable {
    case unreadable, syntax, unknownKey, missingKey, wrongType, invalidValue
}

/// A node of a test file.
typealias TestNode = LocatedNode<TestKind>

/// The root node of `text`, read as the file `test.yaml`.
func root(_ text: String) throws(LocatedError<TestKind>) -> TestNode {
    try TestNode.root(
        parsing: text, file: "test.yaml", format: "YAML", emptyMessage: "the file is empty",
        notAMapping: "a test file must be a mapping of keys")
}

extension LocatedNode {
    /// The value of `key`, the only key the mapping may hold.
    func only(_ key: String) throws(LocatedError<Kind>) -> LocatedNode { try keyed(allowed: [key])[key]! }
}
