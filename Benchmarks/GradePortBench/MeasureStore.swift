import ArgumentParser
import Foundation
import GradePortCore
import GradeStore

/// Child phase: import a synthetic city into a fresh store, class export by class export, then
/// time class queries.
///
/// Prints `results seconds queryMedianMs queryMaxMs classes storeBytes`. Generating each class's
/// gradebook is not timed: the seconds are the store's (`GradeStore.importGradebook`, one
/// transaction per class export).
struct MeasureStore: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure-store", shouldDisplay: false)

    @Option var store: String
    @Option var students = 300_000
    @Option var subjects = 6
    @Option var assessments = 3
    @Option var queries = 50
    /// Classes in one export (one import): 1 for class exports, 80 for a school's.
    @Option var classesPerImport = 1

    func run() throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        let city = SyntheticCity(students: students, subjects: subjects, assessments: assessments)
        let gradeStore = try GradeStore(path: store)
        var results = 0
        var storing = 0.0
        for first in stride(from: 0, to: city.classCount, by: classesPerImport) {
            let book = city.export(classes: first..<min(first + classesPerImport, city.classCount))
            let start = Date()
            let summary = try gradeStore.importGradebook(book)
            storing += Date().timeIntervalSince(start)
            results += summary.added
        }
        // Class reports: every class of a spread of schools, read back as a gradebook.
        var timings: [Double] = []
        var random = SplitMix(seed: 42)
        for _ in 0..<queries {
            let classID = city.classID(random.next(city.classCount))
            let start = Date()
            let book = try gradeStore.gradebook(matching: GradebookFilter(classes: [classID]))
            timings.append(Date().timeIntervalSince(start) * 1000)
            guard !book.results.isEmpty else { throw ValidationError("the class \(classID) read back empty") }
        }
        timings.sort()
        try gradeStore.close()
        let bytes = (try? FileManager.default.attributesOfItem(atPath: store)[.size] as? NSNumber)?.intValue ?? 0
        print(
            results, storing, timings[timings.count / 2], timings.last ?? 0, city.classCount / classesPerImport, bytes)
    }
}
