import Foundation
import GradePortTesting
import Testing

@testable import GradeStore

/// A `gradeport import` killed with SIGKILL part-way through a large file leaves the store as it
/// was before that file: sound, with no trace of the file in the history or the data.
@Suite struct StoreCrashTests {
    static let samples = Fixtures(testFile: #filePath).packageRoot + "/Samples/"

    @Test(.timeLimit(.minutes(5)))
    func aKilledImportLeavesNoTrace() throws {
        let folder = GradePortProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = folder + "/gradeport.sqlite"
        let teams = Self.samples + "Teams/7A-grades.csv"
        let kundelik = Self.samples + "Kundelik/7A-api-dump.json"
        let large = folder + "/7А Информатика - grades.csv"
        try LargeExport.writeClassroomGrades(to: large, students: 15_000, assignments: 30)

        // What the store must hold afterwards: the import before, and the file the killed run
        // finished before the large one (each file is its own transaction).
        #expect(try GradePortProcess.run(["import", teams, "--store", store]).status == 0)
        let reference = folder + "/reference.sqlite"
        #expect(try GradePortProcess.run(["import", teams, kundelik, "--store", reference]).status == 0)
        let expected = try GradePortProcess.run(["export", "--store", reference]).standardOutput

        // The run to kill: stderr goes to a file the test watches.
        let errorPath = folder + "/stderr"
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let errorFile = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        let process = Process()
        process.executableURL = GradePortProcess.executable
        // A transaction per file, and the per-file "storing" line (--verbose) to know when to kill.
        process.arguments = ["import", kundelik, large, "--files-per-transaction", "1", "--verbose", "--store", store]
        process.standardError = errorFile
        process.standardOutput = FileHandle.nullDevice
        try process.run()

        // Wait until it stores the large file (it has read it and opened the transaction), then
        // give it a moment to write into the transaction and kill it.
        let deadline = Date().addingTimeInterval(240)
        var storing = false
        while !storing && process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
            let text = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
            storing = text.contains("gradeport: storing \(large)")
        }
        #expect(storing, "the import never started storing the large file")
        Thread.sleep(forTimeInterval: 0.4)
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try errorFile.close()
        #expect(wasRunning, "the import finished before it could be killed; the input is too small")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)

        // The store is sound, its history ends with the file before the large one, and its data
        // is exactly what importing those files gives.
        let reopened = try GradeStore(path: store)
        #expect(try reopened.integrityProblems().isEmpty)
        let history = try reopened.history()
        #expect(history.map(\.file) == [teams, kundelik])
        #expect(history.allSatisfy { $0.file != large })
        try reopened.close()
        #expect(try GradePortProcess.run(["export", "--store", store]).standardOutput == expected)

        // And the large file imports fine afterwards.
        let retry = try GradePortProcess.run(["import", large, "--store", store])
        #expect(retry.status == 0)
        #expect(retry.standardOutput.contains("465000 added"))
    }
}
