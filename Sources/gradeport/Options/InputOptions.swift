import ArgumentParser
import Foundation
import GradePortAdapters
import GradePortCore
import GradePortWriters
import JournalProfiles

/// The inputs of a command that reads exports (`convert`, `report`): the files, `--platform` and
/// `--profile`, and how they are read into one gradebook.
struct InputOptions: ParsableArguments {
    @Argument(help: "Export files or API dump folders.")
    var files: [String] = []

    @Option(
        name: .long, help: "Read every input with this platform instead of detecting it (see `gradeport platforms`).")
    var platform: PlatformID?

    @OptionGroup var profileOption: ProfileOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "When inputs give different values for one student and assessment, keep the later input's (last) "
                + "or this platform's.", valueName: "last|PLATFORM"))
    var prefer: ConflictPreference = .last

    func validate() throws {
        // With --profile, the profile's own id is a platform too; read() checks --prefer against it.
        if case .platform(let preferred) = prefer, profileOption.profile == nil,
            BuiltInPlatforms.registry.platform(id: preferred) == nil
        {
            let known = BuiltInPlatforms.registry.platforms.map(\.descriptor.id.rawValue).joined(separator: ", ")
            throw ValidationError("--prefer takes 'last' or a platform id; '\(prefer)' is neither (known: \(known))")
        }
        if let platform, profileOption.profile == nil, BuiltInPlatforms.registry.platform(id: platform) == nil {
            let known = BuiltInPlatforms.registry.platforms.map(\.descriptor.id.rawValue).joined(separator: ", ")
            throw ValidationError("unknown platform '\(platform)'; known: \(known)")
        }
    }

    /// Throws the usage error of a command whose `-o` names one of its inputs (the same file, by any
    /// path or link): writing would destroy the export being read.
    func refuseOverwritingAnInput(with output: String?) throws {
        guard let output, output != "-", let target = FileIdentity(path: output) else { return }
        if let input = files.first(where: { FileIdentity(path: $0) == target }) {
            throw ValidationError(
                "-o \(output) is the input \(input); writing there would destroy it: name another file")
        }
    }

    /// Throws the usage error of a command that was given no input.
    func requireFiles() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one export file or folder") }
    }

    /// Reads every input, in the order given, into one gradebook; several inputs are merged
    /// (identity resolution, aligned assessments, conflicts settled by `--prefer`).
    ///
    /// `--profile` reads every input with the profile; `--platform` may then only name the same id
    /// (otherwise a ``CommandFailure`` with the usage status).
    func read() throws -> ReadOutcome {
        let (registry, platformID) = try reader()
        if profileOption.profile != nil, case .platform(let preferred) = prefer, registry.platform(id: preferred) == nil
        {
            let known = registry.platforms.map(\.descriptor.id.rawValue).joined(separator: ", ")
            throw CommandFailure(
                .usage, "--prefer takes 'last' or a platform id; '\(prefer)' is neither (known: \(known))")
        }
        guard files.contains(where: Self.isNativeGradebook) else {
            return registry.readGradebook(from: files, platform: platformID, merging: prefer)
        }
        return readWithNativeGradebooks(registry: registry, platformID: platformID)
    }

    /// Whether the input is a file GradePort wrote in its own `gradeport/1` form.
    static func isNativeGradebook(_ path: String) -> Bool {
        guard let file = try? ExportFile(path: path), !file.isDirectory else { return false }
        return GradebookJSONReader.recognises(head: file.head)
    }

    /// Reads a `gradeport/1` file; `nil` when it cannot be read, the reason then an error diagnostic
    /// at its line and column.
    static func readNativeGradebook(_ path: String, diagnosingInto builder: inout GradebookBuilder) -> Gradebook? {
        do {
            return try GradebookJSONReader().read(path: path)
        } catch {
            let located = error as? any DiagnosableError
            builder.diagnose(
                Diagnostic(
                    severity: .error, code: located?.diagnosticCode ?? .malformedInput,
                    message: located?.diagnosticMessage ?? "the gradeport/1 file cannot be read", file: path,
                    line: located?.diagnosticLine, column: located?.diagnosticColumn))
            return nil
        }
    }

    /// Reads inputs of which some are `gradeport/1` files: one such file alone is its gradebook as
    /// written (so convert → JSON → convert gives the same JSON); with other inputs, each is added
    /// with its own sources and provenance and everything is merged as `readGradebook` merges.
    private func readWithNativeGradebooks(registry: PlatformRegistry, platformID: PlatformID?) -> ReadOutcome {
        var builder = GradebookBuilder()
        var unreadable: [String] = []
        var books: [Gradebook] = []
        for path in files {
            guard Self.isNativeGradebook(path) else {
                if !registry.read(path, platformID: platformID, into: &builder) { unreadable.append(path) }
                continue
            }
            guard let book = Self.readNativeGradebook(path, diagnosingInto: &builder) else {
                unreadable.append(path)
                continue
            }
            if files.count == 1 { books.append(book) }
            builder.add(contentsOf: book)
        }
        if let only = books.first { return ReadOutcome(gradebook: only, unreadableInputs: []) }
        let book = builder.build()
        builder = GradebookBuilder()
        return ReadOutcome(
            gradebook: GradebookMerger(preference: prefer).merge(consume book), unreadableInputs: unreadable)
    }

    /// The registry to read with (the built-in one, with `--profile` added) and the platform id
    /// every input is read by, if one was named.
    func reader() throws -> (registry: PlatformRegistry, platformID: PlatformID?) {
        let (registry, profile) = try profileOption.registry()
        var platformID = platform
        if let profile {
            if let platform, platform != profile.descriptor.id {
                throw CommandFailure(
                    .usage,
                    "--platform '\(platform)' and --profile (platform '\(profile.descriptor.id)') name different "
                        + "platforms; give one of them")
            }
            platformID = profile.descriptor.id
        }
        return (registry, platformID)
    }
}
