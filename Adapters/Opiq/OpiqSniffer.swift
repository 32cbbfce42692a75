import Foundation
import GradePortCore
import JournalProfiles
import TableReader

/// Decides cheaply whether an input is an Opiq results table, from its first bytes.
///
/// | input | confidence |
/// | --- | --- |
/// | a header with a student column, and `Opiq` in a row above it | high |
/// | a header with a student column and task columns each followed by a comment column | medium |
/// | anything else | not Opiq |
///
/// High is above the medium the generic `journal` profile gives a journal table, so `detect`
/// prefers Opiq for its own files; without the title row, `--platform opiq` still reads them.
struct OpiqSniffer {
    /// The profile.
    let profile: JournalProfile

    /// Sniffs a file.
    func sniff(_ file: ExportFile) -> (confidence: Confidence, reason: String)? {
        guard !file.isDirectory, profile.sniff.extensions.contains(file.fileExtension) || file.fileExtension.isEmpty,
            let table = OpiqTable.sniffingCursor(file),
            let found = try? table.locateHeader(
                maxRows: profile.header.search, where: { OpiqLayout.isHeader($0, profile: profile) }),
            let layout = OpiqLayout(header: found.header, profile: profile), !layout.tasks.isEmpty
        else { return nil }
        let titled = found.preamble.contains { row in
            row.strings().contains { $0.range(of: "opiq", options: .caseInsensitive) != nil }
        }
        if titled {
            return (.high, "'Opiq' in the title and a header with a student column and \(layout.tasks.count) tasks")
        }
        let commented = layout.tasks.filter { $0.commentIndex != nil }.count
        if commented > 0 {
            return (.medium, "a header with a student column and \(commented) tasks followed by comment columns")
        }
        return nil
    }
}
