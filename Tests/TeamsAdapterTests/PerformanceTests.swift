import Foundation
import GradePortCore
import TeamsAdapter
import Testing

/// Reading speed of a large grades CSV.
///
/// 50,000 students × 40 assignments, with ASCII and with Cyrillic titles. Runs only with `GRADEPORT_PERF=1`, meant for release builds:
/// `GRADEPORT_PERF=1 swift test -c release --filter TeamsAdapterTests.PerformanceTests`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["GRADEPORT_PERF"] == "1"))
struct PerformanceTests {
    @Test(arguments: ["SOR", "СОР"])
    func largeGradesCSV(_ title: String) throws {
        let students = 50_000
        let assignments = 40
        var text = "First Name,Last Name,Email Address"
        for column in 1...assignments { text += ",\(title) \(column) (max 20),Feedback" }
        text += "\r\n"
        for student in 0..<students {
            text += "Аружан,Серікқызы,student\(student)@school.example.kz"
            for column in 0..<assignments {
                let score = (student + column) % 21
                text += column % 10 == 0 ? ",\(score),\"Молодец, хорошо\"" : ",\(score),"
            }
            text += "\r\n"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("teams-perf.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }

        let file = try ExportFile(path: path)
        var builder = GradebookBuilder()
        builder.beginSource(file: path, platform: "teams", export: "grades-csv")
        let clock = ContinuousClock()
        let elapsed = try clock.measure { try TeamsPlatform().read(file, into: &builder) }
        let book = builder.build()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(book.results.count) / seconds
        print(
            "teams grades-csv, \(title) titles: \(book.results.count) results in \(seconds) s = \(Int(rate)) results/s")
        #expect(book.results.count == students * assignments)
        // The adapter's own work (CSV, cells, rows) is about a fifth of the time; most of the rest
        // is GradebookBuilder.add hashing two String ids per result (NFC-normalising non-ASCII
        // ones) and growing its index. Tracked as a core change.
        withKnownIssue("GradebookBuilder.add dominates the time of large inputs", isIntermittent: true) {
            #expect(rate > 1_000_000)
        }
    }
}
