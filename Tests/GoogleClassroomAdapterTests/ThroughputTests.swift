import Foundation
import GoogleClassroomAdapter
import GradePortCore
import GradePortTesting
import Testing

/// The hot path, a 2,000-student × 300-assignment grades CSV, read in release mode.
///
/// Run it with
/// `GRADEPORT_THROUGHPUT=1 swift test -c release --filter GoogleClassroomAdapterTests.ThroughputTests`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GRADEPORT_THROUGHPUT"] == "1"))
struct ThroughputTests {
    @Test func twoThousandByThreeHundred() throws {
        let students = 2_000
        let assignments = 300
        var text = "Last Name,First Name,Email Address,Overall"
        for index in 0..<assignments { text += index % 10 == 0 ? ",\"СОР \(index) (20)\"" : ",Quiz \(index)" }
        text += "\n,,,"
        for _ in 0..<assignments { text += ",20" }
        text += "\n"
        var expected = 0
        for student in 0..<students {
            text += "Серікқызы,Аружан\(student),s\(student)@school.example,87.5"
            expected += 1
            for index in 0..<assignments {
                switch (student &* 31 &+ index &* 7) % 20 {
                case 0: text += ","
                case 1: text += ",Missing"; expected += 1
                case 2: text += ",18.5"; expected += 1
                default: text += ",\((student + index) % 21)"; expected += 1
                }
            }
            text += "\n"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gc-throughput.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let file = try ExportFile(path: path)
        let clock = ContinuousClock()
        var builder = GradebookBuilder()
        builder.beginSource(file: path, platform: "google-classroom", export: "grades-csv")
        let elapsed = try clock.measure { try GoogleClassroomPlatform().read(file, into: &builder) }
        let book = builder.build()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(book.results.count) / seconds
        print("Classroom CSV: \(book.results.count) results in \(seconds) s = \(Int(rate)) results/s")
        #expect(book.results.count == expected)
        #expect(rate > 1_000_000)
    }
}
