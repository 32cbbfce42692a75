import ArgumentParser
import Foundation
import GradePortCore
import GradePortWriters

/// `gradeport detect`: tells which platform and export each input is, and how sure that is.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Tell which platform and export kind each input is, with a confidence (0–100).",
        discussion: """
            Only the first 64 KiB of each file (or a folder's file names) are read.
            Exit status 3 when an input is missing or no platform recognises it.

            Examples:
              gradeport detect "7А Физика.csv" graph-dump/
              gradeport detect *.csv --json
              gradeport detect "7Б алгебра 3 ч.csv" --profile school-42-profile.yaml
            """
    )

    @Argument(help: "Export files or API dump folders.")
    var files: [String]

    @Flag(name: .long, help: "Write JSON instead of text.")
    var json = false

    @OptionGroup var profileOption: ProfileOption

    @Option(
        name: .long, help: ArgumentHelp("Show this school for each input (12 digits: a BIN).", valueName: "NAME|BIN"))
    var school: String?

    @Flag(
        name: .customLong("school-from-folder"),
        help: "Show for each input the school its folder names, as convert and import would scope it.")
    var schoolFromFolder = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to detect") }
        if school != nil, schoolFromFolder {
            throw ValidationError("--school and --school-from-folder both name the inputs' school; give one of them")
        }
        if let school, SchoolScope(parsing: school) == nil {
            throw ValidationError("--school needs a school name or a 12-digit BIN; '\(school)' is blank")
        }
        if schoolFromFolder { try StandardInput.refuseWithSchoolFromFolder(files) }
    }

    /// Where each input's school comes from, as `convert` and `import` read it.
    private var inputSchools: InputSchools {
        if schoolFromFolder { return .folder }
        return school.flatMap { SchoolScope(parsing: $0) }.map { .named($0) } ?? .none
    }

    func run() throws {
        let registry = try profileOption.registry().registry
        var status = ExitStatus.success
        var out = JSONTextBuffer()
        out.beginObject()
        out.key("inputs")
        out.beginArray()
        var text = ""
        let paths = try StandardInput.resolve(files)
        // Every adapter looks at all inputs at once: an external one runs one `sniff` for all of them.
        registry.prepareToDetect(paths.compactMap { try? ExportFile(path: $0) })
        for path in paths {
            out.nextElement()
            out.beginObject()
            let name = StandardInput.displayName(path)
            out.member("file", name)
            do {
                let file = try ExportFile(path: path)
                let detections = registry.detect(file)
                if let best = detections.first {
                    out.member("platform", best.platform)
                    out.member("export", best.export)
                    out.member("confidence", best.confidence.rawValue)
                    out.member("reason", best.reason)
                    text += "\(name): \(best.platform) \(best.export) (confidence \(best.confidence): \(best.reason))\n"
                    if inputSchools != .none {
                        let scope = inputSchools.scope(forInput: path)
                        out.member("school", scope.map { $0.name ?? $0.bin ?? $0.key })
                        text +=
                            "    school: \(scope.map { $0.name ?? $0.bin ?? $0.key } ?? "none (not inside a folder)")\n"
                    }
                    for other in detections.dropFirst() {
                        text +=
                            "    also possible: \(other.platform) \(other.export) (confidence \(other.confidence))\n"
                    }
                } else if GradebookJSONReader.recognises(head: file.head) {
                    // GradePort's own output, which convert and report read back as written.
                    let reason = "GradePort's own JSON (\"format\":\"gradeport/1\"), read back as written"
                    out.member("platform", "gradeport" as String?)
                    out.member("export", GradebookJSONWriter.format)
                    out.member("confidence", 100)
                    out.member("reason", reason)
                    text += "\(name): gradeport \(GradebookJSONWriter.format) (confidence 100: \(reason))\n"
                } else {
                    status = .unreadable
                    out.member("platform", nil as String?)
                    out.member("error", "no platform recognises this input")
                    text += "\(name): unknown: no platform recognises this input\n"
                }
                out.key("candidates")
                out.beginArray()
                for detection in detections {
                    out.nextElement()
                    out.beginObject()
                    out.member("platform", detection.platform)
                    out.member("export", detection.export)
                    out.member("confidence", detection.confidence.rawValue)
                    out.endObject()
                }
                out.endArray()
            } catch {
                status = .unreadable
                out.member("error", error.reason)
                TerminalText.writeToStandardError("\(name): error: \(error.reason)\n")
            }
            out.endObject()
        }
        out.endArray()
        out.endObject()
        if json {
            FileHandle.standardOutput.write(Data(out.bytes + [0x0A]))
        } else {
            TerminalText.writeToStandardOutput(text)
        }
        if status != .success { throw status.exitCode }
    }
}
