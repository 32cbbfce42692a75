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
        subcommands: [
            RunBenchmarks.self, GenerateExports.self, MeasureCSV.self, MeasureJSON.self, MeasureWorkbook.self,
            MeasureStore.self, MeasureMergeCity.self, MeasureAdapters.self, GenerateCity.self,
        ],
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

    @Option(
        help: """
            Students in the synthetic city (a city: 300,000); 0 skips the city phases. The merge-city phase \
            merges three platforms' records of each; the store phases import each size three ways: about \
            4 results per student in class exports, about 17 in class exports, and about 17 in school exports.
            """)
    var cityStudents = 300_000

    @Option(
        help: """
            Results in the city phase's school folders (issue 13: a city year is 30,000,000); 0 skips it. \
            Default: $GRADEPORT_BENCH_CITY_RESULTS, else 1,200,000 (100 schools, 4,000 class CSVs).
            """)
    var cityResults = Int(ProcessInfo.processInfo.environment["GRADEPORT_BENCH_CITY_RESULTS"] ?? "") ?? 1_200_000

    @Flag(help: "Run only the city phase (issue 13) and print its lines.")
    var cityOnly = false

    func run() throws {
        let me = CommandLine.arguments[0]
        if cityOnly {
            guard let gradeport else { throw ValidationError("--city-only needs --gradeport PATH") }
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
            var table = BenchTable()
            try CityPhase(gradeport: gradeport, bench: me, data: data, results: cityResults).measure(into: &table)
            print(table.render())
            return
        }
        let paths = BenchFiles(data: data, students: students, assignments: assignments, scale: scale)
        print("Generating synthetic exports in \(data)/ …")
        // Generation runs in its own process too: the parent stays small, so the peak memory each
        // measured child reports is its own (a spawned child starts with its parent's high-water mark).
        let generated = try ChildProcess.run([
            me, "generate", "--data", data, "--students", "\(students)", "--assignments", "\(assignments)",
            "--scale", "\(scale)",
        ])
        let counts = generated.standardOutput.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard generated.status == 0, counts.count == 8 else {
            throw ValidationError("generating the synthetic exports failed (status \(generated.status))")
        }
        let (small, large, graph, kundelik) = (paths.small, paths.large, paths.graph, paths.kundelik)
        let (smallBook, largeBook) = (paths.smallBook, paths.largeBook)
        let (smallResults, largeResults, graphResults, kundelikResults) = (counts[0], counts[1], counts[2], counts[3])
        let (smallBookBytes, largeBookBytes, classResults) = (counts[4], counts[5], counts[6])
        let millionResults = counts[7]

        var table = BenchTable()
        for (file, mode) in [(small, "fields"), (large, "fields"), (large, "strings")] {
            let measured = try ChildProcess.run([me, "measure-csv", file, "--mode", mode])
            table.addReader("CSV reader (\(mode))", file: file, measured)
        }
        let json = try ChildProcess.run([me, "measure-json", graph])
        table.addReader("JSON dump reader (Graph)", file: graph, json)
        let kundelikJSON = try ChildProcess.run([me, "measure-json", kundelik])
        table.addReader("JSON dump reader (Kundelik)", file: kundelik, kundelikJSON)

        for (book, bytes) in [(smallBook, smallBookBytes), (largeBook, largeBookBytes)] {
            let measured = try ChildProcess.run([me, "measure-workbook", book])
            table.addReader("XLSX sheet reader", file: book, measured, sheetBytes: bytes)
        }

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

        let city = try ChildProcess.run([me, "measure-merge-city", "--students", "\(cityStudents)"])
        table.addMergeCity(city)

        if let gradeport {
            let inputs = [
                (small, smallResults), (large, largeResults), (graph, graphResults), (kundelik, kundelikResults),
                (largeBook, 40_000 * 60),
            ]
            for (file, results) in inputs {
                let measured = try ChildProcess.run([gradeport, "convert", file, "--to", "json"], discardOutput: true)
                table.addConvert("gradeport convert --to json", file: file, results: results, measured)
            }
            let csvOut = try ChildProcess.run([gradeport, "convert", small, "--to", "csv"], discardOutput: true)
            table.addConvert("gradeport convert --to csv", file: small, results: smallResults, csvOut)
            // XLSX out (libxlsxwriter, constant memory) beside CSV out: the same ~1M results read the
            // same way, so the difference between the two lines is the writer.
            for format in ["csv", "xlsx"] {
                let out = try ChildProcess.run(
                    [gradeport, "convert", paths.million, "--to", format, "-o", "\(data)/million.\(format)"],
                    discardOutput: true)
                table.addConvert(
                    "gradeport convert --to \(format) -o", file: paths.million, results: millionResults, out)
            }
            // OneRoster 1.2 out (a .zip: every row of every file written, staged, deflated) and back in.
            for (file, results) in [(small, smallResults), (large, largeResults)] {
                let bundle = "\(data)/\((file as NSString).lastPathComponent)-oneroster.zip"
                let out = try ChildProcess.run(
                    [gradeport, "convert", file, "--to", "oneroster", "-o", bundle], discardOutput: true)
                table.addConvert("gradeport convert --to oneroster", file: file, results: results, out)
                let back = try ChildProcess.run([gradeport, "convert", bundle, "--to", "json"], discardOutput: true)
                table.addConvert("gradeport convert (OneRoster zip)", file: bundle, results: results, back)
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: paths.store + suffix) }
            // Named platform: detecting each small file would cost more than reading and storing it.
            // External adapters: the protocol's overhead, a Python adapter's start-up, detect with two installed.
            try MeasureAdapters.measure(
                gradeport: gradeport, data: data, moodle: "Plugins/moodle/gradeport-adapter-moodle.py",
                moodleSample: "Samples/Moodle/7A-physics-grades.csv", into: &table)
            let imported = try ChildProcess.run(
                [gradeport, "import", "--platform", "google-classroom", "--store", paths.store]
                    + paths.classExportPaths, discardOutput: true)
            table.addConvert(
                "gradeport import (\(paths.classExportPaths.count) class CSVs)", file: paths.classExports,
                results: classResults, imported)
        } else {
            print("(pass --gradeport PATH to measure convert and import)")
        }

        // The store: a synthetic city imported export by export, then class queries.
        if cityStudents > 0 {
            let city = "\(data)/city.sqlite"
            for (subjects, assessments, perImport) in [(1, 4, 1), (6, 3, 1), (6, 3, SyntheticCity.classesPerSchool)] {
                let measured = try ChildProcess.run([
                    me, "measure-store", "--store", city, "--students", "\(cityStudents)", "--subjects", "\(subjects)",
                    "--assessments", "\(assessments)", "--classes-per-import", "\(perImport)",
                ])
                table.addStore(
                    "store import (\(perImport == 1 ? "class" : "school") exports)", students: cityStudents, measured)
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: city + suffix) }
        }
        if let gradeport, cityResults > 0 {
            try CityPhase(gradeport: gradeport, bench: me, data: data, results: cityResults).measure(into: &table)
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

/// The synthetic files of one benchmark run.
struct BenchFiles {
    var small, large, graph, kundelik, smallBook, largeBook: String
    /// A Classroom CSV of about a million results (3,334 students × 300), written as CSV and as XLSX.
    var million: String
    /// A folder of class exports (Classroom CSVs named `7А Физика.csv`) for `gradeport import`.
    var classExports: String
    /// The store the benchmark imports into.
    var store: String

    /// Class names × subjects: one Classroom CSV each.
    static let classNames = (1...11).flatMap { grade in ["А", "Б", "В", "Г", "Д"].map { "\(grade)\($0)" } }
    static let subjects = ["Физика", "Химия", "Алгебра", "История"]
    /// Students in each class export, and assignments.
    static let classSize = 30
    static let classAssignments = 40

    init(data: String, students: Int, assignments: Int, scale: Int) {
        small = "\(data)/classroom-\(students)x\(assignments).csv"
        large = "\(data)/classroom-\(students * scale)x\(assignments).csv"
        graph = "\(data)/graph-dump-\(students / 2)x\(assignments / 2).json"
        kundelik = "\(data)/kundelik-dump-\(students)x\(assignments).json"
        smallBook = "\(data)/journal-8000x60.xlsx"
        largeBook = "\(data)/journal-40000x60.xlsx"
        classExports = "\(data)/class-exports"
        million = "\(data)/classroom-3334x300.csv"
        store = "\(data)/store.sqlite"
    }

    /// The class exports' paths, in the order they are imported.
    var classExportPaths: [String] {
        Self.classNames.flatMap { name in Self.subjects.map { "\(classExports)/\(name) \($0).csv" } }
    }
}

/// Child phase: write the synthetic exports; prints the result counts and workbook sheet sizes.
struct GenerateExports: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", shouldDisplay: false)

    @Option var data = "bench-data"
    @Option var students = 2000
    @Option var assignments = 300
    @Option var scale = 10

    func run() throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let paths = BenchFiles(data: data, students: students, assignments: assignments, scale: scale)
        var generator = SyntheticExports()
        var counts: [Int] = []
        try generator.writeClassroomCSV(to: paths.small, students: students, assignments: assignments)
        counts.append(generator.resultCount)
        try generator.writeClassroomCSV(to: paths.large, students: students * scale, assignments: assignments)
        counts.append(generator.resultCount)
        try generator.writeGraphDump(to: paths.graph, students: students / 2, assignments: assignments / 2)
        counts.append(generator.resultCount)
        try generator.writeKundelikDump(to: paths.kundelik, students: students, works: assignments)
        counts.append(generator.resultCount)
        var workbook = SyntheticWorkbook()
        try workbook.write(to: paths.smallBook, rows: 8_000, columns: 60)
        counts.append(workbook.sheetBytes)
        try workbook.write(to: paths.largeBook, rows: 40_000, columns: 60)
        counts.append(workbook.sheetBytes)
        try FileManager.default.createDirectory(atPath: paths.classExports, withIntermediateDirectories: true)
        var classResults = 0
        for (index, path) in paths.classExportPaths.enumerated() {
            try generator.writeClassroomCSV(
                to: path, students: BenchFiles.classSize, assignments: BenchFiles.classAssignments,
                firstStudent: index * BenchFiles.classSize)
            classResults += generator.resultCount
        }
        counts.append(classResults)
        try generator.writeClassroomCSV(to: paths.million, students: 3_334, assignments: 300)
        counts.append(generator.resultCount)
        print(counts.map(String.init).joined(separator: " "))
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

/// Child phase: read every row of a workbook's first sheet with `TableFile`.
struct MeasureWorkbook: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "measure-workbook", shouldDisplay: false)

    @Argument var file: String

    func run() throws {
        let start = Date()
        let cursor = try TableFile.open(path: file)
        var rows = 0
        var checksum = 0
        while let row = try cursor.next() {
            rows += 1
            for index in row.indices { checksum &+= row.withUTF8(ofField: index) { $0.count } }
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
