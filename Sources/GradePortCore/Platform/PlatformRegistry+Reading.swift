/// What reading a list of inputs produced.
public struct ReadOutcome: Sendable {
    /// The gradebook, with every input's records and diagnostics.
    public var gradebook: Gradebook
    /// The inputs that could not be read at all (missing, unknown format, malformed from the start).
    public var unreadableInputs: [String]

    /// Creates an outcome.
    public init(gradebook: Gradebook, unreadableInputs: [String]) {
        self.gradebook = gradebook
        self.unreadableInputs = unreadableInputs
    }
}

extension PlatformRegistry {
    /// Reads inputs into one gradebook: each is detected (or read by the adapter named by
    /// `platformID`), then read by its adapter, in the order given; when more than one input was
    /// read, they are merged (``GradebookMerger``).
    ///
    /// Nothing throws: an input that cannot be read becomes an error diagnostic and is listed in
    /// ``ReadOutcome/unreadableInputs``. An adapter that fails part-way keeps the rows it read;
    /// the failure is an error diagnostic at the line where it happened.
    ///
    /// - Parameters:
    ///   - paths: The inputs, in the order given.
    ///   - platformID: The adapter to read every input with, instead of detecting each.
    ///   - preference: How the merge settles inputs that disagree (`.last` keeps the later input's
    ///     value); `nil` leaves the inputs unmerged, one result per student, assessment and input.
    public func readGradebook(
        from paths: [String], platform platformID: String? = nil, merging preference: ConflictPreference? = .last
    ) -> ReadOutcome {
        var builder = GradebookBuilder()
        var unreadable: [String] = []
        for path in paths {
            if !read(path, platformID: platformID, into: &builder) { unreadable.append(path) }
        }
        var book = builder.build()
        builder = GradebookBuilder()  // the builder's copy of the records goes before the merge
        if let preference { book = GradebookMerger(preference: preference).merge(consume book) }
        return ReadOutcome(gradebook: book, unreadableInputs: unreadable)
    }

    /// Reads one input into a builder; returns false when it could not be read at all.
    public func read(_ path: String, platformID: String?, into builder: inout GradebookBuilder) -> Bool {
        let file: ExportFile
        do {
            file = try ExportFile(path: path)
        } catch {
            builder.diagnose(Diagnostic(severity: .error, code: .unreadableInput, message: error.reason, file: path))
            return false
        }
        let platform: any LearningPlatform
        let export: String
        if let platformID {
            guard let chosen = self.platform(id: platformID) else {
                builder.diagnose(
                    Diagnostic(
                        severity: .error, code: .unknownFormat,
                        message: "no platform adapter has the id '\(platformID)'", file: path))
                return false
            }
            platform = chosen
            export = chosen.sniff(file)?.export ?? chosen.descriptor.exports.first?.id ?? "unknown"
        } else {
            guard let best = detect(file).first, let chosen = self.platform(id: best.platform) else {
                builder.diagnose(
                    Diagnostic(
                        severity: .error, code: Self.unrecognisedCode(file),
                        message: Self.unrecognisedMessage(file), file: path))
                return false
            }
            platform = chosen
            export = best.export
        }
        // The fingerprint is computed on the other core while the adapter reads.
        let digest = file.isDirectory ? nil : BackgroundDigest(ofFileAt: path)
        let sourceID = builder.beginSource(file: path, platform: platform.descriptor.id, export: export)
        defer { builder.setDigest(digest?.wait(), ofSource: sourceID) }
        do {
            try platform.read(file, into: &builder)
            return true
        } catch {
            let rowsRead = builder.currentSource?.rows ?? 0
            if let located = error as? any DiagnosableError {
                builder.diagnose(
                    .error, located.diagnosticCode,
                    located.diagnosticMessage + (rowsRead > 0 ? "; rows before this point were kept" : ""),
                    line: located.diagnosticLine, column: located.diagnosticColumn)
            } else {
                builder.diagnose(.error, .malformedInput, "\(error)")
            }
            return rowsRead > 0
        }
    }

    private static func unrecognisedCode(_ file: ExportFile) -> DiagnosticCode {
        if !file.isDirectory && file.size == 0 { return .emptyInput }
        return .unknownFormat
    }

    private static func unrecognisedMessage(_ file: ExportFile) -> String {
        if file.isDirectory {
            return file.entries.isEmpty
                ? "the folder is empty"
                : "no platform recognises this folder (files: \(file.entries.prefix(5).joined(separator: ", ")))"
        }
        if file.size == 0 { return "the file is empty" }
        if file.head.prefix(4096).contains(0)
            && !(file.head.starts(with: [0xFF, 0xFE]) || file.head.starts(with: [0xFE, 0xFF]))
        {
            return "binary file: not a CSV, JSON or XML export; use --platform to name the adapter if this is wrong"
        }
        return "no platform recognises this file; run `gradeport detect` to see why, or name one with --platform"
    }
}
