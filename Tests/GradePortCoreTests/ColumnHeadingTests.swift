import GradePortCore
import Testing

@Suite struct ColumnHeadingTests {
    @Test(arguments: [
        ("СОР 1 (20)", "СОР 1", "20"),
        ("СОР 1 [20]", "СОР 1", "20"),
        ("СОР 1 (макс. 20)", "СОР 1", "20"),
        ("СОР 1 (max 20)", "СОР 1", "20"),
        ("СОР 1 (из 20)", "СОР 1", "20"),
        ("СОР 1 /20", "СОР 1", "20"),
        ("Quiz: Forces (20 points)", "Quiz: Forces", "20"),
        ("Quiz: Forces (out of 20)", "Quiz: Forces", "20"),
        ("Quiz: Forces - 20 pts", "Quiz: Forces", "20"),
        ("СОР 1 (20 баллов)", "СОР 1", "20"),
        ("БЖБ 1 (20 балл)", "БЖБ 1", "20"),
        ("СОР 1, макс. 20", "СОР 1", "20"),
        ("Quiz: Forces (20)", "Quiz: Forces", "20"),
        ("Lab (12,5)", "Lab", "12.5"),
    ])
    func headingsWithMaximum(heading: String, title: String, max: String) {
        let parsed = ColumnHeading(heading)
        #expect(parsed.title == title)
        #expect(parsed.maxScore?.description == max)
    }

    @Test(arguments: ["СОР 2", "Lab 2", "Quiz: Forces", "СОЧ за 2 четверть", "Essay 1 - draft", "(20)", "Тема: 7-8"])
    func headingsWithoutMaximum(heading: String) {
        let parsed = ColumnHeading(heading)
        #expect(parsed.maxScore == nil)
        #expect(parsed.title == heading)
    }
}
