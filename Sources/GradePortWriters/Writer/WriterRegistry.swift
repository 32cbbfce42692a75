/// The writers a program knows, looked up by format.
///
/// A registry is an explicit list, in the order the formats are offered: the built-in one is
/// ``BuiltInWriters/registry``, and a program may build its own with writers of its own or writers
/// configured differently.
///
/// ```swift
/// let registry = WriterRegistry(BuiltInWriters.all + [MyWriter()])
/// let writer = registry.writer(for: "my-format")
/// ```
public struct WriterRegistry: Sendable {
    /// The writers, in registration order.
    public let writers: [any GradebookWriter]

    /// Creates a registry from a list of writers; no two may write the same format.
    public init(_ writers: [any GradebookWriter]) {
        var seen: Set<OutputFormat> = []
        for writer in writers {
            precondition(seen.insert(writer.outputFormat).inserted, "two writers write '\(writer.outputFormat)'")
        }
        self.writers = writers
    }

    /// The formats, in registration order.
    public var formats: [OutputFormat] { writers.map(\.outputFormat) }

    /// The writer of a format; `nil` when no writer writes it.
    public func writer(for format: OutputFormat) -> (any GradebookWriter)? {
        writers.first { $0.outputFormat == format }
    }
}
