import Foundation
import GradePortCore
import JournalProfiles

/// OnlineMektep (onlinemektep.org, Bilim Media Group): a class journal, read by the journal
/// profile engine with the profile `onlinemektep.yaml`.
///
/// ```swift
/// let registry = try PlatformRegistry([OnlineMektepPlatform()])
/// let outcome = registry.readGradebook(from: ["7А Математика 1 четверть.csv"], platform: "onlinemektep")
/// ```
///
/// The export format is **reconstructed**: OnlineMektep documents none. The profile reads a journal
/// with a full-name column (`ФИО`, `Аты-жөні`), lesson columns headed by their date (`02.09`,
/// formative marks out of 10), СОР/БЖБ and СОЧ/ТЖБ columns with their maximum in the heading or in a
/// maxima row, and the quarter mark; class, subject and quarter come from the rows above the header.
/// The only code is sniffing: a table whose title rows name OnlineMektep is claimed with high
/// confidence, any other table the profile could read only with low confidence, so the generic
/// `journal` profile keeps it. See `docs/formats/onlinemektep.md`.
public struct OnlineMektepPlatform: ProfileBackedPlatform {
    /// The platform id, `onlinemektep`, and its export kind, `journal`.
    public static let descriptor = PlatformDescriptor(
        id: "onlinemektep", displayName: "OnlineMektep",
        exports: [
            .init(
                id: "journal",
                summary: "an OnlineMektep class journal (one class, subject and quarter) as CSV or XLSX, also "
                    + "re-saved by Excel; reconstructed layout")
        ])

    /// Creates the adapter.
    public init() {}

    /// The profile shipped in this module's resources (`onlinemektep.yaml`), loaded once.
    static let shipped = BundledProfile("onlinemektep", in: .module, platformName: "OnlineMektep")

    /// The profile the adapter reads with, as shipped in `onlinemektep.yaml`.
    public static func profile() throws -> JournalProfile { try shipped.profile() }

    /// The profile the adapter reads with (``profile()``), so that `gradeport platforms` lists the
    /// adapter as a built-in profile; throws when the shipped file does not load.
    public var profile: JournalProfile { get throws { try Self.profile() } }

    /// Recognises a journal the profile reads: high when its title names OnlineMektep, else low.
    public func sniff(_ file: ExportFile) -> Detection? {
        guard let profile = try? Self.profile(),
            let found = ProfilePlatform(profile).sniff(file)
        else { return nil }
        if OnlineMektepTitle.isPresent(in: file) {
            return detection(found.export, .high, "'OnlineMektep' in the title; " + found.reason)
        }
        return detection(found.export, .low, "no 'OnlineMektep' title; " + found.reason)
    }

    /// Reads the journal with the profile engine.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    )
        throws
    {
        try ProfilePlatform(try Self.profile()).read(file, as: export, into: &gradebook)
    }
}
