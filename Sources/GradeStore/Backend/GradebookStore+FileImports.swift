import GradePortCore

extension GradebookStore {
    /// Imports the store holds (not undone), by fingerprint, read from its history.
    ///
    /// A backend that can select them directly (``GradeStore``) does so.
    public func knownImports() throws -> [String: ImportRecord] {
        var known: [String: ImportRecord] = [:]
        for record in try history() where record.kind == .import && !record.isUndone {
            if let sha256 = record.sha256, known[sha256] == nil { known[sha256] = record }
        }
        return known
    }

    /// Imports many inputs, each read and then imported alone in its own transaction, in order.
    ///
    /// The events and outcomes are those of ``GradeStore/importFiles(_:reading:limits:dryRun:onEvent:)``,
    /// which groups inputs into transactions and reads ahead on another thread; a backend without
    /// that takes this, so every store imports a folder with the same results. `limits` is not used.
    ///
    /// - Throws: ``GradeStoreError`` when the store fails (the inputs finished before stay imported),
    ///   or what `onEvent` throws.
    public func importFiles(
        _ paths: [String], reading reader: ImportInputReader, limits: ImportBatchLimits,
        dryRun: Bool, onEvent: (ImportEvent) throws -> Void
    ) throws {
        var start = 0
        while start < paths.count {
            let chunk = paths[start..<min(start + 200, paths.count)]
            if reader.platformID == nil, paths.count > 1 {
                reader.registry.prepareToDetect(chunk.compactMap { try? ExportFile(path: $0) })
            }
            for path in chunk {
                let item = reader.read(path)
                try onEvent(.read(item))
                try onEvent(.finished(try importAlone(item, dryRun: dryRun, onEvent: onEvent)))
            }
            start += chunk.count
        }
    }

    /// One read input imported (or, for a dry run, worked out) alone, as
    /// ``importGradebook(_:fingerprint:dryRun:)`` does.
    func importAlone(
        _ item: PreparedImport, dryRun: Bool, onEvent: (ImportEvent) throws -> Void
    ) throws -> FileImportOutcome {
        var outcome = FileImportOutcome(
            path: item.path, status: .unreadable, readingDiagnostics: item.gradebook?.diagnostics ?? [],
            resultCount: item.resultCount)
        switch item.content {
        case .alreadyImported(let record): outcome.status = .alreadyImported(record)
        case .unreadable: outcome.status = .unreadable
        case .incomplete: outcome.status = .incomplete
        case .gradebook(let book, let fingerprint):
            try onEvent(.storing(path: item.path, results: item.resultCount))
            outcome.status = .stored(try importGradebook(book, fingerprint: fingerprint, dryRun: dryRun))
        }
        return outcome
    }
}
