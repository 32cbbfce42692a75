import ArgumentParser
import Foundation
import JSONStream
import TableReader

/// `gradeport-bench`: generates large synthetic exports and measures the readers and `convert`.
///
/// Each phase runs in its own child process, so the peak memory reported is that phase's alone.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gradeport-bench",
        abstract: "Measure GradePort's readers and convert on large synthetic exports (build with -c release).",
        discussion: """
            Prints MB/s, rows or results per second, and peak resident memory for each phase.
            Example: make bench   (or: gradeport-bench --gradeport .build/release/gradeport)
            """,
        subcommands: [RunBenchmarks.self, MeasureCSV.self, MeasureJSON.self],
        defaultSubcommand: RunBenchmarks.self
    )
}

/// The default: generate, measure every phase, print the table.
struct RunBenchmarks: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Run every phase.")

    @Option(help: "The gradeport executable to measure convert with.")
    var gradeport: String?

    @Option(help: "Where to write the synthetic files.")
    var data = "bench-data"

    @Option(help: "Students in the Classroom CSV that convert reads (the issue's 2,000).")
    var students = 2000

    @Option(help: "Assignments per student.")
    var assignments = 300

    @Option(help: "How many times larger the big CSV is (shows that reader memory does not grow).")
    var scale = 10

    func run() throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        var generator = SyntheticExports()
        let small = "\(data)/classroom-\(students)x\(assignments).csv"
        let large = "\(data)/classroom-\(students * scale)x\(assignments).csv"
        let graph = "\(data)/graph-dump-\(students / 2)x\(assignments / 2).json"
        let kundelik = "\(data)/kundelik-dump-\(students)x\(assignments).json"
        print("Generating synthetic exports in \(data)/ …")
        try generator.writeClassroomCSV(to: small, students: students, assignments: assignments)
        let smallResults = generator.resultCount
        try generator.writeClassroomCSV(to: large, students: students * scale, assignments: assignments)
        let largeResults = generator.resultCount
        try generator.writeGraphDump(to: graph, students: students / 2, assignments: assignments / 2)
        let graphResults = generator.resultCount
        try generator.writeKundelikDump(to: kundelik, students: students, works: assignments)

        let me = CommandLine.arguments[0]
        var table = BenchTable()
        for (file, mode) in [(small, "fields"), (large, "fields"), (large, "strings")] {
            let measured = try ChildProcess.run([me, "measure-csv", file, "--mode", mode])
            table.addReader("CSV reader (\(mode))", file: file, measured)
        }
        let json = try ChildProcess.run([me, "measure-json", graph])
        table.addReader("JSON dump reader (Graph)", file: graph, json)
        let kundelikJSON = try ChildProcess.run([me, "measure-json", kundelik])
        table.addReader("JSON dump reader (Kundelik)", file: kundelik, kundelikJSON)

        if let python = Self.which("python3") {
            let script =
                "import csv,sys,time\nt=time.time()\nn=0\nwith open(sys.argv[1],newline='',encoding='utf-8') as f:\n"
                + "  for r in csv.reader(f): n+=1\nprint(n, 0, time.time()-t)"
            let measured = try ChildProcess.run([python, "-c", script, large])
            table.addReader("reference: Python csv.reader", file: large, measured)
            let loads =
                "import json,sys,time\nb=open(sys.argv[1],'rb').read()\nt=time.time()\nd=json.loads(b)\n"
                + "print(sum(len(v) if isinstance(v,list) else 1 for v in d.values()), 0, time.time()-t)"
            let pythonJSON = try ChildProcess.run([python, "-c", loads, kundelik])
            table.addReader("reference: Python json.loads", file: kundelik, pythonJSON)
        }

        if let gradeport {
            for (file, results) in [(small, smallResults), (large, largeResults), (graph, graphResults)] {
                let measured = try ChildProcess.run([gradeport, "convert", file, "--to", "json"], discardOutput: true)
                table.addConvert("gradeport convert --to json", file: file, results: results, measured)
            }
            let csvOut = try ChildProcess.run([gradeport, "convert", small, "--to", "csv"], discardOutput: true)
            table.addConvert("gradeport convert --to csv", file: small, results: smallResults, csvOut)
        } else {
            print("(pass --gradeport PATH to measure convert)")
        }
        print(table.render())
    }

    private static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

/// Child phase: read every row of a CSV file with `CSVReader`.
struct MeasureCSV: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure-csv", shouldDisplay: false)

    @Argument var file: String
    @Option var mode = "fields"

    func run() throws {
        let start = Date()
        let reader = try CSVReader(path: file)
        var rows = 0
        var checksum = 0
        while let row = try reader.next() {
            rows += 1
            if mode == "strings" {
                for index in row.indices { checksum &+= row[index].utf8.count }
            } else {
                for index in row.indices { checksum &+= row.withUTF8(ofField: index) { $0.count } }
            }
        }
        print(rows, checksum, Date().timeIntervalSince(start))
    }
}

/// Child phase: read every record of an API dump with `APIDump`.
struct MeasureJSON: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure-json", shouldDisplay: false)

    @Argument var file: String

    func run() throws {
        let start = Date()
        let dump = try APIDump(path: file)
        var records = 0
        let collections: Set<String> = [
            "class", "members", "assignments", "submissions",
            "persons", "eduGroups", "subjects", "reportingPeriods", "works", "marks",
        ]
        try dump.records(in: collections) { _ in records += 1 }
        print(records, 0, Date().timeIntervalSince(start))
    }
}
