import Foundation
import GRDB
import GradePortCore

extension GradeStore {
    /// The imports the store holds and that were not undone, by fingerprint (the first of each), so
    /// that a batched import does not read again an input the store has
    /// (``ImportInputReader/knownImports``).
    public func knownImports() throws -> [String: ImportRecord] {
        try withDatabase { db in
            var known: [String: ImportRecord] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(ImportRecord.columns) FROM imports
                    WHERE kind = 'import' AND undone_by IS NULL AND sha256 IS NOT NULL ORDER BY id
                    """)
            while let row = try rows.next() {
                let record = ImportRecord(row: row)
                if let sha256 = record.sha256, known[sha256] == nil { known[sha256] = record }
            }
            return known
        }
    }

    /// Imports many inputs at the storage engine's pace: a reading thread opens, detects and reads
    /// the next inputs while this thread stores the current ones, several inputs to a transaction.
    ///
    /// Each input is one import in its own savepoint: atomic (all of its records or none),
    /// recognised when imported again, and undoable on its own. An input the store refuses (a
    /// constraint it breaks) is rolled back alone and reported as
    /// ``FileImportOutcome/Status/failed(_:)``; the other inputs of its transaction are kept. A
    /// process killed part-way leaves the inputs of the transactions that committed, each whole, and
    /// nothing of the one it was in.
    ///
    /// Inputs are stored and reported in the order given. The reading thread stays at most
    /// ``ImportBatchLimits/queuedFiles`` inputs (``ImportBatchLimits/queuedResults`` results) ahead,
    /// so memory does not grow with the number of inputs.
    ///
    /// - Parameters:
    ///   - paths: The inputs (files, or folders an adapter reads as one export; see
    ///     ``PlatformRegistry/inputs(expanding:platformID:)`` for walking folders of exports).
    ///   - reader: How each input is read.
    ///   - limits: How inputs are grouped into transactions.
    ///   - dryRun: Work out what each input would do, each alone, and write nothing.
    ///   - onEvent: Told, in input order, when each input was read, is being stored, and is
    ///     finished (after its transaction committed). What it throws stops the import (the current
    ///     transaction is rolled back) and is rethrown.
    /// - Throws: ``GradeStoreError`` when the store fails as a whole (a full disk, a busy or damaged
    ///   store): the current transaction's inputs are then not kept (none of them was reported as
    ///   finished); or what `onEvent` throws.
    public func importFiles(
        _ paths: [String], reading reader: ImportInputReader, limits: ImportBatchLimits = ImportBatchLimits(),
        dryRun: Bool = false, onEvent: (ImportEvent) throws -> Void
    ) throws {
        let handoff = ImportHandoff(limits: limits)
        let readerDone = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { readerDone.signal() }
            var start = 0
            reading: while start < paths.count {
                let chunk = paths[start..<min(start + 200, paths.count)]
                if reader.platformID == nil, paths.count > 1 {
                    reader.registry.prepareToDetect(chunk.compactMap { try? ExportFile(path: $0) })
                }
                for path in chunk where !handoff.put(reader.read(path)) { break reading }
                start += chunk.count
            }
            handoff.finish()
        }
        thread.stackSize = 16 << 20
        thread.name = "GradeStore import reader"
        thread.start()
        defer {
            handoff.cancel()
            readerDone.wait()
        }
        if dryRun {
            while let item = handoff.take() {
                try onEvent(.read(item))
                try onEvent(.finished(try importAlone(item, dryRun: true, onEvent: onEvent)))
            }
            return
        }
        var next = handoff.take()
        while next != nil {
            var finished: [FileImportOutcome] = []
            do {
                try queue.writeWithoutTransaction { db in
                    try db.inTransaction(.immediate) {
                        let opened = Date()
                        var results = 0
                        while let item = next {
                            next = nil
                            try onEvent(.read(item))
                            finished.append(try store(item, db, onEvent: onEvent))
                            results += item.resultCount
                            if finished.count >= limits.filesPerTransaction || results >= limits.resultsPerTransaction
                                || Date().timeIntervalSince(opened) >= limits.secondsPerTransaction
                            {
                                break
                            }
                            next = handoff.take()
                        }
                        return .commit
                    }
                }
            } catch let error as DatabaseError {
                throw Self.storeError(error, path: path)
            }
            for outcome in finished { try onEvent(.finished(outcome)) }
            if next == nil { next = handoff.take() }
        }
    }

    /// Stores one read input in its own savepoint of the current transaction.
    private func store(
        _ item: PreparedImport, _ db: Database, onEvent: (ImportEvent) throws -> Void
    ) throws -> FileImportOutcome {
        var outcome = FileImportOutcome(
            path: item.path, status: .unreadable, readingDiagnostics: item.gradebook?.diagnostics ?? [],
            resultCount: item.resultCount)
        switch item.content {
        case .alreadyImported(let record):
            outcome.status = .alreadyImported(record)
        case .unreadable:
            outcome.status = .unreadable
        case .incomplete:
            outcome.status = .incomplete
        case .gradebook(let book, let fingerprint):
            try onEvent(.storing(path: item.path, results: item.resultCount))
            guard book.sources.count == 1, let source = book.sources.first else {
                outcome.status = .failed(
                    GradeStoreError(
                        .notOneSource, "an import is one input; this gradebook has \(book.sources.count) sources"))
                return outcome
            }
            let sha256 = fingerprint ?? source.sha256
            var summary = ImportSummary(
                disposition: .imported, importID: nil, file: source.file, platform: source.platform,
                export: source.export, sha256: sha256)
            do {
                try db.inSavepoint {
                    try Self.write(book, sha256: sha256, into: &summary, db) ? .commit : .rollback
                }
                outcome.status = .stored(summary)
            } catch let error as DatabaseError {
                // What ends the transaction (a full disk, a lost lock, a damaged file) ends the run; what
                // only this input's statements broke is this input's failure.
                if !db.isInsideTransaction || Self.endsTheRun(error) { throw error }
                outcome.status = .failed(Self.storeError(error, path: path))
            }
        }
        return outcome
    }

    /// Whether an SQLite error ends a batched import as a whole rather than failing one input.
    private static func endsTheRun(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_READONLY, .SQLITE_CORRUPT,
            .SQLITE_NOMEM, .SQLITE_CANTOPEN, .SQLITE_NOTADB, .SQLITE_INTERRUPT, .SQLITE_ABORT:
            return true
        default:
            return false
        }
    }
}
