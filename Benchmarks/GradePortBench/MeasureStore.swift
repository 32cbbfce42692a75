import ArgumentParser
import Foundation
import GradePortCore
import GradeStore

#if canImport(Glibc)
    import Glibc
#endif

/// Child phase: import a synthetic city into a fresh store, export by export, then time class
/// queries.
///
/// Prints `results seconds cpuSeconds queryMedianMs queryMaxMs imports storeBytes`. Generating each
/// export's gradebook is not timed: the seconds are the store's (`GradeStore.importGradebook`, one
/// transaction per export), wall clock and this thread's CPU time (which does not count the time
/// other processes on a busy machine take from it).
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
        var imports = 0
        var storing = 0.0
        var cpu = 0.0
        for first in stride(from: 0, to: city.classCount, by: classesPerImport) {
            let book = city.export(classes: first..<min(first + classesPerImport, city.classCount))
            let start = Date()
            let startCPU = Self.threadCPUSeconds()
            let summary = try gradeStore.importGradebook(book)
            cpu += Self.threadCPUSeconds() - startCPU
            storing += Date().timeIntervalSince(start)
            results += summary.added
            imports += 1
        }
        // Class reports: a class of a random school, read back as a gradebook.
        var timings: [Double] = []
        var random = SplitMix(seed: 42)
        for _ in 0..<queries {
            let classID = city.classID(random.next(city.classCount))
            let start = Date()
            let book = try gradeStore.gradebook(matching: GradebookFilter(classes: [classID]))
            timings.append(Date().timeIntervalSince(start) * 1000)
            guard book.classes.count == 1, !book.results.isEmpty else {
                throw ValidationError("the class \(classID) did not read back as one class with results")
            }
        }
        timings.sort()
        try gradeStore.close()
        let bytes = (try? FileManager.default.attributesOfItem(atPath: store)[.size] as? NSNumber)?.intValue ?? 0
        print(results, storing, cpu, timings[timings.count / 2], timings.last ?? 0, imports, bytes)
    }

    /// CPU time of the calling thread (user and system).
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
