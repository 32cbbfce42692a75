import Foundation
import GradePortCore

/// Where the uploads of one session have got, by the id the page's script gave each upload
/// (`POST /upload?upload=ID`): receiving the body, reading the file (the bytes the readers have
/// taken, counted by ``ReadProgress``), preparing the card, done. The script polls it
/// (`GET /progress?upload=ID`) so that a big export shows a moving percentage until its card appears.
///
/// Guarded by a lock rather than the session's actor: the upload route reports every chunk it
/// receives, and a poll must not wait behind a long read.
final class UploadProgress: @unchecked Sendable {
    /// A step of an upload.
    enum Phase: String, Sendable {
        /// The body is arriving (`done` of `total` bytes received).
        case receiving
        /// The readers are taking the file (`done` of `total` bytes).
        case reading
        /// The file is read; the card and the gradebook are being worked out.
        case preparing
        /// The card is there.
        case done
        /// The upload was refused (too big, too many files, a bad profile).
        case refused
    }

    /// One upload's state as the page gets it.
    struct Report: Sendable, Hashable {
        var phase: Phase
        var done: Int64
        var total: Int64

        /// The JSON the page's script reads: `{"phase":"reading","done":1024,"total":4096}`.
        var json: String { "{\"phase\":\"\(phase.rawValue)\",\"done\":\(done),\"total\":\(total)}" }
    }

    private struct Entry {
        var phase: Phase
        var done: Int64
        var total: Int64
        var reading: ReadProgress?
        var order: Int
    }

    /// How many uploads are remembered; the oldest is forgotten first.
    static let capacity = 32

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var counter = 0

    /// The id the script gave an upload, when it is one: 1 to 40 letters, digits, `-` or `_`.
    static func id(_ value: String?) -> String? {
        guard let value, (1...40).contains(value.utf8.count),
            value.utf8.allSatisfy({ byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || byte == 0x2D || byte == 0x5F
            })
        else { return nil }
        return value
    }

    /// An upload starts: `total` is its declared length (0 when unknown).
    func begin(_ id: String, total: Int64) {
        lock.withLock {
            counter += 1
            entries[id] = Entry(phase: .receiving, done: 0, total: total, reading: nil, order: counter)
            if entries.count > Self.capacity, let oldest = entries.min(by: { $0.value.order < $1.value.order }) {
                entries[oldest.key] = nil
            }
        }
    }

    /// `bytes` of the body have arrived so far.
    func received(_ id: String, bytes: Int64) {
        update(id) { entry in
            entry.done = bytes
            entry.total = max(entry.total, bytes)
        }
    }

    /// The body is stored; the readers now take the file that `reading` watches.
    func reading(_ id: String, _ reading: ReadProgress) {
        update(id) { entry in
            entry.phase = .reading
            entry.reading = reading
            entry.done = 0
            entry.total = reading.totalBytes
        }
    }

    /// The readers are done with the file; the card is being prepared.
    func preparing(_ id: String) {
        update(id) { entry in
            if let reading = entry.reading { entry.done = reading.bytesRead }
            entry.phase = .preparing
            entry.reading = nil
        }
    }

    /// The upload ended: its card is there, or it was refused.
    func finish(_ id: String, refused: Bool = false) {
        update(id) { entry in
            if let reading = entry.reading { entry.done = reading.bytesRead }
            entry.phase = refused ? .refused : .done
            entry.reading = nil
        }
    }

    /// Where the upload `id` has got; `nil` when no upload has that id (or it was forgotten).
    func report(_ id: String) -> Report? {
        lock.withLock {
            guard let entry = entries[id] else { return nil }
            let done = entry.reading?.bytesRead ?? entry.done
            return Report(phase: entry.phase, done: done, total: entry.total)
        }
    }

    private func update(_ id: String, _ change: (inout Entry) -> Void) {
        lock.withLock {
            guard var entry = entries[id] else { return }
            change(&entry)
            entries[id] = entry
        }
    }
}
