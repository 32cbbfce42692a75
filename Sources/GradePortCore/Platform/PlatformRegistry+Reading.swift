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
    ///   - schools: Where an input's school comes from when its export does not name one
    ///     (``GradebookBuilder/inputSchools``); two schools' same-named classes and pupils stay apart.
    ///   - calendars: The school calendars that give dated assessments without a term their quarter
    ///     and opaque terms theirs on evidence (``CalendarTerms``), before the merge.
    public func readGradebook(
        from paths: [String], platform platformID: PlatformID? = nil, merging preference: ConflictPreference? = .last,
        schools: InputSchools = .none, calendars: [SchoolCalendar] = BuiltInCalendars.all
    ) -> ReadOutcome {
        var builder = GradebookBuilder()
        builder.inputSchools = schools
        var unreadable: [String] = []
        if paths.count > 1 { prepareToDetect(paths.compactMap { try? ExportFile(path: $0) }) }
        for path in paths {
            if !read(path, platformID: platformID, into: &builder) { unreadable.append(path) }
        }
        var book = builder.build()
        builder = GradebookBuilder()  // the builder's copy of the records goes before the merge
        CalendarTerms(calendars: calendars).apply(to: &book)
        if let preference { book = GradebookMerger(preference: preference).merge(consume book) }
        return ReadOutcome(gradebook: book, unreadableInputs: unreadable)
    }

    /// Reads one input into a builder; returns false when it could not be read at all.
    ///
    /// The sequence every front end and the conformance checks share: open the input and choose its
    /// adapter and export kind (``prepare(_:platformID:diagnosingInto:)``), then read it
    /// (``read(_:as:diagnosingInto:)``), what went wrong becoming diagnostics.
    public func read(_ path: String, platformID: PlatformID?, into builder: inout GradebookBuilder) -> Bool {
        guard let (file, choice) = prepare(path, platformID: platformID, diagnosingInto: &builder) else {
            return false
        }
        return read(file, as: choice, diagnosingInto: &builder)
    }

    /// Opens an input far enough to sniff it and chooses its adapter and export kind
    /// (``choice(for:platform:)``); `nil`, with an error diagnostic naming the input, when it does
    /// not exist, is not a regular file or folder, or no adapter takes it. Nothing but the head is
    /// read: a front end that fingerprints inputs does so after this, so that an input nobody
    /// recognises is refused without reading it whole.
    public func prepare(
        _ path: String, platformID: PlatformID?, diagnosingInto builder: inout GradebookBuilder
    ) -> (file: ExportFile, choice: ReadingChoice)? {
        let file: ExportFile
        do {
            file = try ExportFile(path: path)
        } catch {
            builder.diagnose(Diagnostic(severity: .error, code: .unreadableInput, message: error.reason, file: path))
            return nil
        }
        do {
            return (file, try choice(for: file, platform: platformID))
        } catch {
            builder.diagnose(
                Diagnostic(severity: .error, code: error.diagnosticCode, message: error.diagnosticMessage, file: path))
            return nil
        }
    }

    /// Reads a prepared input (``read(_:as:into:)``), turning what the adapter throws into an error
    /// diagnostic at its line; returns false when nothing could be read.
    public func read(
        _ file: ExportFile, as choice: ReadingChoice, diagnosingInto builder: inout GradebookBuilder
    )
        -> Bool
    {
        do {
            try read(file, as: choice, into: &builder)
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

    /// The adapter and export kind to read an input with: the adapter named by `platformID` (as the
    /// kind its sniff finds, or its ``LearningPlatform/assumedExport(for:)``), or else the most
    /// confident detection.
    ///
    /// - Throws: `ExportReadError` (`unknown-format` or `empty-input`) when no adapter has the id,
    ///   or none recognises the input.
    public func choice(
        for file: ExportFile, platform platformID: PlatformID?
    ) throws(ExportReadError)
        -> ReadingChoice
    {
        if let platformID {
            guard let chosen = self.platform(id: platformID) else {
                throw ExportReadError(.unknownFormat, "no platform adapter has the id '\(platformID)'")
            }
            return ReadingChoice(
                platform: chosen, export: chosen.sniff(file)?.export ?? chosen.assumedExport(for: file))
        }
        guard let best = detect(file).first, let chosen = self.platform(id: best.platform) else {
            if let refusal = refusalExplainer?(file) { throw refusal }
            throw ExportReadError(Self.unrecognisedCode(file), Self.unrecognisedMessage(file))
        }
        return ReadingChoice(platform: chosen, export: best.export)
    }

    /// Reads an input with the chosen adapter as the chosen export kind: begins its source in the
    /// builder, computes the input's fingerprint on another core meanwhile, and lets the adapter read.
    ///
    /// - Throws: whatever the adapter throws when the input as a whole cannot be read; the rows it
    ///   added before are kept in the builder.
    public func read(_ file: ExportFile, as choice: ReadingChoice, into builder: inout GradebookBuilder) throws {
        let digest = file.isDirectory ? nil : BackgroundDigest(ofFileAt: file.path)
        let sourceID = builder.beginSource(
            file: file.path, platform: choice.platform.descriptor.id, export: choice.export)
        defer { builder.setDigest(digest?.wait(), ofSource: sourceID) }
        try choice.platform.read(file, as: choice.export, into: &builder)
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

/// Which adapter reads an input, and as which of its export kinds.
public struct ReadingChoice: Sendable {
    /// The adapter.
    public var platform: any LearningPlatform
    /// The export kind, one the adapter's descriptor declares.
    public var export: PlatformDescriptor.ExportKind.ID

    /// Creates a choice.
    public init(platform: any LearningPlatform, export: PlatformDescriptor.ExportKind.ID) {
        self.platform = platform
        self.export = export
    }
}
