import ArgumentParser
import Foundation
import GradePortAdapters
import GradePortCore
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
        return registry.readGradebook(from: try StandardInput.resolve(files), platform: platformID, merging: prefer)
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
