import ArgumentParser
import GradePortWriters

/// `--to FORMAT` parses into a format of ``BuiltInWriters/registry``; anything else is a usage error
/// that lists the formats.
extension OutputFormat: ExpressibleByArgument {
    /// A format the registry has a writer for.
    public init?(argument: String) {
        let format = OutputFormat(rawValue: argument)
        guard BuiltInWriters.registry.writer(for: format) != nil else { return nil }
        self = format
    }

    /// The registry's formats, in its order.
    public static var allValueStrings: [String] { BuiltInWriters.registry.formats.map(\.rawValue) }

    /// Completes the registry's formats.
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
