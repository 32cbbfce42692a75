import Foundation

/// Large synthetic exports written to files, for tests that need an import to take a while (a
/// process killed or a connection dropped part-way through it).
public enum LargeExport {
    /// A Google Classroom grades CSV of `students` × `assignments` marks (about 1.6 MB for 15,000 × 30).
    public static func writeClassroomGrades(to path: String, students: Int, assignments: Int) throws {
        var text = "Last Name,First Name,Email Address,Overall"
        for index in 0..<assignments { text += ",Quiz \(index + 1)" }
        text += "\n,,," + String(repeating: ",\"Sep 12, 2025\"", count: assignments)
        text += "\n,,," + String(repeating: ",10", count: assignments) + "\n"
        var state: UInt64 = 7
        for student in 0..<students {
            text += "Family\(student),Given\(student),student\(student)@school.example,\(50 + student % 50)"
            for _ in 0..<assignments {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += ",\((state >> 33) % 11)"
            }
            text += "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
