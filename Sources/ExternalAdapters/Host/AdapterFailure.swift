import Foundation
import GradePortCore

extension DiagnosticCode {
    /// An external adapter failed: it crashed, ran past its time limit, broke the protocol, or exited
    /// without its summary. What it wrote before is kept; an import of the input is not committed.
    public static let adapterFailed: Self = "adapter-failed"
    /// An external adapter wrote a line on standard output that is not a protocol line.
    public static let adapterOutput: Self = "adapter-output"
    /// What an external adapter that finished wrote on standard error (its last 4 KiB), as a note.
    public static let adapterLog: Self = "adapter-log"
}

/// Why an external adapter's command failed, in a sentence that names the adapter, its path and
/// what to do.
public struct AdapterFailure: DiagnosableError, Sendable, Hashable, CustomStringConvertible {
    /// The code: ``DiagnosticCode/adapterFailed``, or the one the adapter's `fatal` line gave.
    public var diagnosticCode: DiagnosticCode
    /// The sentence.
    public var diagnosticMessage: String
    /// The input line a `fatal` line pointed at.
    public var diagnosticLine: Int?
    /// The input column a `fatal` line pointed at.
    public var diagnosticColumn: Int?

    /// Creates a failure.
    public init(code: DiagnosticCode = .adapterFailed, _ message: String, line: Int? = nil, column: Int? = nil) {
        self.diagnosticCode = code
        self.diagnosticMessage = message
        self.diagnosticLine = line
        self.diagnosticColumn = column
    }

    /// The sentence.
    public var description: String { diagnosticMessage }

    // MARK: - The failures the host tells apart

    /// The program's first line announced another protocol version.
    static func protocolMismatch(_ program: String, announced: String) -> Self {
        AdapterFailure(
            "\(program) speaks gradeport-adapter/\(announced), but this GradePort speaks gradeport-adapter/1: "
                + "update the adapter (or GradePort) so that both speak the same version")
    }

    /// The program wrote something other than the protocol's first line first.
    static func missingHello(_ program: String, found: String) -> Self {
        AdapterFailure("\(program) did not start its output with a hello line (it wrote \(found))")
    }

    /// The program ran past a time limit and was stopped.
    static func timedOut(_ program: String, command: String, limit: TimeLimit, errorTail: String) -> Self {
        let hint = command == "read" ? " (set GRADEPORT_ADAPTER_TIMEOUT to allow longer)" : ""
        return AdapterFailure(
            "\(program) gave no answer to '\(command)' within the limit of \(limit)\(hint); it was stopped"
                + Self.tail(errorTail))
    }

    /// The program ended with a failing status or a signal.
    static func crashed(_ program: String, command: String, end: ProcessEnd, errorTail: String) -> Self {
        if case .exited(2) = end {
            return AdapterFailure(
                "\(program) refused the command '\(command)' as a usage error (exit status 2)" + Self.tail(errorTail))
        }
        return AdapterFailure("\(program) failed during '\(command)' (\(end))" + Self.tail(errorTail))
    }

    /// The program exited without its summary line.
    static func missingSummary(_ program: String, command: String, end: ProcessEnd, errorTail: String) -> Self {
        AdapterFailure(
            "\(program) ended '\(command)' (\(end)) without its summary line: its output is incomplete"
                + Self.tail(errorTail))
    }

    /// A line on standard output is not a protocol line.
    static func notJSON(_ program: String, line: [UInt8]) -> Self {
        AdapterFailure(
            code: .adapterOutput,
            "\(program) wrote a line that is not JSON on standard output: \(quote(line)); adapters must log to "
                + "standard error")
    }

    /// A line on standard output is over the 1 MiB limit.
    static func lineTooLong(_ program: String, prefix: [UInt8], limit: Int) -> Self {
        AdapterFailure(
            code: .limitExceeded,
            "\(program) wrote a line longer than the protocol's limit of \(limit >> 20) MiB (it began "
                + "\(quote(prefix))); the line was skipped")
    }

    /// The standard error tail for a message: its last 4 KiB, after a colon.
    static func tail(_ errorTail: String) -> String {
        let trimmed = errorTail.trimmingTrailingWhitespace
        guard !trimmed.isEmpty else { return "; it wrote nothing on standard error" }
        let shown =
            trimmed.utf8.count > 4096 ? "…" + String(decoding: trimmed.utf8.suffix(4096), as: UTF8.self) : trimmed
        return "; its standard error ended with:\n" + shown
    }

    /// A line quoted for a message, cut at 200 characters.
    static func quote(_ line: [UInt8]) -> String {
        let text = String(decoding: line.prefix(800), as: UTF8.self)
        let cut = text.count > 200 ? String(text.prefix(200)) + "…" : text
        return "\"" + cut.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension String {
    /// The text without trailing spaces and line breaks.
    fileprivate var trimmingTrailingWhitespace: String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
