import Foundation
import GradePortTesting
import Testing

/// Every `gradeport` command in README.md's `sh` and `console` blocks, run in order on the shipped
/// samples as a new user would (from a folder holding `Samples/`, `docs/` and `Plugins/`, with a store of its own).
///
/// A command must end with status 0 or 1 (rows rejected, output written) unless its shown output
/// has an `error:` line; every shown output line (except elisions with `…` and times) must be in
/// what the command printed.
@Suite struct ReadmeExamplesTests {
    static let fixtures = Fixtures(testFile: #filePath)

    /// One command of the README, with the output shown under it (console blocks only).
    struct Example: CustomStringConvertible {
        var line: Int
        var command: String
        var shownOutput: [String] = []
        var description: String { "README.md:\(line): \(command)" }
    }

    /// The README's commands in order; the usage synopsis (lines with `[--` or `FILE...`) is not an example.
    static func examples(in text: String) -> [Example] {
        var examples: [Example] = []
        var fence: String?
        // The example whose output the console block's next lines show.
        var current: Int?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("```") {
                fence = fence == nil ? String(line.dropFirst(3)) : nil
                current = nil
                continue
            }
            guard let language = fence, language == "sh" || language == "console" else { continue }
            let prompt = language == "console" ? "$ " : ""
            if language == "console" && !line.hasPrefix(prompt) {
                if let current { examples[current].shownOutput.append(line) }
                continue
            }
            current = nil
            let command = String(line.dropFirst(prompt.count))
            guard command.hasPrefix("gradeport "), !command.contains("[--"), !command.contains("FILE...") else {
                continue
            }
            examples.append(Example(line: index + 1, command: Self.withoutComment(command)))
            current = examples.count - 1
        }
        return examples
    }

    /// The command without a trailing `# comment` (outside quotes).
    static func withoutComment(_ command: String) -> String {
        var quoted = false
        var previous: Character = " "
        for (offset, character) in command.enumerated() {
            if character == "\"" { quoted.toggle() }
            if character == "#" && !quoted && previous == " " {
                return String(command.prefix(offset)).trimmingCharacters(in: .whitespaces)
            }
            previous = character
        }
        return command.trimmingCharacters(in: .whitespaces)
    }

    @Test func theReadmeShowsExamplesOfEveryCommand() throws {
        let text = try String(contentsOfFile: Self.fixtures.packageRoot + "/README.md", encoding: .utf8)
        let commands = Set(Self.examples(in: text).map { $0.command.split(separator: " ")[1] })
        #expect(
            commands == [
                "convert", "detect", "report", "import", "undo", "history", "export", "--version", "adapters",
            ])
        #expect(
            Self.withoutComment(#"gradeport convert "a # b.csv" -o x.json   # JSON"#)
                == #"gradeport convert "a # b.csv" -o x.json"#)
    }

    @Test func everyReadmeExampleRunsOnTheShippedSamples() throws {
        let root = Self.fixtures.packageRoot
        let text = try String(contentsOfFile: root + "/README.md", encoding: .utf8)
        let examples = Self.examples(in: text)
        #expect(examples.count >= 25)
        let folder = try TemporaryFolder(prefix: "gradeport-readme")
        for shared in ["Samples", "docs", "Plugins"] {
            try FileManager.default.createSymbolicLink(
                atPath: folder.file(shared), withDestinationPath: root + "/" + shared)
        }
        let bin = GradePortProcess.executable.deletingLastPathComponent().path
        for example in examples {
            let run = try GradePortProcess.run(
                ["-c", "PATH='\(bin)':\"$PATH\"; unset GRADEPORT_STORE; " + example.command], in: folder.path,
                executable: URL(fileURLWithPath: "/bin/sh"))
            let printed = run.standardOutput + run.standardError
            let showsError = example.shownOutput.contains {
                $0.contains(": error:") || $0.hasPrefix("gradeport: error")
            }
            if showsError {
                #expect(run.status != 0, "\(example) should fail as shown")
            } else {
                #expect(run.status == 0 || run.status == 1, "\(example): status \(run.status)\n\(run.standardError)")
            }
            #expect(!printed.lowercased().contains("no such file"), "\(example)\n\(printed)")
            for shown in example.shownOutput where !shown.contains("…") && !shown.isEmpty {
                guard shown.range(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"#, options: .regularExpression) == nil else {
                    continue
                }
                #expect(printed.contains(shown), "\(example): not printed: \(shown)\n--- printed:\n\(printed)")
            }
        }
    }
}
