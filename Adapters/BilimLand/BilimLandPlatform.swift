import Foundation
import GradePortCore
import JournalProfiles
import TableReader

/// Bilim Land (bilimland.kz): the results of a class's tests, one row per student, test and
/// attempt, read by the profile engine with `bilimland.yaml` (`layout: long`).
///
/// ```swift
/// let registry = try PlatformRegistry([BilimLandPlatform()])
/// let outcome = registry.readGradebook(from: ["7А результаты тестов.csv"], platform: "bilimland")
/// ```
///
/// The export format is **reconstructed**: Bilim Land documents none. Each row gives a score out of
/// a maximum, or a percent; rows for the same student and test are attempts, and the
/// ``AttemptPolicy`` (the profile's `attempts`, the last attempt, unless chosen here) decides which
/// one the gradebook keeps — the others are named by `superseded-attempt` notes. See
/// `docs/formats/bilimland.md`.
public struct BilimLandPlatform: ProfileBackedPlatform {
    /// The platform id, `bilimland`, and its export kind, `test-results`.
    public static let descriptor = PlatformDescriptor(
        id: "bilimland", displayName: "Bilim Land",
        exports: [
            .init(
                id: "test-results",
                summary: "the results of a class's Bilim Land tests as CSV, one row per student, test and attempt "
                    + "(reconstructed layout)")
        ])

    /// Which attempt counts when a student took a test more than once.
    public var attempts: AttemptPolicy

    /// Creates the adapter.
    ///
    /// - Parameter attempts: Which attempt counts; the last one by default.
    public init(attempts: AttemptPolicy = .last) { self.attempts = attempts }

    /// The profile shipped in this module's resources (`bilimland.yaml`), loaded once.
    static let shipped = BundledProfile("bilimland", in: .module, platformName: "Bilim Land")

    /// The profile the adapter reads with, as shipped in `bilimland.yaml`.
    public static func profile() throws -> JournalProfile { try shipped.profile() }

    /// The profile the adapter reads with: the shipped one (``profile()``) with this adapter's
    /// ``attempts``; throws when the shipped file does not load.
    public var profile: JournalProfile {
        get throws {
            var profile = try Self.profile()
            profile.attempts = attempts
            return profile
        }
    }

    /// Recognises a results table by its header, and the `Bilim Land` title above it.
    public func sniff(_ file: ExportFile) -> Detection? {
        guard let profile = try? Self.profile(),
            let found = BilimLandSniffer(profile: profile).sniff(file)
        else { return nil }
        return detection(profile.export, found.confidence, found.reason)
    }

    /// Reads the table with the engine.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    )
        throws
    {
        try ProfilePlatform(try profile).read(file, as: export, into: &gradebook)
    }
}
