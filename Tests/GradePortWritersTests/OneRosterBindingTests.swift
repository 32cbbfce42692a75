import Foundation
import GradePortCore
import GradePortTesting
import GradePortWriters
import Testing

/// The OneRoster export checked column by column against the 1.2 CSV binding as the reference notes
/// (§7) state it: the test's own lists, not the writer's constants.
@Suite struct OneRosterBindingTests {
    /// The 1.2 columns of each file, in binding order (reference notes §7.4; DA2022 header-order lists).
    static let binding: [String: [String]] = [
        "orgs.csv": ["sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"],
        "academicSessions.csv": [
            "sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate", "parentSourcedId",
            "schoolYear",
        ],
        "courses.csv": [
            "sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades",
            "orgSourcedId", "subjects", "subjectCodes",
        ],
        "classes.csv": [
            "sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode", "classType",
            "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods",
        ],
        "users.csv": [
            "sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName",
            "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password",
            "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName", "preferredMiddleName",
            "preferredFamilyName", "primaryOrgSourcedId", "pronouns",
        ],
        "roles.csv": [
            "sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate",
            "orgSourcedId", "userProfileSourcedId",
        ],
        "enrollments.csv": [
            "sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role",
            "primary", "beginDate", "endDate",
        ],
        "categories.csv": ["sourcedId", "status", "dateLastModified", "title", "weight"],
        "lineItems.csv": [
            "sourcedId", "status", "dateLastModified", "title", "description", "assignDate", "dueDate",
            "classSourcedId", "categorySourcedId", "academicSessionSourcedId", "resultValueMin", "resultValueMax",
            "schoolSourcedId",
        ],
        "results.csv": [
            "sourcedId", "status", "dateLastModified", "lineItemSourcedId", "studentSourcedId", "scoreStatus", "score",
            "scoreDate", "comment", "textScore", "classSourcedId", "inProgress", "incomplete", "late", "missing",
        ],
    ]

    /// The columns each row must fill (reference notes §7.4: Req).
    static let required: [String: [String]] = [
        "orgs.csv": ["sourcedId", "name", "type"],
        "academicSessions.csv": ["sourcedId", "title", "type", "startDate", "endDate", "schoolYear"],
        "courses.csv": ["sourcedId", "title", "orgSourcedId"],
        "classes.csv": ["sourcedId", "title", "courseSourcedId", "classType", "schoolSourcedId", "termSourcedIds"],
        "users.csv": ["sourcedId", "enabledUser", "username", "givenName", "familyName"],
        "roles.csv": ["sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId"],
        "enrollments.csv": ["sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"],
        "categories.csv": ["sourcedId", "title"],
        "lineItems.csv": [
            "sourcedId", "title", "assignDate", "dueDate", "classSourcedId", "categorySourcedId",
            "academicSessionSourcedId", "schoolSourcedId",
        ],
        "results.csv": ["sourcedId", "lineItemSourcedId", "studentSourcedId", "scoreStatus", "scoreDate"],
    ]

    /// Enumerated columns and their values (reference notes §7.3–§7.4; DA2022 for 1.2 roles).
    static let enumerations: [String: [String: Set<String>]] = [
        "orgs.csv": ["type": ["department", "school", "district", "local", "state", "national"]],
        "academicSessions.csv": ["type": ["gradingPeriod", "semester", "schoolYear", "term"]],
        "classes.csv": ["classType": ["homeroom", "scheduled"]],
        "users.csv": ["enabledUser": ["true", "false"]],
        "roles.csv": [
            "roleType": ["primary", "secondary"],
            "role": [
                "aide", "counselor", "districtAdministrator", "guardian", "parent", "principal", "proctor", "relative",
                "siteAdministrator", "student", "systemAdministrator", "teacher",
            ],
        ],
        "enrollments.csv": [
            "role": ["administrator", "proctor", "student", "teacher"], "primary": ["true", "false"],
        ],
        "results.csv": [
            "scoreStatus": ["exempt", "fully graded", "not submitted", "partially graded", "submitted"],
            "late": ["true", "false"], "missing": ["true", "false"],
        ],
    ]

    static var date: Regex<(Substring, Substring, Substring)> { /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/ }
    static var dateTime: Regex<(Substring, Substring?, Substring?, Substring?)> {
        /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/
    }
    static var identifier: Regex<Substring> { /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/ }
    static let ceds: Set<String> = ["KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13"]

    static func export(_ book: Gradebook = TestBooks.school()) throws -> (folder: String, files: [String: CSVFile]) {
        let temporary = try TemporaryFolder(prefix: "gradeport-interchange")
        let folder = temporary.file("bundle")
        try OneRosterWriter(options: .init(referenceDate: "2026-01-15")).write(
            book, to: FileSetDestination(path: folder))
        var files: [String: CSVFile] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            files[name] = try CSVFile(folder + "/" + name)
        }
        return (folder, files)
    }

    @Test func theManifestListsEveryFileOfVersionOnePointTwo() throws {
        let (_, files) = try Self.export()
        let manifest = try #require(files["manifest.csv"])
        #expect(manifest.header == ["propertyName", "value"])
        let properties = Dictionary(uniqueKeysWithValues: manifest.rows.map { ($0[0], $0[1]) })
        #expect(properties["manifest.version"] == "1.0")
        #expect(properties["oneroster.version"] == "1.2")
        #expect(manifest.rows.count == 2 + 21 + 2)
        let written = Set(files.keys).subtracting(["manifest.csv"])
        #expect(
            written == [
                "orgs.csv", "academicSessions.csv", "courses.csv", "classes.csv", "users.csv", "roles.csv",
                "enrollments.csv", "categories.csv", "lineItems.csv", "results.csv",
            ])
        for (key, value) in properties where key.hasPrefix("file.") {
            #expect(value == (written.contains(key.dropFirst(5) + ".csv") ? "bulk" : "absent"), "\(key)")
        }
        #expect(properties["file.scoreScales"] == "absent" && properties["file.demographics"] == "absent")
        #expect(properties["source.systemName"] == "GradePort")
    }

    @Test func headersAreTheBindingsColumnsThenExtensions() throws {
        let (_, files) = try Self.export()
        for (name, columns) in Self.binding {
            let file = try #require(files[name], "\(name)")
            #expect(Array(file.header.prefix(columns.count)) == columns, "\(name)")
            #expect(file.header.dropFirst(columns.count).allSatisfy { $0.hasPrefix("metadata.gradeport.") }, "\(name)")
            #expect(Set(file.header).count == file.header.count, "\(name): header names repeat")
            #expect(!file.rows.isEmpty, "\(name): the binding forbids files without data rows")
        }
    }

    @Test(arguments: ["school", "edges"])
    func everyRowFollowsTheBinding(_ which: String) throws {
        let (_, files) = try Self.export(which == "school" ? TestBooks.school() : EdgeGradebook.make())
        for (name, file) in files where name != "manifest.csv" {
            for (index, record) in file.records.enumerated() {
                let place = "\(name) row \(index + 2)"
                #expect(file.rows[index].count == file.header.count, "\(place): field count")
                for column in Self.required[name] ?? [] {
                    #expect(!(record[column] ?? "").isEmpty, "\(place): required \(column) is empty")
                }
                #expect(record["status"] == "" && record["dateLastModified"] == "", "\(place): bulk")
                for (column, values) in Self.enumerations[name] ?? [:] {
                    let value = record[column] ?? ""
                    #expect(value.isEmpty || values.contains(value), "\(place): \(column) '\(value)'")
                }
                for column in ["startDate", "endDate", "scoreDate"] where !(record[column] ?? "").isEmpty {
                    #expect(record[column]!.wholeMatch(of: Self.date) != nil, "\(place): \(column) \(record[column]!)")
                }
                for column in ["assignDate", "dueDate"] where !(record[column] ?? "").isEmpty {
                    #expect(record[column]!.wholeMatch(of: Self.dateTime) != nil, "\(place): \(column)")
                }
                if let year = record["schoolYear"] { #expect(year.wholeMatch(of: /\d{4}/) != nil, "\(place)") }
                if let grades = record["grades"], !grades.isEmpty {
                    #expect(grades.split(separator: ",").allSatisfy { Self.ceds.contains(String($0)) }, "\(place)")
                }
                for field in file.rows[index] { #expect(!field.contains("\r"), "\(place): a carriage return") }
            }
        }
    }

    @Test(arguments: ["school", "edges"])
    func identifiersAreUniqueAndEveryReferenceResolves(_ which: String) throws {
        let (_, files) = try Self.export(which == "school" ? TestBooks.school() : EdgeGradebook.make())
        var ids: [String: Set<String>] = [:]
        for (name, file) in files where name != "manifest.csv" {
            let column = file.column("sourcedId")
            #expect(Set(column).count == column.count, "\(name): sourcedIds repeat")
            #expect(column.allSatisfy { $0.wholeMatch(of: Self.identifier) != nil }, "\(name)")
            ids[name] = Set(column)
        }
        func check(_ file: String, _ column: String, _ target: String, list: Bool = false, optional: Bool = false) {
            for value in files[file]?.column(column) ?? [] {
                if value.isEmpty {
                    #expect(optional, "\(file).\(column) is empty")
                    continue
                }
                for item in list ? value.split(separator: ",").map(String.init) : [value] {
                    #expect(ids[target]?.contains(item) == true, "\(file).\(column) → \(target): \(item)")
                }
            }
        }
        check("orgs.csv", "parentSourcedId", "orgs.csv", optional: true)
        check("academicSessions.csv", "parentSourcedId", "academicSessions.csv", optional: true)
        check("courses.csv", "orgSourcedId", "orgs.csv")
        check("classes.csv", "courseSourcedId", "courses.csv")
        check("classes.csv", "schoolSourcedId", "orgs.csv")
        check("classes.csv", "termSourcedIds", "academicSessions.csv", list: true)
        check("users.csv", "primaryOrgSourcedId", "orgs.csv")
        check("roles.csv", "userSourcedId", "users.csv")
        check("roles.csv", "orgSourcedId", "orgs.csv")
        check("enrollments.csv", "classSourcedId", "classes.csv")
        check("enrollments.csv", "schoolSourcedId", "orgs.csv")
        check("enrollments.csv", "userSourcedId", "users.csv")
        check("lineItems.csv", "classSourcedId", "classes.csv")
        check("lineItems.csv", "categorySourcedId", "categories.csv")
        check("lineItems.csv", "academicSessionSourcedId", "academicSessions.csv")
        check("lineItems.csv", "schoolSourcedId", "orgs.csv")
        check("results.csv", "lineItemSourcedId", "lineItems.csv")
        check("results.csv", "studentSourcedId", "users.csv")
        check("results.csv", "classSourcedId", "classes.csv")
        // Bulk completeness: every result's student is enrolled in the class of its line item.
        let enrolled = Set(files["enrollments.csv"]!.records.map { $0["classSourcedId"]! + "|" + $0["userSourcedId"]! })
        let itemClass = Dictionary(
            uniqueKeysWithValues: files["lineItems.csv"]!.records.map { ($0["sourcedId"]!, $0["classSourcedId"]!) })
        for result in files["results.csv"]!.records {
            #expect(enrolled.contains(itemClass[result["lineItemSourcedId"]!]! + "|" + result["studentSourcedId"]!))
            #expect(itemClass[result["lineItemSourcedId"]!] == result["classSourcedId"])
        }
    }

    @Test func valuesMapTheGradebook() throws {
        let (_, files) = try Self.export()
        let orgs = files["orgs.csv"]!.records
        // The assessment without a class belongs to no school: a default organisation holds its class.
        #expect(orgs.map { $0["name"] } == ["КГУ «Школа-лицей №12»", "School (not named in the source)"])
        #expect(orgs[1]["metadata.gradeport.placeholders"] == "name" && orgs[1]["metadata.gradeport.id"] == "")
        #expect(orgs[0]["identifier"] == "990340005678" && orgs[0]["type"] == "school")
        let sessions = files["academicSessions.csv"]!.records
        // 1.2 binding: the school year holds a year-long term, which holds the quarters as grading periods
        // (issue 17, item 5).
        #expect(sessions.map { $0["type"] } == ["schoolYear", "term", "gradingPeriod", "gradingPeriod"])
        #expect(sessions.map { $0["schoolYear"] } == ["2026", "2026", "2026", "2026"])
        #expect(sessions[1]["title"] == "2025-2026" && sessions[1]["metadata.gradeport.id"] == "")
        #expect(sessions[1]["parentSourcedId"] == sessions[0]["sourcedId"])
        #expect(sessions[2]["title"] == "1 четверть" && sessions[2]["startDate"] == "2025-09-01")
        // A quarter without dates takes its school year's assumed bounds and says so.
        #expect(sessions[3]["title"] == "Q2 2025-2026" && sessions[3]["startDate"] == "2025-09-01")
        #expect(sessions[3]["metadata.gradeport.placeholders"] == "title,startDate,endDate")
        #expect(sessions.dropFirst(2).allSatisfy { $0["parentSourcedId"] == sessions[1]["sourcedId"] })
        let classes = files["classes.csv"]!.records
        #expect(classes.map { $0["title"] } == ["7А Математика", "7А", "8Ә Қазақ тілі", "8Ә", "Қазақ тілі"])
        #expect(classes.map { $0["classType"] } == ["scheduled", "homeroom", "scheduled", "homeroom", "scheduled"])
        #expect(classes.map { $0["grades"] } == ["07", "07", "08", "08", ""])
        #expect(classes[0]["classCode"] == "7А" && classes[0]["subjects"] == "Математика")
        let categories = files["categories.csv"]!.records
        #expect(categories.map { $0["title"] } == ["ФО", "СОР", "СОЧ", "Итоговая оценка"])
        let items = files["lineItems.csv"]!.records
        #expect(items.map { $0["resultValueMax"] } == ["20", "30", "10", "15", "5"])
        #expect(items[1]["dueDate"] == "2025-12-19T09:00:00Z")
        #expect(items[2]["metadata.gradeport.placeholders"] == "assignDate,dueDate,academicSessionSourcedId")
        let results = files["results.csv"]!.records
        #expect(
            results.map { $0["scoreStatus"] } == [
                "fully graded", "not submitted", "not submitted", "fully graded", "exempt", "exempt", "submitted",
                "fully graded", "fully graded",
            ])
        #expect(results.map { $0["metadata.gradeport.status"] }[0...2] == ["graded", "missing", "absent"])
        #expect(results[0]["score"] == "18.5" && results[0]["textScore"] == "18,5")
        #expect(results[0]["comment"] == "Хорошо,\nно проверь")
        // A status word is not a text score: it goes to the raw extension column (issue 17, item 9).
        #expect(results[1]["missing"] == "true" && results[1]["textScore"] == "")
        #expect(results[1]["metadata.gradeport.raw"] == "Missing")
        #expect(results[0]["metadata.gradeport.raw"] == "")
        #expect(results[3]["textScore"] == "")  // raw "27" is the score as written
        #expect(results[3]["scoreDate"] == "2025-12-19")
        #expect(results[0]["metadata.gradeport.sourceFile"] == "school.json")
        #expect(results[0]["metadata.gradeport.sourceLine"] == "2")
        let users = files["users.csv"]!.records
        #expect(users.first { $0["familyName"] == "Ким" }?["username"]?.isEmpty == false)
        #expect(users.first { $0["familyName"] == "Серікқызы" }?["middleName"] == "Болатұлы")
        let roles = files["roles.csv"]!.records
        // Every user has a primary role; Ерлан, with a result in the class of the default organisation, a
        // secondary one there.
        #expect(
            roles.filter { $0["roleType"] == "primary" }.map { $0["userSourcedId"] } == users.map { $0["sourcedId"] })
        #expect(roles.filter { $0["roleType"] == "secondary" }.map { $0["orgSourcedId"] } == [orgs[1]["sourcedId"]])
        let enrollments = files["enrollments.csv"]!.records
        let teacher = users.first { $0["familyName"] == "Петров" }!["sourcedId"]!
        // Two teachers in 8Ә Қазақ тілі: neither is primary; Омарова alone in 7А Математика is.
        #expect(enrollments.filter { $0["userSourcedId"] == teacher }.map { $0["primary"] } == ["false"])
        #expect(enrollments.filter { $0["role"] == "teacher" }.map { $0["primary"] } == ["true", "false", "false"])
        #expect(enrollments.filter { $0["metadata.gradeport.derived"] == "true" }.count == 1)
    }

    @Test func theSameGradebookGivesTheSameBytesInAFolderAndInAnArchive() throws {
        let first = try Self.export()
        let second = try Self.export()
        #expect(first.files.keys.sorted() == second.files.keys.sorted())
        for (name, file) in first.files { #expect(file.bytes == second.files[name]?.bytes, "\(name)") }
        let temporary = try TemporaryFolder(prefix: "gradeport-interchange")
        let folder = temporary.path
        for name in ["a.zip", "b.zip"] {
            try OneRosterWriter(options: .init(referenceDate: "2026-01-15")).write(
                TestBooks.school(), to: FileSetDestination(path: folder + "/" + name))
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.zip"))
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: folder + "/b.zip"))))
        #expect(a.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.zip", "b.zip"])
    }

    @Test func identifiersComeFromNaturalKeysNotFromPositions() throws {
        var book = TestBooks.school()
        let before = try Self.export(book).files
        // Another student first, a school renamed: the others' identifiers do not move.
        book.people.insert(Person(id: "p0", familyName: "Новый", givenName: "Ученик"), at: 0)
        book.schools[0].name = "Другое название"
        let after = try Self.export(book).files
        let idsBefore = Set(before["users.csv"]!.column("sourcedId"))
        let idsAfter = Set(after["users.csv"]!.column("sourcedId"))
        #expect(idsBefore.isSubset(of: idsAfter) && idsAfter.count == idsBefore.count + 1)
        for file in ["orgs.csv", "academicSessions.csv", "classes.csv", "lineItems.csv", "results.csv"] {
            #expect(before[file]!.column("sourcedId") == after[file]!.column("sourcedId"), "\(file)")
        }
        // A person is keyed by IIN, else e-mail: the same pupil read from another platform keeps her id.
        var other = TestBooks.school()
        other.people[0].id = "teams:aruzhan@school12.kz"
        other.enrollments = other.enrollments.map {
            var e = $0; if e.person == "p1" { e.person = other.people[0].id }; return e
        }
        other.results = other.results.map {
            var r = $0; if r.person == "p1" { r.person = other.people[0].id }; return r
        }
        let moved = try Self.export(other).files
        #expect(moved["users.csv"]!.column("sourcedId") == before["users.csv"]!.column("sourcedId"))
        #expect(
            StableIdentifier.make(kind: "user", key: "email:aruzhan@school12.kz") == before["users.csv"]!.rows[0][0])
    }
}
