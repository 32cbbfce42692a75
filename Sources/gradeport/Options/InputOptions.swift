import ArgumentParser
import Foundation
import GradePortAdapters
import GradePortCore
import GradePortWriters
import JournalProfiles

/// The inputs of a command that reads exports (`convert`, `report`): the files, `--platform` and
/// `--profile`, and how they are read into one gradebook.
struct InputOptions: ParsableArguments {
    @Argument(help: "Export files or API dump folders; - reads standard input.")
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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The school every input belongs to when its export names none (12 digits: a BIN); two schools' "
                + "same-named classes and pupils then stay apart.", valueName: "NAME|BIN"))
    var school: String?

    @Flag(
        name: .customLong("school-from-folder"),
        help: "Each input belongs to the school named by the folder holding it (when its export names none).")
    var schoolFromFolder = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A school's own calendar file (quarters' dates; see docs/calendar.md), used before the built-in ones "
                + "(repeatable).", valueName: "FILE"))
    var calendar: [String] = []

    /// The built-in calendars and the `--calendar` files (read here; a file that cannot be read or
    /// parsed is a usage error naming its line).
    func calendars() throws -> [SchoolCalendar] {
        var calendars = BuiltInCalendars.all
        for path in calendar {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CommandFailure(.usage, "--calendar \(path): cannot be read as a UTF-8 text file")
            }
            do {
                calendars.append(try SchoolCalendar(parsing: text, name: path))
            } catch {
                throw CommandFailure(.usage, "--calendar \(error.description)")
            }
        }
        return calendars
    }

    /// Where each input's school comes from: `--school`, `--school-from-folder`, or nowhere.
    var inputSchools: InputSchools {
        if schoolFromFolder { return .folder }
        return school.flatMap { SchoolScope(parsing: $0) }.map { .named($0) } ?? .none
    }

    func validate() throws {
        if let school, SchoolScope(parsing: school) == nil {
            throw ValidationError("--school needs a school name or a 12-digit BIN; '\(school)' is blank")
        }
        if schoolFromFolder { try StandardInput.refuseWithSchoolFromFolder(files) }
        // With --profile, the profile's own id is a platform too; read() checks --prefer against it.
        // External adapters are platforms as well: they are loaded (once) to check the ids.
        guard profileOption.profile == nil, platform != nil || prefer != .last else { return }
        var registry = BuiltInPlatforms.registry
        // An adapter that cannot be loaded is reported by run(), with its own exit status.
        do { try profileOption.externalAdapters.add(to: &registry) } catch { return }
        let known = registry.platforms.map(\.descriptor.id.rawValue).joined(separator: ", ")
        if case .platform(let preferred) = prefer, registry.platform(id: preferred) == nil {
            throw ValidationError("--prefer takes 'last' or a platform id; '\(prefer)' is neither (known: \(known))")
        }
        if let platform, registry.platform(id: platform) == nil {
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

    /// Throws the usage error of a command (`convert`, `import`) for which `--school` and
    /// `--school-from-folder` both name the inputs' school (`report` reads the pair as folders for the
    /// schools and `--school` for the one to report on).
    func refuseTwoSchoolSources() throws {
        if school != nil, schoolFromFolder {
            throw ValidationError("--school and --school-from-folder both name the inputs' school; give one of them")
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
        let paths = try StandardInput.resolve(files)
        let outcome =
            paths.contains(where: Self.isNativeGradebook)
            ? readWithNativeGradebooks(paths, registry: registry, platformID: platformID)
            : registry.readGradebook(
                from: paths, platform: platformID, merging: prefer, schools: inputSchools, calendars: try calendars())
        return StandardInput.renamingCopy(in: outcome, read: paths)
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
    private func readWithNativeGradebooks(
        _ files: [String], registry: PlatformRegistry, platformID: PlatformID?
    ) -> ReadOutcome {
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
