import Foundation

/// Writes large synthetic exports shaped like the real ones, for the benchmark.
///
/// Names are drawn from Kazakh and Russian name lists; scores mix whole numbers, decimals, blanks
/// and status words in proportions a real gradebook shows. The generator is deterministic (a fixed
/// linear congruential sequence), so every run measures the same bytes.
struct SyntheticExports {
    /// How many results (non-blank cells or graded submissions) a generated file holds.
    private(set) var resultCount = 0
    private var state: UInt64 = 0x2545_F491_4F6C_DD1D

    private static let familyNames = [
        "Серікқызы", "Нұрланұлы", "Иванова", "Ким", "Әбдірахманова", "Жанболат", "Ахметов", "Смагулова",
        "Петров", "Оспанов", "Төлеген", "Байжанова", "Сидоренко", "Құдайбергенов", "Есімова", "Ли",
    ]
    private static let givenNames = [
        "Аружан", "Ерасыл", "Мария", "Алексей", "Әйгерім", "Нұрлан", "Дана", "Темірлан", "Алина", "Санжар",
        "Айша", "Иван", "Жансая", "Арман", "Екатерина", "Ұлжан",
    ]

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    private static func title(_ index: Int) -> (title: String, max: Int) {
        switch index % 10 {
        case 0: return ("СОР \(index / 10 + 1) по разделу «Тема \(index)» (20)", 20)
        case 5: return ("БЖБ \(index / 10 + 1) (15)", 15)
        case 9: return ("СОЧ за четверть \(index / 40 + 1) (25)", 25)
        default: return ("Quiz \(index): Forces (10)", 10)
        }
    }

    /// A Google Classroom "all grades" CSV: header, due-date row, points row, then one row per student.
    /// Students are numbered from `firstStudent` (their e-mail addresses), so that several files can
    /// hold different students.
    mutating func writeClassroomCSV(to path: String, students: Int, assignments: Int, firstStudent: Int = 0) throws {
        resultCount = 0
        let handle = try Self.create(path)
        var text = "Last Name,First Name,Email Address,Overall"
        for index in 0..<assignments { text += ",\"\(Self.title(index).title)\"" }
        text += "\n,,,"
        for index in 0..<assignments { text += ",\"Sep \(index % 28 + 1), 2025\"" }
        text += "\n,,,"
        for index in 0..<assignments { text += ",\(Self.title(index).max)" }
        text += "\n"
        for student in 0..<students {
            let family = Self.familyNames[next(Self.familyNames.count)]
            let given = Self.givenNames[next(Self.givenNames.count)]
            text += "\(family),\(given),student\(firstStudent + student)@school.example,\(50 + next(50)).5"
            resultCount += 1
            for index in 0..<assignments {
                text += ","
                let roll = next(1000)
                if roll < 50 { continue }  // blank: no result
                resultCount += 1
                if roll < 60 {
                    text += "Missing"
                } else if roll < 65 {
                    text += "Excused"
                } else if roll < 200 {
                    text += "\(next(Self.title(index).max)).5"
                } else {
                    text += String(next(Self.title(index).max + 1))
                }
            }
            text += "\n"
            if text.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(text.utf8))
                text = ""
            }
        }
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// A Microsoft Graph education dump in one file: `class`, `members`, `assignments`, `submissions`
    /// (with `$expand=outcomes`).
    mutating func writeGraphDump(to path: String, students: Int, assignments: Int) throws {
        resultCount = 0
        let handle = try Self.create(path)
        var text = """
            {"class":{"id":"c0f133b9-615c-4119-876c-c1848fd0a99a","displayName":"7А Физика","externalName":"7А"},
            "members":{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users","value":[
            """
        for student in 0..<students {
            let family = Self.familyNames[next(Self.familyNames.count)]
            let given = Self.givenNames[next(Self.givenNames.count)]
            text += student == 0 ? "\n" : ",\n"
            text += """
                {"id":"\(Self.uuid(student, 1))","displayName":"\(given) \(family)","givenName":"\(given)",\
                "surname":"\(family)","userPrincipalName":"student\(student)@school.example","primaryRole":"student"}
                """
        }
        text += "]},\n\"assignments\":{\"value\":["
        for index in 0..<assignments {
            let (title, max) = Self.title(index)
            text += index == 0 ? "\n" : ",\n"
            text += """
                {"id":"\(Self.uuid(index, 2))","classId":"c0f133b9-615c-4119-876c-c1848fd0a99a",\
                "displayName":"\(title)","dueDateTime":"2025-10-\(index % 28 + 1 < 10 ? "0" : "")\(index % 28 + 1)T18:00:00Z",\
                "status":"assigned","grading":{"@odata.type":"#microsoft.graph.educationAssignmentPointsGradeType",\
                "maxPoints":\(max)}}
                """
        }
        text += "]},\n\"submissions\":{\"value\":["
        var first = true
        for index in 0..<assignments {
            let max = Self.title(index).max
            for student in 0..<students {
                let roll = next(1000)
                if roll < 50 { continue }
                resultCount += 1
                let points = next(max + 1)
                text += first ? "\n" : ",\n"
                first = false
                text += """
                    {"id":"\(Self.uuid(index * students + student, 3))","assignmentId":"\(Self.uuid(index, 2))",\
                    "status":"returned","submittedDateTime":"2025-10-01T10:00:00Z",\
                    "recipient":{"@odata.type":"#microsoft.graph.educationSubmissionIndividualRecipient",\
                    "userId":"\(Self.uuid(student, 1))"},"outcomes":[{"@odata.type":"#microsoft.graph.educationPointsOutcome",\
                    "points":{"points":\(points)},"publishedPoints":{"points":\(points)}}]}
                    """
                if text.utf8.count > 1 << 20 {
                    try handle.write(contentsOf: Data(text.utf8))
                    text = ""
                }
            }
        }
        text += "\n]}}\n"
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// A Kundelik API dump in one file: `persons`, `eduGroups`, `subjects`, `reportingPeriods`, `works`
    /// and `marks`, with 64-bit ids and their `*_str` twins, as the Dnevnik/Kundelik v2 API returns them.
    mutating func writeKundelikDump(to path: String, students: Int, works: Int) throws {
        resultCount = 0
        let handle = try Self.create(path)
        let base: UInt64 = 2_120_551_935_349_700_000
        var text = """
            {"eduGroups":[{"id":\(base),"id_str":"\(base)","name":"7А","parallel":7,"type":"Group","journalType":"Criteria"}],
            "subjects":[{"id":\(base + 1),"idStr":"\(base + 1)","name":"Физика"}],
            "reportingPeriods":[{"id":\(base + 2),"id_str":"\(base + 2)","start":"2025-11-03T00:00:00","finish":"2025-12-26T00:00:00","number":2,"type":"Quarter","name":"2 четверть","year":2025}],
            "persons":[
            """
        for student in 0..<students {
            let family = Self.familyNames[next(Self.familyNames.count)]
            let given = Self.givenNames[next(Self.givenNames.count)]
            let id = base + 1_000 + UInt64(student)
            text += student == 0 ? "\n" : ",\n"
            text += """
                {"id":\(id),"id_str":"\(id)","userId":\(id + 500_000),"userId_str":"\(id + 500_000)",\
                "firstName":"\(given)","lastName":"\(family)","middleName":"Серікұлы","sex":"Male"}
                """
        }
        text += "],\n\"works\":["
        for work in 0..<works {
            let id = base + 10_000_000 + UInt64(work)
            text += work == 0 ? "\n" : ",\n"
            text += """
                {"id":\(id),"id_str":"\(id)","type":"LessonTestWork","markType":"Mark10","subjectId":\(base + 1),\
                "eduGroup":\(base),"targetDate":"2025-11-\(work % 28 + 1 < 10 ? "0" : "")\(work % 28 + 1)T00:00:00","periodNumber":2}
                """
        }
        text += "],\n\"marks\":["
        var first = true
        for work in 0..<works {
            for student in 0..<students {
                let roll = next(1000)
                if roll < 100 { continue }
                resultCount += 1
                let markID = base + 100_000_000 + UInt64(work * students + student)
                let value = roll < 120 ? "н" : String(1 + next(10))
                text += first ? "\n" : ",\n"
                first = false
                text += """
                    {"id":\(markID),"id_str":"\(markID)","type":"Mark10","value":"\(value)","textValue":"\(value)",\
                    "person":\(base + 1_000 + UInt64(student)),"person_str":"\(base + 1_000 + UInt64(student))",\
                    "work":\(base + 10_000_000 + UInt64(work)),"work_str":"\(base + 10_000_000 + UInt64(work))",\
                    "date":"2025-11-10T00:00:00","mood":"Good","use_avg_calc":true}
                    """
                if text.utf8.count > 1 << 20 {
                    try handle.write(contentsOf: Data(text.utf8))
                    text = ""
                }
            }
        }
        text += "\n]}\n"
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    private static func uuid(_ value: Int, _ kind: Int) -> String {
        let hex = String(value, radix: 16)
        let padded = String(repeating: "0", count: max(0, 12 - hex.count)) + hex
        return "0000000\(kind)-8d88-40e2-b5d3-\(padded)"
    }

    private static func create(_ path: String) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw CocoaError(.fileWriteUnknown)
        }
        return handle
    }
}
