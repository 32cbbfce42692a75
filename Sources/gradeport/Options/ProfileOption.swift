import ArgumentParser
import Foundation
import GradePortAdapters
import GradePortCore
import JournalProfiles

/// `--profile FILE`: a user's own journal profile, added to the built-in platforms for this run; and
/// the external adapters (`--adapter`, `--no-external-adapters`), which every command that takes a
/// profile takes too.
struct ProfileOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read with this journal profile (YAML) as well; see docs/profiles.md.", valueName: "FILE"))
    var profile: String?

    @OptionGroup var externalAdapters: ExternalAdapterOptions

    /// The built-in registry with the external adapters after it, and the user's profile ahead of
    /// every adapter when one is given.
    ///
    /// A profile error is a ``CommandFailure`` with the usage status (2), printed as
    /// `FILE:LINE:COLUMN: error: message`. A profile whose platform id is a built-in one replaces it for the run, and
    /// a note says so.
    func registry() throws -> (registry: PlatformRegistry, profile: ProfilePlatform?) {
        var registry = BuiltInPlatforms.registry
        try externalAdapters.add(to: &registry)
        guard let profile else { return (registry, nil) }
        do {
            let added = try ProfileLibrary.add(profileAt: profile, to: &registry)
            if let replaced = added.replaced {
                TerminalText.writeToStandardError(
                    "\(profile): note: the profile's platform id '\(replaced.id)' is a built-in one; "
                        + "the profile replaces \(replaced.displayName) for this run\n")
            }
            return (registry, added.platform)
        } catch {
            throw CommandFailure(.usage, text: error.description)
        }
    }
}
