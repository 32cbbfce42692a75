/// What the steps of a merge share: the inputs, the diagnostics written so far and the summary.
struct MergeContext {
    let sources: [Source]
    private let sourceIndex: [IdentifierKey: Int]
    var diagnostics: [Diagnostic] = []
    var summary: MergeSummary

    init(sources: [Source], preference: ConflictPreference) {
        self.sources = sources
        var index: [IdentifierKey: Int] = [:]
        for (position, source) in sources.enumerated() { index[IdentifierKey(source.id)] = position }
        sourceIndex = index
        summary = MergeSummary(preference: preference, inputs: sources.count)
    }

    /// The position of an input in ``sources``.
    func index(of reference: SourceReference?) -> Int? {
        reference.flatMap { sourceIndex[IdentifierKey($0.source)] }
    }

    /// The position of an input by id.
    func index(ofSource id: Source.ID) -> Int? { sourceIndex[IdentifierKey(id)] }

    /// The platform of the input a record came from.
    func platform(of reference: SourceReference?) -> PlatformID? {
        index(of: reference).map { sources[$0].platform }
    }

    /// `FILE:LINE` (or `FILE:LINE:COLUMN`) of a record, the file being the input path (and the file
    /// inside a folder input); the input's id when nothing better is known.
    func place(_ reference: SourceReference?) -> String {
        guard let reference else { return "?" }
        var text = index(of: reference).map { sources[$0].file } ?? reference.source.rawValue
        if let file = reference.file { text += "/" + file }
        if let line = reference.line {
            text += ":" + String(line)
            if let column = reference.column { text += ":" + String(column) }
        }
        return text
    }

    /// Records a diagnostic located at a record.
    mutating func diagnose(
        _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ message: String, at reference: SourceReference?
    ) {
        var file: String?
        if let reference, let position = index(of: reference) {
            file = sources[position].file + (reference.file.map { "/" + $0 } ?? "")
        }
        diagnostics.append(
            Diagnostic(
                severity: severity, code: code, message: message, source: reference?.source, file: file,
                line: reference?.line, column: reference?.column))
    }
}
