/// A platform adapter: reads one platform's exports into a gradebook.
///
/// An adapter is a small value type in its own module under `Adapters/`, registered once in the
/// registry's list. It answers two questions:
/// - ``sniff(_:)``: is this input one of mine, which of my export kinds is it, and how sure am I?
///   Look only at `ExportFile.head` or a folder's `ExportFile.entries`; never read the whole file.
/// - ``read(_:as:into:)``: write the input's records and diagnostics into the builder, streaming, as
///   the export kind the sniff chose.
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

    /// Called before ``sniff(_:)`` is asked about each of several inputs, so that an adapter for which
    /// each look is costly (an external program) can look at all of them at once. By default nothing.
    func prepareToSniff(_ files: [ExportFile])

    /// The export kind to read an input as when the user named this platform but ``sniff(_:)``
    /// declined the input (a damaged file, an unusual header): reading it then reports what is wrong
    /// with it as that kind. By default the first kind the descriptor declares.
    func assumedExport(for file: ExportFile) -> PlatformDescriptor.ExportKind.ID

    /// Reads the input into the builder as the given export kind, one of the descriptor's. The
    /// caller has begun a source for it, recording that kind.
    func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder)
        throws
}

extension LearningPlatform {
    /// The adapter's descriptor, reachable from an existential: by default the static one.
    public var descriptor: PlatformDescriptor { Self.descriptor }

    /// Nothing to prepare: sniffing one input is cheap.
    public func prepareToSniff(_ files: [ExportFile]) {}

    /// The first export kind the descriptor declares.
    public func assumedExport(for file: ExportFile) -> PlatformDescriptor.ExportKind.ID {
        descriptor.exports.first?.id ?? "unknown"
    }

    /// A detection for this platform with the given export kind, confidence and reason.
    public func detection(
        _ export: PlatformDescriptor.ExportKind.ID, _ confidence: Confidence, _ reason: String
    ) -> Detection {
        Detection(platform: descriptor.id, export: export, confidence: confidence, reason: reason)
    }
}
