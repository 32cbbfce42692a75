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
    /// confidence follows the profile's ``SniffRule``, ten points more (up to 70) when the header
    /// has section or term summative columns.
    ///
    /// A long table (`layout: long`) is recognised by its header alone (a name, a title and a score
    /// or percent column), at the profile's confidence.
    public func sniff(_ file: ExportFile) -> Detection? {
        if profile.layout == .long {
            guard profile.sniff.extensions.contains(file.fileExtension), let found = locateHeader(in: file) else {
                return nil
            }
            let nameHeading =
                found.header.indices.first { profile.columns.name.matchesWhole(found.header[$0]) }
                .map { found.header[$0].trimmedCell } ?? ""
            return Detection(
                platform: profile.platform, export: profile.export, confidence: profile.sniff.confidence,
                reason: "results header with '\(nameHeading)', a title and a score or percent column "
                    + "(profile '\(profile.id)')")
        }
        guard !file.isDirectory, !file.head.isEmpty, profile.sniff.extensions.contains(file.fileExtension),
            let reader = TableOpening.openForSniffing(file),
            let found = try? reader.locateHeader(
                maxRows: profile.header.row ?? profile.header.search,
                where: { JournalLayout.isHeader($0, profile: profile) })
        else { return nil }
        let rules = HeadingRules(profile: profile)
        // A pattern over its step budget makes no detection; reading the file then says why.
        guard let layout = try? JournalLayout(header: found.header, rowAbove: found.preamble.last, rules: rules)
        else { return nil }
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
        // Summative columns (СОР/БЖБ, СОЧ/ТЖБ) are what marks a table as a journal: ten points more,
        // so a journal wins over a generic name-and-columns reading, never over a platform's high.
        var score = confidence
        let summative = layout.assessments.contains { $0.kind == .sectionSummative || $0.kind == .termSummative }
        if summative, confidence < .high { score = Confidence(rawValue: min(confidence.rawValue + 10, 70)) }
        let nameHeading =
            [layout.name, layout.surname].compactMap { $0 }.first.map { found.header[$0].trimmedCell } ?? ""
        return Detection(
            platform: profile.platform, export: profile.export, confidence: score,
            reason: "journal header with '\(nameHeading)' and \(layout.assessments.count) assessment columns "
                + "(profile '\(profile.id)')")
    }

    /// The header row the profile finds in the first table of a file, with the rows above it (the
    /// preamble), from the cached preview; `nil` when there is none. A platform module uses it to
    /// look for its own title above the header.
    public func locateHeader(in file: ExportFile) -> (header: CSVRow, preamble: [CSVRow])? {
        guard !file.isDirectory, !file.head.isEmpty, let reader = TableOpening.openForSniffing(file) else {
            return nil
        }
        let search = profile.header.row ?? profile.header.search
        switch profile.layout {
        case .wide:
            return try? reader.locateHeader(maxRows: search, where: { JournalLayout.isHeader($0, profile: profile) })
        case .long:
            return try? reader.locateHeader(maxRows: search, where: { LongColumns.isHeader($0, profile: profile) })
        }
    }

    /// Reads the table, or each sheet of a workbook the profile selects (``JournalProfile/sheets``).
    ///
    /// Of several sheets, one without a journal header (a notes or summary sheet) is skipped with a
    /// note; the input fails with `missing-header` only when no sheet has one.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    )
        throws
    {
        if file.head.isEmpty { throw ExportReadError(.emptyInput, "the file is empty") }
        let reader = JournalReader(rules: HeadingRules(profile: profile), file: file)
        let sheets = try TableOpening.sheets(of: file, profile.sheets)
        var skipped: [ExportReadError] = []
        for sheet in sheets {
            let table = try TableOpening.open(file, sheet: sheet)
            do {
                switch profile.layout {
                case .wide: try reader.read(table, into: &gradebook)
                case .long:
                    try LongReader(profile: profile, file: file, policy: profile.attempts).read(
                        table, into: &gradebook)
                }
            } catch let error as ExportReadError where error.diagnosticCode == .missingHeader && sheets.count > 1 {
                skipped.append(error)
            }
        }
        if skipped.count == sheets.count, let first = skipped.first { throw first }
        for error in skipped {
            gradebook.diagnose(.info, .skippedRow, "sheet skipped: " + error.diagnosticMessage)
        }
    }
}
