import Foundation
import GradePortCore
import GradePortTesting
import OneRosterAdapter
import Testing

/// Bundles in the shapes other systems write (issue 17): rows with an unquoted comma, headers that are
/// misspelled or missing, 1.0 bundles, School Data Sync folders, delta manifests. Each is the 1.2 (or
/// 1.1) sample copied and changed the way the real file differed; `docs/formats/oneroster.md` §6 names
/// where each shape was seen.
@Suite struct ForeignBundleTests {
    /// A copy of `Samples/OneRoster/<sample>` with some files replaced or removed, read with the adapter.
    static func read(
        _ sample: String = "v1.2", replacing files: [String: String] = [:], removing: [String] = []
    ) throws -> Gradebook {
        let temporary = try TemporaryFolder(prefix: "gradeport-foreign")
        let folder = temporary.file("bundle")
        try FileManager.default.copyItem(atPath: OneRosterSamples.path(sample), toPath: folder)
        for name in removing { try FileManager.default.removeItem(atPath: folder + "/" + name) }
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return try withExtendedLifetime(temporary) { try OneRosterSamples.read(folder) }
    }

    /// The text of a sample file, its CRLF record ends as LF (Swift takes CRLF for one character).
    static func text(_ sample: String, _ name: String) throws -> String {
        try String(contentsOfFile: OneRosterSamples.path(sample + "/" + name), encoding: .utf8)
            .replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Diagnostics as `FILE:LINE:COLUMN severity code`, the file without its folder.
    static func located(_ book: Gradebook, _ codes: Set<DiagnosticCode>) -> [String] {
        book.diagnostics.filter { codes.contains($0.code) }.map {
            "\((($0.file ?? "") as NSString).lastPathComponent):\($0.line.map(String.init) ?? "-"):"
                + "\($0.column.map(String.init) ?? "-") \($0.severity.rawValue) \($0.code.rawValue)"
        }
    }

    // MARK: - Item 1: ragged rows

    @Test func aRowWithAnUnquotedCommaIsRejectedNotShifted() throws {
        // `Серікқызы, мл.` written without quotes: one field more than the header; every later column
        // would move one place (the IIN into email).
        var users = try Self.text("v1.2", "users.csv")
        users = users.replacingOccurrences(of: ",Аружан,Серікқызы,", with: ",Аружан,Серікқызы, мл.,")
        // A short row, as a real roles.csv had 9-field rows under a longer header.
        var roles = try Self.text("v1.2", "roles.csv").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        roles[2] = roles[2].split(separator: ",", omittingEmptySubsequences: false).dropLast(2).joined(separator: ",")
        let book = try Self.read(replacing: ["users.csv": users, "roles.csv": roles.joined(separator: "\n")])
        #expect(
            Self.located(book, [.raggedRow]) == [
                "users.csv:2:24 error ragged-row", "roles.csv:3:9 error ragged-row",
            ])
        let message = try #require(book.diagnostics.first { $0.code == .raggedRow })
        #expect(message.message.hasPrefix("the row has 24 field(s) where the header has 23"))
        #expect(message.message.contains("unquoted comma"))
        // Neither row was read by position: no person has an IIN as an e-mail, Аружан is not read, and
        // what refers to her is a note, not a second error. Ерасыл (the short roles row) has no role.
        #expect(!book.people.contains { $0.email?.contains("@") == false })
        #expect(!book.people.contains { $0.givenName == "Аружан" })
        #expect(!book.people.contains { $0.givenName == "Ерасыл" })
        #expect(book.people.count == 8)
        #expect(!book.diagnostics.contains { $0.code == .danglingReference && $0.severity == .error })
    }

    @Test func aFieldPushedPastTheHeaderIsAnErrorEvenWhenBlank() throws {
        // The shifted row's last field is the blank `pronouns`: it cannot be told from a trailing comma,
        // and the row is still shifted.
        var orgs = try Self.text("v1.2", "orgs.csv").split(separator: "\n").map(String.init)
        orgs[2] += ","
        let book = try Self.read(replacing: ["orgs.csv": orgs.joined(separator: "\n") + "\n"])
        #expect(Self.located(book, [.raggedRow]) == ["orgs.csv:3:8 error ragged-row"])
        #expect(book.schools.isEmpty)
    }

    /// Two exports' `users.csv` joined with `cat` keep the second header in the middle: it is skipped
    /// with a warning at its line, never read as a user, and the rows after it are read.
    @Test func aHeaderRepeatedMidFileIsSkipped() throws {
        let lines = try Self.text("v1.2", "users.csv").split(separator: "\n").map(String.init)
        let joined = [lines[0]] + lines[1...3] + [lines[0]] + lines[4...]
        let plain = try Self.read()
        let book = try Self.read(replacing: ["users.csv": joined.joined(separator: "\n") + "\n"])
        #expect(Self.located(book, [.skippedRow]) == ["users.csv:5:- warning skipped-row"])
        #expect(book.diagnostics.first { $0.code == .skippedRow }?.message.hasPrefix("the header row again") == true)
        #expect(book.people.map(\.id) == plain.people.map(\.id))
        #expect(!book.people.contains { $0.externalIds.contains { $0.id == "sourcedId" } })
        #expect(!book.diagnostics.contains { $0.severity == .error })
    }

    // MARK: - Item 7: headers and values

    @Test func headerProblemsAreReported() throws {
        var users = try Self.text("v1.2", "users.csv").split(separator: "\n").map(String.init)
        // A misspelled dateLastModified, a column that is not OneRoster's, an empty name, a repeated name.
        users[0] = users[0].replacingOccurrences(of: "dateLastModified", with: "dateLastModifed")
            .replacingOccurrences(of: ",sms,", with: ",school,").replacingOccurrences(of: ",pronouns", with: ",")
            .replacingOccurrences(of: ",phone,", with: ",email,")
        // A category file without status.
        let categories = try Self.text("v1.2", "categories.csv")
            .replacingOccurrences(of: "sourcedId,status,dateLastModified,", with: "sourcedId,dateLastModified,")
            .split(separator: "\n").map { line -> String in
                var fields = line.split(separator: ",", omittingEmptySubsequences: false)
                if line.hasPrefix("sourcedId") { return String(line) }
                fields.remove(at: 1)
                return fields.joined(separator: ",")
            }.joined(separator: "\n")
        let book = try Self.read(replacing: ["users.csv": users.joined(separator: "\n"), "categories.csv": categories])
        #expect(
            Self.located(book, [.ignoredContent, .missingHeader, .malformedInput, .missingColumn]).filter {
                !$0.contains(" info ")
            } == [
                "users.csv:1:3 warning ignored-content", "users.csv:1:12 warning ignored-content",
                "users.csv:1:13 error malformed-input", "users.csv:1:23 warning missing-header",
                "users.csv:1:- warning missing-column", "categories.csv:1:- warning missing-column",
            ])
        #expect(book.diagnostics.contains { $0.message.hasPrefix("'dateLastModifed' is not a OneRoster column") })
        #expect(book.diagnostics.contains { $0.message.hasPrefix("column 13 is named 'email' again (as column 11)") })
        // The users are still read (the e-mail from the first email column).
        #expect(book.people.first { $0.givenName == "Аружан" }?.email == "aruzhan.serikkyzy@school12.example.kz")
    }

    @Test func aDateLastModifiedThatIsNotISOIsAnInvalidDate() throws {
        var orgs = try Self.text("v1.2", "orgs.csv").split(separator: "\n").map(String.init)
        var fields = orgs[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[2] = "1/05/2023"
        orgs[1] = fields.joined(separator: ",")
        let book = try Self.read(replacing: ["orgs.csv": orgs.joined(separator: "\n") + "\n"])
        #expect(Self.located(book, ["invalid-date"]) == ["orgs.csv:2:3 error invalid-date"])
        // The cell is rejected, the record kept.
        #expect(book.schools.count == 1)
    }

    @Test func anEmptyManifestValueIsAnError() throws {
        let manifest = try Self.text("v1.2", "manifest.csv")
            .replacingOccurrences(of: "file.courses,bulk", with: "file.courses,")
            .replacingOccurrences(of: "manifest.version,1.0", with: "manifest.version,")
        let book = try Self.read(replacing: ["manifest.csv": manifest])
        let errors = book.diagnostics.filter { $0.code == "invalid-value" && $0.severity == .error }.map(\.message)
        #expect(
            errors == [
                "manifest property manifest.version has no value", "file.courses has no value (absent, bulk or delta)",
            ])
    }

    @Test func aDeltaManifestIsNoted() throws {
        let manifest = try Self.text("v1.2", "manifest.csv")
            .replacingOccurrences(of: "file.results,bulk", with: "file.results,delta")
        let book = try Self.read(replacing: ["manifest.csv": manifest])
        let note = try #require(
            book.diagnostics.first { $0.message.hasPrefix("the manifest marks results.csv as delta") })
        #expect(note.severity == .info)
        // In a delta file status and dateLastModified are required: missing, they are an error.
        let results = try Self.text("v1.2", "results.csv")
            .replacingOccurrences(of: "sourcedId,status,dateLastModified,", with: "sourcedId,state,dateLastModified,")
        let without = try Self.read(replacing: ["manifest.csv": manifest, "results.csv": results])
        #expect(Self.located(without, [.missingColumn]) == ["results.csv:1:- error missing-column"])
        #expect(without.results.count == (try OneRosterSamples.read(OneRosterSamples.path("v1.2"))).results.count)
    }

    // MARK: - Item 7: OneRoster 1.0 and School Data Sync

    @Test func aOneRosterOnePointZeroBundleIsReadAsOnePointZero() throws {
        // 1.0 (2015): no manifest; classes.termSourcedId (one term); users.userId, no enabledUser or userIds.
        let users = try Self.text("v1.1", "users.csv").split(separator: "\n").map { line in
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            // enabledUser, userIds → userId (a plain id), middleName, grades and password do not exist in 1.0.
            fields[7] =
                fields[0] == "sourcedId"
                ? "userId"
                : fields[7].trimmingCharacters(in: CharacterSet(charactersIn: "{}"))
                    .replacingOccurrences(of: "sis:", with: "")
            for index in [17, 16, 10, 3] { fields.remove(at: index) }
            return fields.joined(separator: ",")
        }.joined(separator: "\n")
        let classes = try Self.text("v1.1", "classes.csv")
            .replacingOccurrences(of: "termSourcedIds", with: "termSourcedId")
            .replacingOccurrences(
                of: "\"e0839731-380f-56e2-acea-78c2b6b97fb2,02124322-b16e-577a-ae6e-2a5fe6575bed\"",
                with: "e0839731-380f-56e2-acea-78c2b6b97fb2")
        let book = try Self.read(
            "v1.1", replacing: ["users.csv": users, "classes.csv": classes], removing: ["manifest.csv"])
        #expect(
            book.diagnostics.filter { $0.severity == .error }.isEmpty,
            "\(book.diagnostics.filter { $0.severity == .error })")
        #expect(!book.diagnostics.contains { $0.code == .missingColumn })
        #expect(book.diagnostics.contains { $0.message.contains("a OneRoster 1.0 bundle, read with 1.0's columns") })
        #expect(book.people.count == 10)
        let aruzhan = try #require(book.people.first { $0.givenName == "Аружан" })
        #expect(aruzhan.externalIds.contains(Person.ExternalID(platform: "oneroster-userId", id: "7A-01")))
        #expect(book.results.count == (try OneRosterSamples.read(OneRosterSamples.path("v1.1"))).results.count)
    }

    @Test func aSchoolDataSyncFolderIsNamedNotReadAsOneRoster() throws {
        // Microsoft's `CSV Samples/SDS v2.1/` headers, written by GradePort's own SDS writer.
        let temporary = try TemporaryFolder(prefix: "gradeport-sds")
        let files = [
            "orgs.csv": "sourcedId,name,type,parentSourcedId\n110003,Школа №12,school,\n",
            "users.csv": "sourcedId,username,givenName,familyName,password,activeDirectoryMatchId,email,phone,sms\n"
                + "114001,a.serikkyzy@school12.example.kz,Аружан,Серікқызы,,,,,\n",
            "roles.csv": "userSourcedId,orgSourcedId,role,sessionSourcedId,grade,isPrimary,roleStartDate,roleEndDate\n"
                + "114001,110003,student,SY2025,7,TRUE,,\n",
            "academicSessions.csv": "sourcedId,title,type,schoolYear,startDate,endDate\n"
                + "SY2025,2025 School Year,schoolYear,2025,2025-09-01,2026-05-31\n",
            "enrollments.csv": "classSourcedId,userSourcedId,role\nC1,114001,student\n",
        ]
        for (name, text) in files { _ = try temporary.write(name, text) }
        let outcome = try PlatformRegistry([OneRosterPlatform()]).readGradebook(from: [temporary.path])
        #expect(outcome.unreadableInputs == [temporary.path])
        let errors = outcome.gradebook.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("holds Microsoft School Data Sync v2.1 files, not OneRoster") == true)
        #expect(errors.first?.message.contains("SDS files are an output format of GradePort (--to sds)") == true)
        #expect(outcome.gradebook.people.isEmpty)
    }

    // MARK: - Item 9: smaller

    @Test func severalSubjectsAreNamedAndDanglingClassReferencesAreWarnings() throws {
        var classes = try Self.text("v1.2", "classes.csv").split(separator: "\n").map(String.init)
        classes[1] = classes[1].replacingOccurrences(of: ",Математика,", with: ",\"Математика,Алгебра\",")
        classes[2] = classes[2].replacingOccurrences(of: "969ed502", with: "00000000")
            .replacingOccurrences(of: "4bd44363", with: "00000000")
        let book = try Self.read(replacing: ["classes.csv": classes.joined(separator: "\n") + "\n"])
        #expect(
            book.diagnostics.contains {
                $0.severity == .info
                    && $0.message
                        == "subjects lists 2 subjects (Математика, Алгебра); the class is read with the first, 'Математика'"
            })
        // A class read without its course is still read: a warning, so nothing rejected gives exit status 1.
        let dangling = book.diagnostics.filter { $0.code == .danglingReference }
        #expect(dangling.count == 1)
        #expect(dangling.allSatisfy { $0.severity == .warning })
        #expect(book.classes.count == 3)
    }

    @Test func otherRolesAreNamedInPlainWords() throws {
        let book = try OneRosterSamples.read(OneRosterSamples.path("v1.2"))
        #expect(
            book.diagnostics.contains {
                $0.message.hasSuffix("has the role guardian, not student or teacher; not read")
            })
        #expect(!book.diagnostics.contains { $0.message.contains("is a ") })
    }
}
