/// A platform adapter: reads one platform's exports into a gradebook.
///
/// An adapter is a small value type in its own module under `Adapters/`, registered once in the
/// registry's list. It answers two questions:
/// - ``sniff(_:)``: is this input one of mine, and how sure am I? Look only at ``ExportFile/head``
///   or a folder's ``ExportFile/entries``; never read the whole file.
/// - ``read(_:into:)``: write the input's records and diagnostics into the builder, streaming.
///
/// Rules every adapter follows (the checks in `GradePortTesting` hold them to it):
/// - a blank cell is no result, never a zero; status words become ``ResultStatus`` values;
/// - every result carries its source line and the raw cell;
/// - every data row ends up in the gradebook or in a diagnostic;
/// - ids stay strings, never pass through `Double`;
/// - a problem with one row or cell is a diagnostic; `read` throws only when the input as a whole
///   cannot be read (it may have added the rows before the problem).
public protocol LearningPlatform: Sendable {
    /// The adapter's id, name and export kinds.
    static var descriptor: PlatformDescriptor { get }

    /// The descriptor of this adapter value. Compiled adapters keep the default (their static
    /// ``descriptor``); an adapter made at run time from data (a journal profile) returns its own, so
    /// that one type can stand for several platforms.
    var descriptor: PlatformDescriptor { get }

    /// A cheap look at an input: `nil` when it is not this platform's.
    func sniff(_ file: ExportFile) -> Detection?

    /// Reads the input into the builder. The caller has begun a source for it.
    func read(_ file: ExportFile, into gradebook: inout GradebookBuilder) throws
}

extension LearningPlatform {
    /// The adapter's descriptor, reachable from an existential: by default the static one.
    public var descriptor: PlatformDescriptor { Self.descriptor }

    /// A detection for this platform with the given export kind, confidence and reason.
    public func detection(_ export: String, _ confidence: Confidence, _ reason: String) -> Detection {
        Detection(platform: descriptor.id, export: export, confidence: confidence, reason: reason)
    }
}
