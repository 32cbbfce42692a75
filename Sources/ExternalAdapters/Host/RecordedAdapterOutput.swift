import GradePortCore

/// An adapter's standard output from a `read`, captured as bytes, read through the host's checks.
///
/// ``ExternalAdapter/read(_:as:into:)`` reads a running adapter; this reads the same lines from a
/// recording — a captured run attached to a bug report, a test's fixture, a fuzzer's input — with
/// exactly the same checks (the hello first, each record through ``GradebookBuilder``, ids
/// namespaced `<id>:`, the line limit), without starting a process.
///
/// ```swift
/// var builder = GradebookBuilder()
/// builder.beginSource(file: "7A.csv", platform: "moodle", export: "grades-csv")
/// let rows = try RecordedAdapterOutput.read(captured, adapterID: "moodle", into: &builder)
/// ```
public enum RecordedAdapterOutput {
    /// Reads `output` as adapter `adapterID` wrote it during a `read` and puts the records into
    /// `builder` (whose current source is the input it read).
    ///
    /// - Returns: The rows the adapter's summary line counted; `nil` when the output has no summary
    ///   (the adapter ended early, and what it wrote before is in the builder).
    /// - Throws: ``AdapterFailure`` when the first line is not a hello for protocol 1, or when the
    ///   adapter wrote a `fatal` line (the records before it stay in the builder).
    public static func read(
        _ output: [UInt8], adapterID: PlatformID, into builder: inout GradebookBuilder
    ) throws(AdapterFailure) -> Int? {
        var session = ReadSession(adapterID: adapterID, program: "adapter '\(adapterID)' (recorded output)")
        var splitter = OutputLineSplitter(limit: AdapterProcess.lineLimit)
        var lines: [OutputLine] = []
        output.withUnsafeBufferPointer { splitter.take($0) { lines.append($0) } }
        splitter.finish { lines.append($0) }
        for line in lines { try session.handle(line, into: &builder) }
        if let fatal = session.fatal { throw fatal }
        return session.summaryRows
    }
}
