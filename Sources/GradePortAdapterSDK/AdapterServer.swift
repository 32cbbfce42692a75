import Foundation
import GradePortCore

/// Turns any `LearningPlatform` into a `gradeport-adapter/1` program (PLUGINS.md) with one call.
///
/// ```swift
/// // Sources/gradeport-adapter-mektep/main.swift
/// import GradePortAdapterSDK
/// AdapterServer(MektepPlatform(), version: "1.0.0", extensions: ["journal-csv": [".csv"]]).exit()
/// ```
///
/// The program then answers `describe`, `sniff FILE...` and `read FILE [--export KIND]`: the adapter
/// reads into a `GradebookBuilder` as it would in-process, and every record, diagnostic and row
/// count goes out as protocol lines. What the adapter throws becomes a `fatal` line and exit
/// status 3, with the records read before it kept.
public struct AdapterServer: Sendable {
    /// The adapter served.
    public let platform: any LearningPlatform
    /// The adapter's own version string.
    public let version: String
    /// The file extensions of each export kind (`[".csv"]`), so that the host asks only about files
    /// that may be the adapter's; a kind without extensions is asked about every input.
    public let extensions: [ExportKindID: [String]]

    /// Prepares to serve an adapter.
    public init(_ platform: any LearningPlatform, version: String, extensions: [ExportKindID: [String]] = [:]) {
        self.platform = platform
        self.version = version
        self.extensions = extensions
    }

    /// Runs the command in the process's arguments and ends the process with its exit status.
    public func exit() -> Never {
        let status = run(Array(CommandLine.arguments.dropFirst())) { bytes in
            FileHandle.standardOutput.write(Data(bytes))
        }
        Foundation.exit(status)
    }

    /// Runs one command and returns its exit status: 0 done, 2 usage error, 3 the input cannot be
    /// read at all; the protocol lines go to `output`, a usage message to standard error.
    public func run(_ arguments: [String], output: @escaping ([UInt8]) -> Void) -> Int32 {
        var writer = ProtocolWriter(sink: output)
        defer { writer.flush() }
        guard let command = arguments.first else { return usage("no command given") }
        let operands = Array(arguments.dropFirst())
        switch command {
        case "describe":
            writer.hello(adapter: platform.descriptor.id, version: version)
            writer.descriptor(platform.descriptor, extensions: extensions)
            writer.summary(rows: 0)
            return 0
        case "sniff":
            writer.hello(adapter: platform.descriptor.id, version: version)
            let files = operands.compactMap { try? ExportFile(path: $0) }
            platform.prepareToSniff(files)
            for file in files {
                if let detection = platform.sniff(file), detection.confidence > .none {
                    writer.detection(file: file.path, detection)
                }
            }
            writer.summary(rows: 0)
            return 0
        case "read":
            return read(operands, writer: &writer)
        default:
            return usage("unknown command '\(command)'")
        }
    }

    private func read(_ operands: [String], writer: inout ProtocolWriter) -> Int32 {
        var path: String?
        var export: ExportKindID?
        var index = 0
        while index < operands.count {
            if operands[index] == "--export", index + 1 < operands.count {
                export = ExportKindID(rawValue: operands[index + 1])
                index += 2
            } else if path == nil {
                path = operands[index]
                index += 1
            } else {
                return usage("unexpected argument '\(operands[index])'")
            }
        }
        guard let path else { return usage("read needs a FILE") }
        writer.hello(adapter: platform.descriptor.id, version: version)
        writer.input = path
        let file: ExportFile
        do {
            file = try ExportFile(path: path)
        } catch {
            writer.fatal(code: .unreadableInput, message: error.reason, line: nil, column: nil)
            writer.summary(rows: 0)
            return 3
        }
        let kind = export ?? platform.sniff(file)?.export ?? platform.assumedExport(for: file)
        var builder = GradebookBuilder()
        builder.beginSource(file: path, platform: platform.descriptor.id, export: kind)
        var failure: (code: DiagnosticCode, message: String, line: Int?, column: Int?)?
        do {
            try platform.read(file, as: kind, into: &builder)
        } catch let located as any DiagnosableError {
            failure = (
                located.diagnosticCode, located.diagnosticMessage, located.diagnosticLine, located.diagnosticColumn
            )
        } catch {
            failure = (.malformedInput, "\(error)", nil, nil)
        }
        let book = builder.build()
        writer.records(of: book)
        if let failure {
            writer.fatal(code: failure.code, message: failure.message, line: failure.line, column: failure.column)
        }
        writer.summary(rows: book.sources.first?.rows ?? 0)
        return failure == nil ? 0 : 3
    }

    private func usage(_ problem: String) -> Int32 {
        let text = """
            \(platform.descriptor.id): \(problem)
            usage: describe | sniff FILE... | read FILE [--export KIND]   (gradeport-adapter/1)

            """
        FileHandle.standardError.write(Data(text.utf8))
        return 2
    }
}
