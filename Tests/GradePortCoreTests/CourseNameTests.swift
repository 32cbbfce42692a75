import GradePortCore
import Testing

@Suite struct CourseNameTests {
    @Test(arguments: [
        ("7А Физика grades", "7А", "Физика"),
        ("Физика 7А", "7А", "Физика"),
        ("7A-physics-grades", "7А", "physics"),
        ("7А Алгебра - grades", "7А", "Алгебра"),
        ("7Б Физика оценки", "7Б", "Физика"),
        ("7В Физика бағалар", "7В", "Физика"),
        ("11Ә Қазақ тілі", "11Ә", "Қазақ тілі"),
        ("7B Mathematics", "7B", "Mathematics"),
    ])
    func classAndSubject(text: String, className: String, subject: String) throws {
        let course = try #require(CourseName(text))
        #expect(course.className == className)
        #expect(course.subject == subject)
    }

    @Test(arguments: ["7A-grades-bom", "7А", "grades 7А export"])
    func classWithoutSubject(text: String) throws {
        let course = try #require(CourseName(text))
        #expect(course.className == "7А")
        #expect(course.subject == nil)
    }

    @Test(arguments: ["Physics club", "Period 2", "Quarter 2 grades", "", "2025-2026"])
    func noClass(text: String) {
        #expect(CourseName(text) == nil)
    }
}
