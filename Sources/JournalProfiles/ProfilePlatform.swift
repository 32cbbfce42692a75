import Foundation
import GradePortCore
import TableReader

/// A ``LearningPlatform`` made from a ``JournalProfile``: one engine reads any journal table the
/// profile describes.
///
/// Its descriptor's id is the profile's ``JournalProfile/platform``, so a registry can hold several
/// profile platforms side by side with compiled adapters.
///
/// ```swift
/// let school = ProfilePlatform(try JournalProfile(contentsOf: "school-42-profile.yaml"))
/// var registry = BuiltInPlatforms.registry
/// registry.override(with: school)
/// ```
public struct ProfilePlatform: LearningPlatform {
    /// The descriptor shared by the type; each value answers with its profile's own ``descriptor``.
    public static let descriptor = PlatformDescriptor(
        id: "profile", displayName: "Journal profile",
        exports: [.init(id: "journal-table", summary: "a journal table read with a declarative profile")])

    /// The profile.
    public let profile: JournalProfile

    /// Makes an adapter from a profile.
    public init(_ profile: JournalProfile) { self.profile = profile }

    /// The profile's platform id, name and export kind.
    public var descriptor: PlatformDescriptor {
        PlatformDescriptor(
            id: profile.platform, displayName: profile.name,
            exports: [.init(id: profile.export, summary: profile.summary)])
    }

    /// Recognises a table whose header the profile finds, with at least one assessment column; the
    /// confidence follows the profile's ``SniffRule``.
    public func sniff(_ file: ExportFile) -> Detection? {
        guard !file.isDirectory, !file.head.isEmpty, profile.sniff.extensions.contains(file.fileExtension),
            let reader = try? CSVReader(bytes: file.head, name: file.path),
            let found = try? reader.locateHeader(
                maxRows: profile.header.row ?? profile.header.search,
                where: { JournalLayout.isHeader($0, profile: profile) })
        else { return nil }
        let rules = HeadingRules(profile: profile)
        let layout = JournalLayout(header: found.header, rowAbove: found.preamble.last, rules: rules)
        let kinds = layout.assessments.filter { $0.kind != .other }
        guard !kinds.isEmpty || (!layout.assessments.isEmpty && !profile.sniff.words.isEmpty) else { return nil }
        let header = found.header.indices.filter { !found.header.isBlank($0) }.map { found.header[$0] }
        let words = profile.sniff.words
        let present = words.keys.filter { word in header.contains { WordList.occurs(word, in: WordList.key($0)) } }
        let confidence: Confidence
        if words.isEmpty || present.count == words.keys.count {
            confidence = profile.sniff.confidence
        } else if !present.isEmpty {
            confidence = min(profile.sniff.confidence, .medium)
        } else {
            confidence = min(profile.sniff.confidence, .low)
        }
        let nameHeading =
            [layout.name, layout.surname].compactMap { $0 }.first.map { found.header[$0].trimmedCell } ?? ""
        return Detection(
            platform: profile.platform, export: profile.export, confidence: confidence,
            reason: "journal header with '\(nameHeading)' and \(layout.assessments.count) assessment columns "
                + "(profile '\(profile.id)')")
    }

    /// Reads the table (each selected sheet of a workbook) with the profile.
    public func read(_ file: ExportFile, into gradebook: inout GradebookBuilder) throws {
        if file.head.isEmpty { throw ExportReadError(.emptyInput, "the file is empty") }
        let reader = JournalReader(rules: HeadingRules(profile: profile), file: file)
        for table in try TableOpening.open(file, sheets: profile.sheets) {
            try reader.read(table, into: &gradebook)
        }
    }
}
