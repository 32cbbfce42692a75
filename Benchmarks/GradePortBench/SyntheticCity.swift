import GradePortCore

/// A synthetic city's term of class exports, as gradebooks: what the store's import receives after
/// an adapter has read each file.
///
/// Students sit in classes of 25 in schools of 80 classes. Each class's export (one import) holds
/// every subject's assessments for the term: `subjects × assessments` columns, 5% of cells blank,
/// marks out of 10, 20 or 25, a few absences and missing works. The generator is deterministic, so
/// every run measures the same data; it builds one class at a time, so generating needs no memory
/// that grows with the city.
struct SyntheticCity {
    /// Students in the city.
    var students: Int
    /// Subjects in each class's export.
    var subjects: Int
    /// Assessments per subject in the term.
    var assessments: Int

    static let classSize = 25
    static let classesPerSchool = 80
    private static let subjectNames = [
        "Алгебра", "Геометрия", "Физика", "Химия", "Биология", "История Казахстана", "Қазақ тілі", "Русский язык",
        "English", "Информатика", "География", "Всемирная история",
    ]
    private static let letters = ["А", "Б", "В", "Г", "Д", "Е", "Ж", "З"]
    private static let familyNames = ["Серікқызы", "Нұрланұлы", "Иванова", "Ким", "Ахметов", "Смагулова", "Оспанов"]
    private static let givenNames = ["Аружан", "Ерасыл", "Мария", "Алексей", "Әйгерім", "Нұрлан", "Дана", "Темірлан"]

    /// Classes in the city (the number of imports).
    var classCount: Int { (students + Self.classSize - 1) / Self.classSize }

    /// The id of class `index`, as an adapter would give it (unique in the city: school and class).
    func classID(_ index: Int) -> String {
        let school = index / Self.classesPerSchool + 1
        let withinSchool = index % Self.classesPerSchool
        let grade = withinSchool % 11 + 1
        let letter = Self.letters[(withinSchool / 11) % Self.letters.count]
        return "bench:school-\(school):class:\(grade)\(letter)"
    }

    /// The gradebook of one export holding the classes `range` (one class's, or a whole school's).
    func export(classes range: Range<Int>) -> Gradebook {
        var builder = GradebookBuilder()
        let name = "city/\(classID(range.lowerBound).replacingOccurrences(of: ":", with: "_"))+\(range.count).json"
        let fingerprint = SHA256.hexDigest(of: Array("\(name)|\(subjects)|\(assessments)".utf8))
        builder.beginSource(file: name, platform: "bench", export: "class-dump", sha256: fingerprint)
        var line = 1
        for index in range { add(classAt: index, to: &builder, line: &line) }
        return builder.build()
    }

    /// Adds class `index` (its school, students, assessments and results) to an export.
    private func add(classAt index: Int, to builder: inout GradebookBuilder, line: inout Int) {
        var random = SplitMix(seed: UInt64(index) &+ 0x9E37_79B9)
        let classID = classID(index)
        let className = String(classID.split(separator: ":").last!)
        builder.add(
            School(
                id: "bench:school-\(index / Self.classesPerSchool + 1)",
                name: "Школа № \(index / Self.classesPerSchool + 1)"))
        builder.add(
            SchoolClass(
                id: SchoolClass.ID(rawValue: classID), name: className, grade: Int(className.prefix { $0.isNumber }),
                school: "bench:school-\(index / Self.classesPerSchool + 1)"))
        builder.add(Term(id: "2025-2026/Q2", schoolYear: "2025-2026", kind: .quarter, number: 2))
        var columns: [(id: Assessment.ID, max: Int)] = []
        for subject in 0..<subjects {
            let name = Self.subjectNames[subject % Self.subjectNames.count]
            let subjectID: Subject.ID = "bench:subject:\(name)"
            builder.add(Subject(id: subjectID, name: name))
            for number in 0..<assessments {
                let (title, kind, max): (String, AssessmentKind, Int) =
                    number == assessments - 1
                    ? ("СОЧ", .termSummative, 25)
                    : number % 2 == 0
                        ? ("СОР \(number / 2 + 1)", .sectionSummative, 20)
                        : ("ФО \(number / 2 + 1)", .formative, 10)
                let id: Assessment.ID = "\(classID):\(name):\(title)"
                builder.add(
                    Assessment(
                        id: id, title: title, kind: kind, maxScore: DecimalNumber(max), subject: subjectID,
                        class: SchoolClass.ID(rawValue: classID),
                        term: "2025-2026/Q2", source: builder.reference(line: line)))
                line += 1
                columns.append((id, max))
            }
        }
        let first = index * Self.classSize
        for student in first..<min(first + Self.classSize, students) {
            let personID: Person.ID = "bench:person:\(student)"
            builder.add(
                Person(
                    id: personID, familyName: Self.familyNames[random.next(Self.familyNames.count)],
                    givenName: Self.givenNames[random.next(Self.givenNames.count)],
                    email: "s\(student)@school\(index / Self.classesPerSchool + 1).example",
                    source: builder.reference(line: line)))
            builder.add(Enrollment(person: personID, class: SchoolClass.ID(rawValue: classID)))
            builder.countRows()
            for (column, assessment) in columns.enumerated() {
                let roll = random.next(1000)
                if roll < 50 { continue }  // blank: no result
                let result: AssessmentResult
                let source = builder.reference(line: line, column: column + 2)
                if roll < 60 {
                    result = AssessmentResult(
                        person: personID, assessment: assessment.id, status: .absent, raw: "н", source: source)
                } else if roll < 65 {
                    result = AssessmentResult(
                        person: personID, assessment: assessment.id, status: .missing, raw: "Missing", source: source)
                } else {
                    let score = random.next(assessment.max + 1)
                    result = AssessmentResult(
                        person: personID, assessment: assessment.id, status: .graded, score: DecimalNumber(score),
                        raw: String(score), source: source)
                }
                builder.add(result)
            }
            line += 1
        }
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
