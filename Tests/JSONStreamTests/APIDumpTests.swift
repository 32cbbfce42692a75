import GradePortTesting
import JSONStream
import Testing

struct APIDumpTests {
    /// Reads `collections` and returns (collection, id, line) per record, plus the summary.
    private func read(
        _ dump: APIDump, _ collections: [APIDumpCollection]
    ) throws -> (records: [APIDumpRecord], summary: APIDumpSummary) {
        var records: [APIDumpRecord] = []
        let summary = try dump.records(in: collections) { records.append($0) }
        return (records, summary)
    }

    @Test func singleFileWithBareAndWrappedCollections() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let file = try folder.write(
            "dump.json",
            """
            {
              "courses": [{"id": "612345678901", "name": "7B Mathematics"}],
              "students": {"students": [
                {"userId": "1"},
                {"userId": "2"}
              ], "nextPageToken": ""},
              "submissions": {"@odata.context": "https://graph.microsoft.com/$metadata", "value": [{"id": "s1"}]},
              "quarter": {"data": [{"subjectId": 7000000000123456789}], "success": true},
              "user_info": {"data": {"surname": "Иванов"}},
              "topics": {"topic": []},
              "nextPageToken": "abc"
            }
            """)
        let dump = try APIDump(path: file)
        #expect(!dump.isFolder)
        #expect(
            dump.collectionKeys == [
                "courses", "students", "submissions", "quarter", "user_info", "topics", "nextPageToken",
            ])
        let (records, summary) = try read(
            dump, ["courses", "students", "submissions", "quarter", "user_info", "topics", "teachers"])
        #expect(
            records.map(\.collection) == [
                "courses", "students", "students", "submissions", "quarter", "user_info", "topics",
            ])
        #expect(records[0].value["name"] == "7B Mathematics")
        #expect(records[1].value == ["userId": "1"])
        #expect(records[1].line == 4)
        #expect(records[1].column == 5)
        #expect(records[2].line == 5)
        #expect(records[3].value["id"] == "s1")
        #expect(records[4].value["subjectId"]?.idString == "7000000000123456789")
        #expect(records[5].value["surname"] == "Иванов")
        // A single object that is no wrapper is one record.
        #expect(records[6].value == ["topic": []])
        #expect(records.allSatisfy { $0.file == file })
        #expect(
            summary.recordCounts == [
                "courses": 1, "students": 2, "submissions": 1, "quarter": 1, "user_info": 1, "topics": 1,
            ])
        #expect(summary.ignoredKeys.map(\.key) == ["quarter.success", "nextPageToken"])
        #expect(summary.ignoredKeys.map(\.line) == [8, 11])
        #expect(summary.missingCollections == ["teachers"])
    }

    @Test func singleObjectCollectionAndGraphEntityWithODataMembers() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let file = try folder.write(
            "graph.json",
            #"""
            {"class": {"@odata.context": "x", "id": "c0f1", "displayName": "7А"},
             "members": {"value": [{"@odata.type": "#microsoft.graph.educationUser", "id": "u1"}],
                         "@odata.nextLink": "https://graph.microsoft.com/next"},
             "assignments": [{"id": "a1", "submissions": [{"id": "s1"}]}]}
            """#)
        let (records, summary) = try read(try APIDump(path: file), ["class", "members", "assignments"])
        #expect(records.map(\.collection) == ["class", "members", "assignments"])
        #expect(records[0].value["displayName"] == "7А")
        #expect(records[0].line == 1)
        #expect(records[0].column == 11)
        #expect(records[1].value["id"] == "u1")
        #expect(records[2].value["submissions"]?.array?.count == 1)
        #expect(summary.ignoredKeys.map(\.key) == ["members.@odata.nextLink"])
    }

    @Test func aliasesMatchExactlyAndReportTheName() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let file = try folder.write("dump.json", #"{"Students": [1], "pupils": [{"id": 2}]}"#)
        let (records, summary) = try read(try APIDump(path: file), [APIDumpCollection("students", aliases: ["pupils"])])
        #expect(records.map(\.collection) == ["students"])
        #expect(records.map(\.key) == ["pupils"])
        #expect(summary.ignoredKeys.map(\.key) == ["Students"])
    }

    @Test func bareTopLevelArray() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let file = try folder.write(
            "criteria-marks-totals-light.json",
            """
            [{"SubjectName": "Алгебра", "SubjectId": 1000000000000000001},
             {"SubjectName": "Физика"}]
            """)
        let dump = try APIDump(path: file)
        #expect(dump.collectionKeys == [""])
        let byEmptyAlias = try read(dump, [APIDumpCollection("criteriaMarksTotals", aliases: [""])])
        #expect(byEmptyAlias.records.map(\.collection) == ["criteriaMarksTotals", "criteriaMarksTotals"])
        #expect(byEmptyAlias.records[0].value["SubjectId"]?.idString == "1000000000000000001")
        #expect(byEmptyAlias.records[0].value["SubjectId"]?.number?.int64 == 1_000_000_000_000_000_001)
        let byFileName = try read(dump, [APIDumpCollection("totals", aliases: ["criteria-marks-totals-light"])])
        #expect(byFileName.records.map(\.key) == ["criteria-marks-totals-light", "criteria-marks-totals-light"])
        #expect(byFileName.records[1].value["SubjectName"] == "Физика")
    }

    @Test func folderWithPagedFilesInPageOrder() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        try folder.write("students-10.json", #"{"students": [{"userId": "10"}]}"#)
        try folder.write("students.json", #"{"students": [{"userId": "1"}], "nextPageToken": "p2"}"#)
        try folder.write("students-2.json", #"[{"userId": "2"}]"#)
        try folder.write("studentSubmissions.page1.json", #"{"studentSubmissions": [{"id": "a"}]}"#)
        try folder.write("studentSubmissions_p2.json", "\n\n  [{\"id\": \"b\"}]")
        try folder.write("Courses.JSON", #"{"courses": [{"id": "c"}]}"#)
        try folder.write("teachers.json", #"{"teachers": []}"#)
        try folder.write("README.md", "not json")
        let dump = try APIDump(path: folder.path)
        #expect(dump.isFolder)
        #expect(dump.collectionKeys == ["Courses", "students", "studentSubmissions", "teachers"])
        #expect(dump.otherFiles == [folder.path + "/README.md"])
        let (records, summary) = try read(dump, ["courses", "students", "studentSubmissions"])
        #expect(
            records.map(\.collection) == [
                "courses", "students", "students", "students", "studentSubmissions", "studentSubmissions",
            ])
        #expect(records.compactMap { $0.value["userId"]?.string } == ["1", "2", "10"])
        #expect(
            records.map { ($0.file as String).split(separator: "/").last! } == [
                "Courses.JSON", "students.json", "students-2.json", "students-10.json",
                "studentSubmissions.page1.json", "studentSubmissions_p2.json",
            ])
        #expect(records[5].line == 3)
        #expect(records[5].column == 4)
        #expect(summary.ignoredKeys.map(\.key) == ["students.nextPageToken", "teachers.json"])
        #expect(summary.files.count == 6)
    }

    @Test func emptyFolderIsNotADump() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let error = try #require(throws: JSONReadError.self) { try APIDump(path: folder.path) }
        #expect(error.code == .notADump)
        #expect(error.description == "\(folder.path): the folder holds no JSON files")
    }

    @Test func folderWithoutMatchingFilesIsNotADump() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        try folder.write("grades.json", "[]")
        let error = try #require(throws: JSONReadError.self) { try read(try APIDump(path: folder.path), ["students"]) }
        #expect(error.code == .notADump)
        #expect(error.message == "none of the requested collections ('students') is in this dump; it holds 'grades'")
    }

    @Test func fileWithoutRequestedKeysOrWithAScalarIsNotADump() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let keys = try folder.write("a.json", #"{"other": []}"#)
        #expect(throws: JSONReadError.self) { try read(try APIDump(path: keys), ["students"]) }
        let scalar = try folder.write("b.json", #""hello""#)
        let error = try #require(throws: JSONReadError.self) { try read(try APIDump(path: scalar), ["students"]) }
        #expect(error.code == .notADump)
        let wrongKind = try folder.write("c.json", #"{"students": 5}"#)
        let kindError = try #require(throws: JSONReadError.self) {
            try read(try APIDump(path: wrongKind), ["students"])
        }
        #expect(kindError.code == .notADump)
        #expect(kindError.line == 1)
        #expect(kindError.column == 14)
    }

    @Test func malformedDumpReportsThePlace() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let file = try folder.write("dump.json", "{\"courses\": [\n {\"id\": \"1\"},\n {\"id\": ")
        var delivered = 0
        let error = try #require(throws: JSONReadError.self) {
            try APIDump(path: file).records(in: ["courses"]) { _ in delivered += 1 }
        }
        #expect(delivered == 1)
        #expect(error.code == .truncated)
        #expect(error.line == 3)
        #expect(error.column == 9)
        #expect(error.file == file)
    }

    @Test func missingPathIsAnIOError() throws {
        let error = try #require(throws: JSONReadError.self) { try APIDump(path: "/nonexistent/dump.json") }
        #expect(error.code == .io)
    }

    @Test func sniffingTopLevelKeys() throws {
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let file = try folder.write("dump.json", #"{"courses": [{"a": [1, 2]}], "students": {}, "x": null}"#)
        #expect(try APIDump.topLevelKeys(ofFileAt: file) == ["courses", "students", "x"])
        #expect(
            APIDump.topLevelKeys(inPrefix: Array(#"{"persons": [{"id": 1}], "eduGroups": [{"na"#.utf8)) == [
                "persons", "eduGroups",
            ])
        #expect(APIDump.topLevelKeys(inPrefix: Array("\u{FEFF} [{\"SubjectName\"".utf8)) == [""])
        #expect(APIDump.topLevelKeys(inPrefix: Array("name,class\n".utf8)) == [])
    }

    @Test func errorsThrownByTheBodyStopTheRead() throws {
        struct Stop: Error {}
        let folder = try TemporaryFolder(prefix: "JSONStreamTests")
        let file = try folder.write("dump.json", #"{"courses": [1, 2, 3]}"#)
        var seen = 0
        #expect(throws: Stop.self) {
            try APIDump(path: file).records(in: ["courses"]) { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }
}
