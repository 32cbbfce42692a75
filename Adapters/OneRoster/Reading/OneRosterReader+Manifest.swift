import GradePortCore

extension OneRosterReader {
    /// Reads `manifest.csv`: the version, and which files it says are present. Without a manifest
    /// (the binding requires one) the version is told from the headers, with a warning.
    mutating func readManifest(into book: inout GradebookBuilder) {
        let displayName = bundle.displayName("manifest.csv")
        guard bundle.contains("manifest.csv") else {
            version = detectedVersion()
            if version == .v1_0 {
                book.diagnose(
                    .warning, .missingHeader,
                    "no manifest.csv, and classes.csv has termSourcedId or users.csv userId: a OneRoster 1.0 bundle, "
                        + "read with 1.0's columns (one term per class; userId kept as an external id)",
                    file: bundle.path)
                return
            }
            book.diagnose(
                .warning, .missingHeader,
                "no manifest.csv (the binding requires one); read as OneRoster \(version.rawValue), told from the "
                    + "files' headers", file: bundle.path)
            return
        }
        var properties: [String: (value: String, line: Int)] = [:]
        do {
            guard let table = try OneRosterTable("manifest.csv", in: bundle) else { return }
            guard table.has("propertyName"), table.has("value") else {
                book.diagnose(
                    .error, .missingColumn, "manifest.csv needs the columns propertyName and value",
                    line: table.headerLine, file: displayName)
                version = detectedVersion()
                return
            }
            while let row = try table.next() {
                guard let name = row.token("propertyName") else {
                    book.diagnose(
                        .warning, .incompleteRecord, "a manifest row without a propertyName is not read",
                        line: row.line, column: 1, file: displayName)
                    continue
                }
                let value = row.token("value")
                if value == nil, !name.hasPrefix("file.") {
                    // file.* rows are checked below, with what the value should be.
                    book.diagnose(
                        .error, .invalidValue, "manifest property \(name) has no value", line: row.line, column: 2,
                        file: displayName)
                }
                properties[name] = (value ?? "", row.line)
            }
        } catch let error as any DiagnosableError {
            book.diagnose(
                .error, error.diagnosticCode, error.diagnosticMessage, line: error.diagnosticLine,
                column: error.diagnosticColumn, file: displayName)
        } catch {
            book.diagnose(.error, .malformedInput, "\(error)", file: displayName)
        }
        if let declared = properties["oneroster.version"] {
            if let known = OneRosterVersion(rawValue: declared.value) {
                version = known
            } else {
                version = detectedVersion()
                book.diagnose(
                    .warning, .invalidValue,
                    "oneroster.version '\(declared.value)' is not 1.1 or 1.2; read as \(version.rawValue)",
                    line: declared.line, column: 2, file: displayName)
            }
        } else {
            version = detectedVersion()
            book.diagnose(
                .warning, .missingHeader,
                "the manifest has no oneroster.version; read as \(version.rawValue), told from the headers",
                file: displayName)
        }
        for file in Self.readOrder {
            let key = "file." + String(file.dropLast(4))
            // 1.2 spec tables write some keys with a trailing `*`; both spellings are accepted.
            guard let mode = properties[key] ?? properties[key + "*"] else { continue }
            switch mode.value {
            case "bulk", "delta":
                if mode.value == "delta" {
                    deltaFiles.insert(file)
                    book.diagnose(
                        .info, .inferredValue,
                        "the manifest marks \(file) as delta: it holds only the changes since an earlier exchange, "
                            + "which GradePort does not have; it is read as it stands, not applied to an earlier export",
                        line: mode.line, column: 2, file: displayName)
                }
                if !bundle.contains(file) {
                    book.diagnose(
                        .error, .incompleteRecord,
                        "the manifest lists \(file) as \(mode.value), but the \(bundle.path.hasSuffix(".zip") ? "archive" : "folder") has no such file",
                        line: mode.line, column: 2, file: displayName)
                }
            case "absent":
                if bundle.contains(file) {
                    book.diagnose(
                        .warning, .inferredValue,
                        "the manifest says \(file) is absent, but it is there; it is read", line: mode.line,
                        column: 2, file: displayName)
                }
            default:
                book.diagnose(
                    .error, .invalidValue,
                    mode.value.isEmpty
                        ? "\(key) has no value (absent, bulk or delta)"
                        : "\(key) '\(mode.value)' is not absent, bulk or delta", line: mode.line,
                    column: 2, file: displayName)
            }
        }
    }

    /// 1.0 when `classes.csv` has `termSourcedId` (not `termSourcedIds`) or `users.csv` has `userId`
    /// (not `userIds`) and no `enabledUser`; 1.1 when `users.csv` carries `role` and there is no
    /// `roles.csv`; else 1.2.
    private func detectedVersion() -> OneRosterVersion {
        if bundle.contains("roles.csv") { return .v1_2 }
        if let table = try? OneRosterTable("classes.csv", in: bundle), table.header.contains("termSourcedId"),
            !table.header.contains("termSourcedIds")
        {
            return .v1_0
        }
        if let table = try? OneRosterTable("users.csv", in: bundle), table.header.contains("userId"),
            !table.header.contains("userIds"), !table.header.contains("enabledUser")
        {
            return .v1_0
        }
        if let table = try? OneRosterTable("users.csv", in: bundle), table.has("role") { return .v1_1 }
        if let table = try? OneRosterTable("lineItems.csv", in: bundle), table.has("gradingPeriodSourcedId") {
            return .v1_1
        }
        return .v1_2
    }
}
