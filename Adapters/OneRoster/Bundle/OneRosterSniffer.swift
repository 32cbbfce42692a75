import Foundation
import GradePortCore
import TableReader

/// The cheap look at an input that decides whether it is a OneRoster bundle.
///
/// A folder is judged by its file names (and the first line of `manifest.csv` or `users.csv`); an
/// archive by the names in its directory, read only when its first bytes are a ZIP's and mention a
/// `.csv` file.
struct OneRosterSniffer {

    /// The files a bundle may hold, lower-cased.
    static let knownFiles: Set<String> = [
        "manifest.csv", "orgs.csv", "academicsessions.csv", "courses.csv", "classes.csv", "users.csv", "roles.csv",
        "enrollments.csv", "categories.csv", "lineitems.csv", "results.csv", "demographics.csv",
    ]

    func sniff(_ file: ExportFile) -> SniffFinding? {
        let export = file.isDirectory ? OneRosterPlatform.folderExport : OneRosterPlatform.zipExport
        guard file.isDirectory || looksLikeArchiveOfCSV(file) else { return nil }
        guard let bundle = try? OneRosterBundle(file) else {
            // A damaged or cut archive whose first entries are OneRoster files: claim it, so that reading
            // it says what is wrong with it instead of "no platform recognises this file".
            guard !file.isDirectory, Self.namesOneRosterFile(file.head) else { return nil }
            return SniffFinding(
                export: export, confidence: .low,
                reason: "a .zip whose first entries are OneRoster files, but its directory cannot be read")
        }
        let names = bundle.fileNames.intersection(Self.knownFiles)
        guard !names.isEmpty else { return nil }
        if names.contains("manifest.csv"), let head = firstLines(of: "manifest.csv", in: bundle),
            let version = Self.declaredVersion(head)
        {
            return SniffFinding(
                export: export, confidence: .certain,
                reason: "manifest.csv declares oneroster.version \(version) (\(names.count) OneRoster files)")
        }
        let dataFiles = names.subtracting(["manifest.csv"])
        guard dataFiles.count >= 2 || names.contains("manifest.csv") else { return nil }
        // School Data Sync v2.1 uses some of the same names; its users.csv has no enabledUser column.
        if names.contains("users.csv"), let head = firstLines(of: "users.csv", in: bundle),
            !head.contains("enabledUser")
        {
            return SniffFinding(
                export: export, confidence: .low,
                reason: "OneRoster file names, but users.csv has no enabledUser column (School Data Sync?)")
        }
        return SniffFinding(
            export: export, confidence: names.contains("manifest.csv") ? .high : .medium,
            reason: "OneRoster files: \(dataFiles.sorted().prefix(4).joined(separator: ", "))"
                + (names.contains("manifest.csv") ? "" : " (no manifest.csv)"))
    }

    /// Whether the first bytes of an archive name a OneRoster file in a local file header.
    static func namesOneRosterFile(_ head: [UInt8]) -> Bool {
        for name in ["manifest.csv", "users.csv", "results.csv", "orgs.csv"] {
            let needle = Array(name.utf8)
            if head.indices.contains(where: { head[$0...].starts(with: needle) }) { return true }
        }
        return false
    }

    /// The `oneroster.version` a manifest's text declares.
    static func declaredVersion(_ text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" \u{FEFF}"))
            }
            if fields.count >= 2, fields[0] == "oneroster.version" { return fields[1] }
        }
        return nil
    }

    private func looksLikeArchiveOfCSV(_ file: ExportFile) -> Bool {
        guard TableArchive.isArchive(head: file.head) else { return false }
        if file.fileExtension == "zip" { return true }
        let needle = Array(".csv".utf8)
        return file.head.indices.contains { index in
            file.head[index...].starts(with: needle)
        }
    }

    /// The first few KiB of a file of the bundle as text.
    private func firstLines(of name: String, in bundle: OneRosterBundle) -> String? {
        guard let reader = try? bundle.open(name) else { return nil }
        var text = ""
        var rows = 0
        while rows < 40, let row = try? reader.next() {
            text += row.strings().joined(separator: ",") + "\n"
            rows += 1
        }
        return text
    }
}
