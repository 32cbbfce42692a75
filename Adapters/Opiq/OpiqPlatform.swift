import Foundation
import GradePortCore
import JournalProfiles

/// Opiq (opiq.kz): a class's task results, read by the profile engine with `opiq.yaml` (comment
/// columns, `scale: mark5` with `+`/`−`, `letters: keep`).
///
/// ```swift
/// let registry = try PlatformRegistry([OpiqPlatform()])
/// let outcome = registry.readGradebook(from: ["7А Математика Opiq.csv"], platform: "opiq")
/// ```
///
/// The export format is **reconstructed**: opiq.kz documents none. Each task has a value column
/// and optionally a comment column; a value is a score in percent (`85%` → 85 out of 100), a mark
/// 1–5 (`4` → 4 out of 5), a mark with `+`/`−` (`4+` → 4 out of 5, `4+` kept in `raw`), a letter
/// rating (`A` → status `submitted`, no score, `A` kept in `raw`) or a status word (`н` → absent);
/// a comment becomes the result's `comment`, and a comment with no value is a result of its own
/// (status `submitted`). See `docs/formats/opiq.md`.
///
/// Opiq may also export a long table, one row per student and task (`Ученик, Класс, Задание, Дата,
/// Результат, %, Оценка, Комментарий`; Kazakh `Оқушы, Сынып, Тапсырма, Күні, Нәтиже, %, Баға,
/// Түсініктеме`), export kind `task-results`, read with `opiq-long.yaml` (`layout: long` with a
/// `mark` column): a row's value is its result, else its percent, else its mark, else its comment.
public struct OpiqPlatform: ProfileBackedPlatform {
    /// The platform id, `opiq`, and its export kind, `results`.
    public static let descriptor = PlatformDescriptor(
        id: "opiq", displayName: "Opiq",
        exports: [
            .init(
                id: "results",
                summary: "a class's task results from opiq.kz as CSV (reconstructed layout): percent scores, "
                    + "marks 1–5 with + or −, letter ratings and comments"),
            .init(
                id: "task-results",
                summary: "a class's task results from opiq.kz, one row per student and task (reconstructed layout): "
                    + "result, percent, mark 1–5 with + or −, comment"),
        ])

    /// Creates the adapter.
    public init() {}

    /// The profile shipped in this module's resources (`opiq.yaml`), loaded once.
    static let shipped = BundledProfile("opiq", in: .module, platformName: "Opiq")

    /// The profile the adapter reads with, as shipped in `opiq.yaml`.
    public static func profile() throws -> JournalProfile { try shipped.profile() }

    /// The long layout's profile shipped in this module's resources (`opiq-long.yaml`), loaded once.
    static let shippedLong = BundledProfile("opiq-long", in: .module, platformName: "Opiq")

    /// The profile of the long layout (one row per student and task), as shipped in `opiq-long.yaml`.
    public static func longProfile() throws -> JournalProfile { try shippedLong.profile() }

    /// The profile the adapter reads with (``profile()``), so that `gradeport platforms` lists the
    /// adapter as a built-in profile; throws when the shipped file does not load.
    public var profile: JournalProfile { get throws { try Self.profile() } }

    /// Recognises an Opiq table: a long one by its mark column beside a result or percent column
    /// (or the `Opiq` title), a wide one by the `Opiq` title above its header or its comment columns.
    public func sniff(_ file: ExportFile) -> Detection? {
        if let long = try? Self.longProfile(), let found = OpiqSniffer(profile: long).sniffLong(file) {
            return detection(long.export, found.confidence, found.reason)
        }
        guard let profile = try? Self.profile(),
            let found = OpiqSniffer(profile: profile).sniff(file)
        else { return nil }
        return detection(profile.export, found.confidence, found.reason)
    }

    /// Reads the table with the engine; a table with no comment column and no `Opiq` above its
    /// header is refused (`missing-header`): it is not an Opiq table, and reading its columns as
    /// tasks would invent marks.
    public func read(
        _ file: ExportFile, as export: PlatformDescriptor.ExportKind.ID, into gradebook: inout GradebookBuilder
    )
        throws
    {
        if file.head.isEmpty { throw ExportReadError(.emptyInput, "the file is empty") }
        if export == "task-results" {
            try ProfilePlatform(try Self.longProfile()).read(file, as: export, into: &gradebook)
            return
        }
        let profile = try Self.profile()
        if let header = OpiqSniffer(profile: profile).header(file), !header.titled, header.comments == 0 {
            throw ExportReadError(
                .missingHeader,
                "not an Opiq results table: the header at line \(header.line) has no comment column "
                    + "(Комментарий, Пікір, Comment) and no row above it names Opiq",
                line: header.line)
        }
        try ProfilePlatform(profile).read(file, as: export, into: &gradebook)
    }
}
