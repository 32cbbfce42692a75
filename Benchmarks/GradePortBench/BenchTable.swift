import Foundation

/// The benchmark's report: one line per phase.
struct BenchTable {
    private var lines: [String] = []

    /// The size in MB of a file, or of the files in a folder.
    private static func size(_ path: String) -> Double {
        func bytes(_ path: String) -> Double {
            (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.doubleValue ?? 0
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            return bytes(path) / 1_000_000
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.reduce(0) { $0 + bytes(path + "/" + $1) } / 1_000_000
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func number(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }

    /// Adds a reader phase; the child printed `rows checksum seconds`. For a workbook, `sheetBytes`
    /// is the uncompressed sheet XML, which the throughput is measured against.
    mutating func addReader(
        _ name: String, file: String, _ measured: ChildProcess.Measurement, sheetBytes: Int? = nil
    ) {
        let parts = measured.standardOutput.split(whereSeparator: \.isWhitespace)
        guard measured.status == 0, parts.count >= 3, let rows = Double(parts[0]), let seconds = Double(parts[2]) else {
            lines.append("\(name): failed (status \(measured.status))")
            return
        }
        let megabytes = sheetBytes.map { Double($0) / 1_000_000 } ?? Self.size(file)
        lines.append(
            Self.pad(name, 34) + Self.pad((file as NSString).lastPathComponent, 32)
                + Self.pad(Self.number(megabytes) + (sheetBytes == nil ? " MB" : " MB xml"), 10)
                + Self.pad(Self.number(seconds, 3) + " s", 10)
                + Self.pad(Self.number(megabytes / seconds) + " MB/s", 14)
                + Self.pad(Self.number(rows / seconds / 1000, 0) + "k rows/s", 16)
                + "peak " + Self.number(Double(measured.peakMemoryBytes) / 1_048_576) + " MiB")
    }

    /// Adds a whole `gradeport convert` run.
    mutating func addConvert(_ name: String, file: String, results: Int, _ measured: ChildProcess.Measurement) {
        guard measured.status <= 1 else {
            lines.append("\(name) \(file): failed (status \(measured.status))")
            return
        }
        let megabytes = Self.size(file)
        lines.append(
            Self.pad(name, 34) + Self.pad((file as NSString).lastPathComponent, 32)
                + Self.pad(Self.number(megabytes) + " MB", 10) + Self.pad(Self.number(measured.seconds, 3) + " s", 10)
                + Self.pad(Self.number(megabytes / measured.seconds) + " MB/s", 14)
                + Self.pad(Self.number(Double(results) / measured.seconds / 1_000_000, 2) + "M results/s", 16)
                + "peak " + Self.number(Double(measured.peakMemoryBytes) / 1_048_576) + " MiB")
    }

    /// Adds a store phase; the child printed `results seconds cpuSeconds queryMedianMs queryMaxMs
    /// imports storeBytes`.
    mutating func addStore(_ name: String, students: Int, _ measured: ChildProcess.Measurement) {
        let parts = measured.standardOutput.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard measured.status == 0, parts.count >= 7 else {
            lines.append("\(name): failed (status \(measured.status))")
            return
        }
        let (results, seconds, cpu, median, worst, imports, bytes) =
            (parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6])
        let input = "\(students / 1000)k students, \(Int(imports)) imports"
        lines.append(
            Self.pad(name, 34) + Self.pad(input, 32) + Self.pad(Self.number(results / 1_000_000, 2) + "M res", 10)
                + Self.pad(Self.number(seconds, 1) + " s", 10)
                + Self.pad(Self.number(results / cpu / 1000, 0) + "k/s CPU", 14)
                + Self.pad(Self.number(results / seconds / 1000, 0) + "k results/s", 16)
                + "peak " + Self.number(Double(measured.peakMemoryBytes) / 1_048_576) + " MiB; class query "
                + Self.number(median, 1) + " ms median, " + Self.number(worst, 1) + " ms max; store "
                + Self.number(bytes / 1_048_576, 0) + " MiB")
    }

    /// Adds the merge-city phase and a second line with its matching quality; the child printed
    /// ``MeasureMergeCity``'s fields.
    mutating func addMergeCity(_ measured: ChildProcess.Measurement) {
        let parts = measured.standardOutput.split(whereSeparator: \.isWhitespace).map(String.init)
        guard measured.status == 0, parts.count >= 17, let seconds = Double(parts[4]), let cpu = Double(parts[16]),
            let build = Double(parts[3]), let records = Int(parts[1]), let results = Int(parts[2])
        else {
            lines.append("merge-city: failed (status \(measured.status))")
            return
        }
        let value = parts.map { Int($0) ?? 0 }
        let (predicted, correct, truePairs) = (value[6], value[7], value[8])
        let precision = predicted == 0 ? 1 : Double(correct) / Double(predicted)
        let recall = truePairs == 0 ? 1 : Double(correct) / Double(truePairs)
        lines.append(
            Self.pad("merge-city (in process)", 34) + Self.pad("\(parts[0]) students, \(records) records", 32)
                + Self.pad("\(results / 1000)k res", 10) + Self.pad(Self.number(seconds, 3) + " s", 10)
                + Self.pad(Self.number(Double(records) / seconds / 1000, 0) + "k rec/s", 14)
                + Self.pad("cpu " + Self.number(cpu, 3) + " s", 16) + "build " + Self.number(build, 1) + " s, peak "
                + Self.number(Double(measured.peakMemoryBytes) / 1_048_576) + " MiB (after build "
                + Self.number(Double(value[5]) / 1_048_576) + ")")
        lines.append(
            Self.pad("  person matches", 34)
                + "precision \(String(format: "%.4f", precision * 100))% (\(correct)/\(predicted) pairs, "
                + "\(value[9]) wrong people), recall \(String(format: "%.2f", recall * 100))% (of \(truePairs)); "
                + "by IIN \(value[11]), e-mail \(value[12]), link \(value[13]), name \(value[14]); "
                + "\(value[10]) ambiguous, \(value[15]) result conflicts")
    }

    /// Adds a city phase (issue 13): results per second of wall and of CPU time, and peak memory.
    mutating func addCity(_ name: String, input: String, results: Double, _ measured: ChildProcess.Measurement) {
        guard measured.status <= 1, measured.seconds > 0 else {
            lines.append("\(name): failed (status \(measured.status))")
            return
        }
        let cpu = measured.cpuSeconds > 0 ? Self.number(results / measured.cpuSeconds / 1000, 0) + "k/s CPU" : ""
        lines.append(
            Self.pad(name, 34) + Self.pad(input, 32) + Self.pad(Self.number(results / 1_000_000, 2) + "M res", 10)
                + Self.pad(Self.number(measured.seconds, 1) + " s", 10) + Self.pad(cpu, 14)
                + Self.pad(Self.number(results / measured.seconds / 1000, 0) + "k results/s", 16)
                + "peak " + Self.number(Double(measured.peakMemoryBytes) / 1_048_576) + " MiB")
    }

    /// Adds a line of free text (a phase measured in its own terms).
    mutating func addNote(_ name: String, input: String, _ text: String) {
        lines.append(Self.pad(name, 34) + Self.pad(input, 32) + text)
    }

    /// The table as text.
    func render() -> String {
        let header =
            Self.pad("phase", 34) + Self.pad("input", 32) + Self.pad("size", 10) + Self.pad("time", 10)
            + Self.pad("throughput", 14) + Self.pad("rate", 16) + "memory"
        return ([header, String(repeating: "-", count: header.count + 12)] + lines).joined(separator: "\n")
    }
}
