import Foundation
import GradePortTesting
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GradePortServer

@Suite("Progress while a big file is read: GET /progress for the page's bar")
struct ProgressTests {
    /// One answer of `GET /progress`.
    struct Sample: Hashable, Decodable {
        var phase: String
        var done: Int64
        var total: Int64
    }

    /// Whether the upload has ended, shared by the uploading and the polling task.
    actor Finished {
        private(set) var value = false
        func set() { value = true }
    }

    /// A Google Classroom grades CSV of at least `bytes` bytes (as `make bench` writes): 20 assessments.
    static func classroomCSV(bytes: Int) -> Data {
        var text = "Last Name,First Name,Email Address,Overall"
        for index in 1...20 { text += ",\"СОР \(index) (10)\"" }
        text += "\n,,," + (1...20).map { "\"Sep \($0), 2025\"" }.joined(separator: ",")
        text += "\n,,," + Array(repeating: "10", count: 20).joined(separator: ",") + "\n"
        var student = 0
        while text.utf8.count < bytes {
            var rows = ""
            for _ in 0..<500 {
                let cells = (0..<20).map { String(($0 + student) % 11) }.joined(separator: ",")
                rows += "Фамилия\(student),Имя\(student),student\(student)@school.example,77.5,\(cells)\n"
                student += 1
            }
            text += rows
        }
        return Data(text.utf8)
    }

    static func sample(_ session: BrowserSession, _ id: String) async throws -> Sample? {
        let response = try await session.get("/progress?upload=\(id)")
        guard response.status == .ok else { return nil }
        #expect(response.headers[.contentType] == "application/json")
        return try JSONDecoder().decode(Sample.self, from: Data(response.body.readableBytesView))
    }

    @Test("A 3 MB export: the byte count of the reading grows from 0 to the file's size, then the card is done")
    func readingProgress() async throws {
        let csv = Self.classroomCSV(bytes: 3 << 20)
        let size = Int64(csv.count)
        try await ServerHarness().test { client in
            let session = try await BrowserSession.open(client)
            let finished = Finished()
            let samples = try await withThrowingTaskGroup(of: [Sample].self) { group in
                group.addTask {
                    let response = try await session.upload(bytes: csv, name: "big-grades.csv", progressID: "u-big-1")
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body) == "1\tread\tbig-grades.csv\n")
                    await finished.set()
                    return []
                }
                group.addTask {
                    // Polls as the page's script does (more often), until the upload's answer is back.
                    var seen: [Sample] = []
                    while await !finished.value {
                        if let sample = try await Self.sample(session, "u-big-1") { seen.append(sample) }
                        try await Task.sleep(for: .milliseconds(5))
                    }
                    return seen
                }
                return try await group.reduce(into: [Sample]()) { $0 += $1 }
            }
            let final = try #require(try await Self.sample(session, "u-big-1"))
            #expect(final == Sample(phase: "done", done: size, total: size))
            // The phases come in order, and within the reading the count only grows.
            let order = ["receiving", "reading", "preparing", "done"]
            let phases = samples.map { order.firstIndex(of: $0.phase) ?? -1 }
            #expect(!phases.contains(-1))
            #expect(phases == phases.sorted())
            let reading = samples.filter { $0.phase == "reading" }
            #expect(reading.allSatisfy { $0.total == size && $0.done <= size })
            #expect(reading.map(\.done) == reading.map(\.done).sorted())
            // The export takes seconds to read here: the page saw it part read, not only 0 and the end.
            #expect(reading.contains { $0.done > 0 && $0.done < size }, "\(reading.count) reading samples")
            #expect(samples.filter { $0.phase == "preparing" }.allSatisfy { $0.done == size })
        }
    }

    @Test("Bad progress requests: an unknown or malformed id, another session's upload, no session")
    func badRequests() async throws {
        try await ServerHarness(maxUploadBytes: 2048).test { client in
            let session = try await BrowserSession.open(client)
            let other = try await BrowserSession.open(client)
            let sample = ServerHarness.samples("GoogleClassroom") + "/7A-physics-grades.csv"
            let bytes = try Data(contentsOf: URL(fileURLWithPath: sample))
            #expect(bytes.count <= 2048)
            let response = try await session.upload(bytes: bytes, name: "small.csv", progressID: "u-1")
            #expect(response.status == .ok)
            let done = try #require(try await Self.sample(session, "u-1"))
            #expect(done == Sample(phase: "done", done: Int64(bytes.count), total: Int64(bytes.count)))
            // Another session does not see it; unknown and malformed ids are not found.
            #expect(try await other.get("/progress?upload=u-1").status == .notFound)
            #expect(try await session.get("/progress?upload=u-2").status == .notFound)
            #expect(try await session.get("/progress?upload=..%2F..%2Fetc").status == .notFound)
            #expect(try await session.get("/progress?upload=" + String(repeating: "a", count: 41)).status == .notFound)
            #expect(try await session.get("/progress").status == .notFound)
            // Without the session's cookie: refused like every route.
            let anonymous = try await client.execute(
                uri: "/progress?upload=u-1", method: .get, headers: [.hostHeader: ServerHarness.host])
            #expect(anonymous.status == .forbidden)
            // An upload over the limit ends as refused; a malformed id is ignored, the upload still works.
            let big = try await session.upload(bytes: Data(count: 4096), name: "big.csv", progressID: "u-3")
            #expect(big.status == .contentTooLarge)
            #expect(try await Self.sample(session, "u-3")?.phase == "refused")
            let ignored = try await session.upload(bytes: bytes, name: "again.csv", progressID: "bad%20id")
            #expect(ignored.status == .ok)
        }
    }

    @Test("The progress board keeps the last uploads only, and accepts only short plain ids")
    func board() {
        let board = UploadProgress()
        for index in 0..<(UploadProgress.capacity + 5) { board.begin("u\(index)", total: 10) }
        #expect(board.report("u0") == nil)
        #expect(board.report("u4") == nil)
        #expect(board.report("u5") == UploadProgress.Report(phase: .receiving, done: 0, total: 10))
        board.received("u5", bytes: 25)
        #expect(board.report("u5") == UploadProgress.Report(phase: .receiving, done: 25, total: 25))
        #expect(UploadProgress.id("u-1_A") == "u-1_A")
        for bad in ["", "a b", "../x", "é", String(repeating: "x", count: 41)] {
            #expect(UploadProgress.id(bad) == nil)
        }
        #expect(
            UploadProgress.Report(phase: .reading, done: 5, total: 9).json == #"{"phase":"reading","done":5,"total":9}"#
        )
    }
}
