import GradePortCore

/// An adapter that reads with a ``JournalProfile``: ``ProfilePlatform`` itself, or a platform
/// module's own type that wraps one (to add code for its quirks).
///
/// `gradeport platforms` lists such adapters as profiles, with where their profile came from.
public protocol ProfileBackedPlatform: LearningPlatform {
    /// The profile the adapter reads with.
    ///
    /// A profile read at run time is simply there; a profile shipped in a platform module's
    /// resources (``BundledProfile``) may have failed to load (a broken build), and then reading it
    /// throws that error, as ``LearningPlatform/read(_:as:into:)`` does.
    var profile: JournalProfile { get throws }
}

extension ProfilePlatform: ProfileBackedPlatform {}

/// The profile platforms of a registry, and adding a user's profile file to one at run time.
///
/// ```swift
/// var registry = BuiltInPlatforms.registry
/// let added = try ProfileLibrary.add(profileAt: "school-42-profile.yaml", to: &registry)
/// if let replaced = added.replaced { print("the profile replaces the built-in '\(replaced.id)'") }
/// ```
public enum ProfileLibrary {
    /// What adding a profile file did.
    public struct Addition: Sendable {
        /// The adapter made from the file.
        public var platform: ProfilePlatform
        /// The descriptor of the built-in adapter with the same platform id that it replaces for
        /// this run, if any.
        public var replaced: PlatformDescriptor?
    }

    /// Every profile-backed adapter of a registry, in registration order.
    public static func profiles(in registry: PlatformRegistry) -> [any ProfileBackedPlatform] {
        registry.platforms.compactMap { $0 as? any ProfileBackedPlatform }
    }

    /// Where a profile-backed adapter's profile comes from, as `gradeport platforms` shows it:
    /// `built-in`, or the profile file's path; for a shipped profile that did not load, `built-in`
    /// and why it did not.
    public static func source(of platform: any ProfileBackedPlatform) -> String {
        do {
            return try platform.profile.origin.description
        } catch {
            return "\(ProfileOrigin.builtIn), not loaded: \(error)"
        }
    }

    /// Reads a profile file and puts its adapter ahead of every other one in the registry, replacing
    /// an adapter with the same platform id (the user's profile wins for the run).
    ///
    /// - Throws: ``ProfileError`` with the profile file's line and column.
    @discardableResult
    public static func add(
        profileAt path: String, to registry: inout PlatformRegistry
    ) throws(ProfileError)
        -> Addition
    {
        let platform = ProfilePlatform(try JournalProfile(contentsOf: path))
        let replaced = registry.override(with: platform)
        return Addition(platform: platform, replaced: replaced?.descriptor)
    }
}
