import GradePortCore

/// The reading stage of a batched import (``GradeStore/importFiles(_:reading:limits:dryRun:onEvent:)``):
/// opens, detects (unless a platform was named), fingerprints and reads one input at a time.
///
/// An input is opened and sniffed first (its head only): one that nothing recognises, or that is
/// not a regular file or folder, is refused without being hashed. An input whose fingerprint the
/// store already has (``knownImports``) is then not read at all.
public struct ImportInputReader: Sendable {
    /// Reads an input that the registry does not read (GradePort's own `gradeport/1` files): `nil`
    /// when the input is not of its kind; else its gradebook and fingerprint, or a `nil` gradebook
    /// with the reason diagnosed into the builder.
    public typealias OtherReader =
        @Sendable (_ path: String, _ builder: inout GradebookBuilder) -> (Gradebook?, fingerprint: String?)?

    /// The adapters.
    public var registry: PlatformRegistry
    /// The adapter every input is read with (detection skipped), if one was named.
    public var platformID: PlatformID?
    /// Where an input's school comes from when its export names none.
    public var inputSchools: InputSchools
    /// The calendars that give dated assessments their quarter (``CalendarTerms``).
    public var calendars: [SchoolCalendar]
    /// Imports the store holds (not undone), by fingerprint: an input with one of these is not read.
    public var knownImports: [String: ImportRecord]
    /// A reader tried before the registry.
    public var other: OtherReader?
    /// Names for inputs read from a copy, by the copy's path (standard input spooled to a file is
    /// `-`): the prepared import, its provenance and its diagnostics use the name, never the copy's path.
    public var inputNames: [String: String] = [:]

    /// Creates a reading stage.
    public init(
        registry: PlatformRegistry, platformID: PlatformID? = nil, inputSchools: InputSchools = .none,
        calendars: [SchoolCalendar] = BuiltInCalendars.all, knownImports: [String: ImportRecord] = [:],
        other: OtherReader? = nil
    ) {
        self.registry = registry
        self.platformID = platformID
        self.inputSchools = inputSchools
        self.calendars = calendars
        self.knownImports = knownImports
        self.other = other
    }

    /// Reads one input.
    public func read(_ path: String) -> PreparedImport {
        let prepared = prepare(path)
        guard let name = inputNames[path] else { return prepared }
        return prepared.renamingInput(path, to: name)
    }

    private func prepare(_ path: String) -> PreparedImport {
        var builder = GradebookBuilder()
        builder.inputSchools = inputSchools
        if let other, let (book, fingerprint) = other(path, &builder) {
            if let fingerprint, let known = knownImports[fingerprint] {
                return PreparedImport(path: path, content: .alreadyImported(known))
            }
            return finish(path, book, fingerprint: fingerprint, applyingCalendars: false, builder: builder)
        }
        guard let (file, choice) = registry.prepare(path, platformID: platformID, diagnosingInto: &builder) else {
            return PreparedImport(path: path, content: .unreadable(builder.build()))
        }
        let fingerprint = file.isDirectory ? ContentFingerprint.ofFolder(at: path) : SHA256.hexDigest(ofFileAt: path)
        if let fingerprint, let known = knownImports[fingerprint] {
            return PreparedImport(path: path, content: .alreadyImported(known))
        }
        let readable = registry.read(file, as: choice, diagnosingInto: &builder)
        return finish(
            path, nil, fingerprint: fingerprint, applyingCalendars: true, builder: builder, readable: readable)
    }

    private func finish(
        _ path: String, _ given: Gradebook?, fingerprint: String?, applyingCalendars: Bool, builder: GradebookBuilder,
        readable: Bool? = nil
    ) -> PreparedImport {
        var book = given ?? builder.build()
        if applyingCalendars { CalendarTerms(calendars: calendars).apply(to: &book) }
        guard readable ?? (given != nil), !book.sources.isEmpty else {
            return PreparedImport(path: path, content: .unreadable(book))
        }
        // An external adapter that failed part-way read only part of the input: nothing of it is stored.
        // (The code is ExternalAdapters' `adapterFailed`; the store does not depend on that module.)
        if book.diagnostics.contains(where: { $0.code == "adapter-failed" }) {
            return PreparedImport(path: path, content: .incomplete(book))
        }
        return PreparedImport(path: path, content: .gradebook(book, fingerprint: fingerprint))
    }
}
