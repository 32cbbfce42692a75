import GradePortCore
import JournalProfiles
import TableReader

/// Decides cheaply whether an input is a Bilim Land results table, from its first bytes.
///
/// | input | confidence |
/// | --- | --- |
/// | a results header (student, test, score or percent columns) with `Bilim Land` above it | high |
/// | a results header without the title, with a column of Bilim Land's own (score `Балл`, maximum, attempt, type, quarter) | medium |
/// | a results header of only student, test, date and percent columns (an Opiq long table has them too) | low |
/// | anything else | not Bilim Land |
///
/// A long results table is not a journal: the generic `journal` profile gives at most 40 to any
/// table, so even the medium answer wins `detect`.
struct BilimLandSniffer {
    /// The profile.
    let profile: JournalProfile

    /// Sniffs a file.
    func sniff(_ file: ExportFile) -> (confidence: Confidence, reason: String)? {
        guard profile.sniff.extensions.contains(file.fileExtension) || file.fileExtension.isEmpty,
            let found = ProfilePlatform(profile).locateHeader(in: file)
        else { return nil }
        if found.preamble.contains(where: { $0.strings().contains(where: BilimLandTitle.names) }) {
            return (.high, "'Bilim Land' in the title and a test results header")
        }
        let long = profile.columns.long
        let own = [long.score, long.max, long.attempt, long.category, long.term]
        guard found.header.strings().contains(where: { heading in own.contains { $0.matchesWhole(heading) } }) else {
            return (.low, "a results header with only student, test, date and percent columns (Opiq's have them too)")
        }
        return (.medium, "a test results header: student, test, score or percent")
    }
}
