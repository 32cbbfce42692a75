import GradePortCore
import Testing

@Suite struct RecordIDTests {
    @Test func aNamespacedIdIsBuiltAndReadInOnePlace() {
        let id = Person.ID(platform: "google-classroom", "aruzhan@school.kz")
        #expect(id.rawValue == "google-classroom:aruzhan@school.kz")
        #expect(id.platform == "google-classroom")
        #expect("\(id)" == "google-classroom:aruzhan@school.kz")
        // The platform's own part may hold the separator: only the first one splits.
        let column = Assessment.ID(platform: "teams", "7А/Физика:СОР 1: Сила")
        #expect(column.platform == "teams")
        #expect(column.rawValue == "teams:7А/Физика:СОР 1: Сила")
    }

    @Test func anIdWithoutANamespaceHasNoPlatform() {
        let term: Term.ID = "2025-2026/Q2"
        #expect(term.platform == nil)
        #expect(Source.ID(rawValue: "s1").platform == nil)
    }

    @Test func idsCompareAndOrderByTheirText() {
        let ids: [Subject.ID] = ["kundelik:subject:Физика", "kundelik:subject:Алгебра"]
        #expect(ids.sorted().map(\.rawValue) == ["kundelik:subject:Алгебра", "kundelik:subject:Физика"])
        #expect(Set(ids + ids).count == 2)
        let interpolated: SchoolClass.ID = "teams:class:\("7А")"
        #expect(interpolated == SchoolClass.ID(rawValue: "teams:class:7А"))
    }
}
