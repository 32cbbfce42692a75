import ArgumentParser
import Foundation
import GradePortCore

#if canImport(Glibc)
    import Glibc
#endif

/// Child phase: build a synthetic city's gradebook of three platforms (``SyntheticMergeCity``), merge it
/// in process with ``GradebookMerger``, and score the person matches against the generator's truth.
///
/// Prints one line: `students records results buildSeconds mergeSeconds peakAfterBuildBytes
/// predictedPairs correctPairs truePairs wrongPeople ambiguous byIIN byEmail byLink byName conflicts
/// mergeCPUSeconds`. The merge is timed by the wall clock and by the thread's CPU time (the machine
/// may be busy with other work).
/// A pair is two records placed in one person; it is correct when both are the same child. Precision
/// is correct / predicted pairs, recall correct / true pairs (pairs of records that are one child).
struct MeasureMergeCity: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure-merge-city", shouldDisplay: false)

    @Option var students = 300_000

    @Option(help: "Print this many children whose records were not all merged, to standard error.")
    var showMisses = 0

    func run() throws {
        let clock = ContinuousClock()
        let buildStart = clock.now
        var city = SyntheticMergeCity(students: students)
        let buildSeconds = Self.seconds(clock.now - buildStart)
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        let peakAfterBuild = Int(usage.ru_maxrss) * 1024
        let records = city.book.people.count
        let results = city.book.results.count
        let unmerged = showMisses > 0 ? city.book : Gradebook()

        let mergeStart = clock.now
        let cpuStart = Self.threadCPUSeconds()
        let merged = GradebookMerger().merge(city.takeBook())
        let cpuSeconds = Self.threadCPUSeconds() - cpuStart
        let mergeSeconds = Self.seconds(clock.now - mergeStart)

        let quality = MatchQuality(merged: merged, truth: city.truth)
        let summary = merged.merge ?? MergeSummary()
        let fields: [Any] = [
            students, records, results, buildSeconds, mergeSeconds, peakAfterBuild,
            quality.predictedPairs, quality.correctPairs, quality.truePairs, quality.wrongPeople,
            summary.ambiguousPeople, summary.peopleMatched[.iin, default: 0], summary.peopleMatched[.email, default: 0],
            summary.peopleMatched[.platformLink, default: 0], summary.peopleMatched[.name, default: 0],
            summary.resultConflicts, cpuSeconds,
        ]
        print(fields.map { "\($0)" }.joined(separator: " "))
        if showMisses > 0 { Self.showMisses(merged, unmerged, city.truth, limit: showMisses) }
    }

    /// Children whose records ended up in several people, with how each record spelled them.
    private static func showMisses(_ merged: Gradebook, _ unmerged: Gradebook, _ truth: [String: Int32], limit: Int) {
        var personOf: [String: Int] = [:]
        for (position, person) in merged.people.enumerated() {
            personOf[person.id.rawValue] = position
            for external in person.externalIds where truth[external.id] != nil { personOf[external.id] = position }
        }
        var records: [Int32: [String]] = [:]
        for (id, child) in truth { records[child, default: []].append(id) }
        let byID = Dictionary(unmerged.people.map { ($0.id.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        var shown = 0
        for child in records.keys.sorted() where shown < limit {
            let ids = records[child]!.sorted()
            guard Set(ids.compactMap { personOf[$0] }).count > 1 else { continue }
            shown += 1
            var text = "child \(child):"
            for id in ids {
                let person = byID[id]
                text += " [\(personOf[id] ?? -1)] \(person?.fullName ?? id)"
                text += " {" + (person.flatMap { PersonNameKey($0) }?.description ?? "-") + "}"
            }
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// The CPU time this thread has used: the merge's own cost, whatever else the machine runs.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// Pairwise precision and recall of a merge against the truth.
struct MatchQuality {
    var predictedPairs = 0
    var correctPairs = 0
    var truePairs = 0
    /// Merged people whose records are more than one child.
    var wrongPeople = 0

    init(merged: Gradebook, truth: [String: Int32]) {
        var recordsPerChild: [Int32: Int] = [:]
        for child in truth.values { recordsPerChild[child, default: 0] += 1 }
        truePairs = recordsPerChild.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        var children: [Int32] = []
        for person in merged.people {
            children.removeAll(keepingCapacity: true)
            if let child = truth[person.id.rawValue] { children.append(child) }
            for external in person.externalIds {
                if let child = truth[external.id] { children.append(child) }
            }
            guard children.count > 1 else { continue }
            predictedPairs += children.count * (children.count - 1) / 2
            children.sort()
            var run = 1
            var distinct = 1
            for index in 1..<children.count {
                if children[index] == children[index - 1] {
                    run += 1
                } else {
                    correctPairs += run * (run - 1) / 2
                    run = 1
                    distinct += 1
                }
            }
            correctPairs += run * (run - 1) / 2
            if distinct > 1 { wrongPeople += 1 }
        }
    }
}
