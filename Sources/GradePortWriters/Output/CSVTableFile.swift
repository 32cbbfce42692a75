import Foundation
import GradePortCore

/// One CSV table being written to a file, a chunk at a time, through the shared field encoder.
final class CSVTableFile {
    /// The file's name in its export (`users.csv`).
    let name: String
    /// The header row.
    let columns: [String]
    private let handle: FileHandle
    private let path: String
    /// The file as messages name it: where it is going, not the staging folder it is written in.
    private let label: String
    private var buffer: CSVRecordBuffer
    /// How many data rows were written.
    private(set) var rows = 0
    private static let chunkSize = 1 << 20

    /// Creates the file `name` in `folder`; messages call it `label`.
    init(name: String, columns: [String], folder: String, format: CSVFormat, label: String) throws(InterchangeError) {
        self.name = name
        self.columns = columns
        path = (folder as NSString).appendingPathComponent(name)
        self.label = label
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw InterchangeError("cannot create \(self.label)") }
        self.handle = handle
        buffer = CSVRecordBuffer(format: format, capacity: Self.chunkSize + 4096)
        buffer.header(columns)
    }

    /// Writes one data row: `fill` writes exactly one field per column.
    func row(_ fill: (inout CSVRecordBuffer) -> Void) throws(InterchangeError) {
        fill(&buffer)
        buffer.endRecord()
        rows += 1
        if buffer.bytes.count >= Self.chunkSize { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws(InterchangeError) {
        try flush()
        do { try handle.close() } catch {
            throw InterchangeError("cannot finish \(label): \(IOErrorText.reason(error))")
        }
    }

    private func flush() throws(InterchangeError) {
        do {
            try buffer.bytes.withUnsafeBytes { try handle.write(contentsOf: $0) }
        } catch {
            throw InterchangeError("cannot write \(label): \(IOErrorText.reason(error))")
        }
        buffer.removeAll()
    }
}
