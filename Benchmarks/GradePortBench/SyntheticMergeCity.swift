import GradePortCore

/// A synthetic city for the merge benchmark: schools of 25-student classes, each child exported by
/// up to three platforms the way their adapters write records, with the spelling variation real
/// exports show, and the truth (which records are one child) kept aside.
///
/// - **BilimClass** (95% of children): Kazakh letters, the patronymic (missing for 10%), a valid IIN
///   for 90%, the school's BIN.
/// - **Kundelik** (95%): numeric person ids; half the schools write Kazakh letters, half their
///   Russian rendering; 5% drop the `-ов`/`-ева` of the surname, 10% give a Kazakh father's name a
///   Russian `-ович`/`-овна`, 5% write `Серік ұлы` as two words, 10% have no patronymic, 2% swap the
///   surname and the given name, 3% are in upper case.
/// - **Teams** (85%): Latin names in the school's scheme (passport, 2021 alphabet or ASCII login),
///   no patronymic, an e-mail made from the login spelling; half the schools name classes with a
///   Latin `A`.
///
/// Names come from lists, so namesakes occur as they do in life (and 1% of classes get a forced
/// same-named pair). Scores agree across platforms except for 1% of results; 2% of a platform's
/// cells are blank. Ids are shaped as each adapter shapes them, with the school in class ids (a city
/// holds many `7А`s).
struct SyntheticMergeCity {
    /// The gradebook of the three inputs, unmerged.
    private(set) var book = Gradebook()

    /// Hands over the gradebook (so that merging it does not copy it) and keeps an empty one.
    mutating func takeBook() -> Gradebook {
        let taken = book
        book = Gradebook()
        return taken
    }
    /// The child each person record is, by record id.
    private(set) var truth: [String: Int32] = [:]
    /// How many children.
    let students: Int

    private var random: UInt64
    private var builder = GradebookBuilder()

    /// One child: who they are and their true marks.
    private struct Child {
        var school: Int
        var classInSchool: Int
        var female: Bool
        var kazakh: Bool
        var family: String
        var familyRoot: String?
        var given: String
        var father: String
        var patronymic: String
        var iin: String?
        var marks: [Int]
    }

    static let classSize = 25
    static let classesPerSchool = 40
    static let maxima = [20, 15, 25, 5]

    init(students: Int, seed: UInt64 = 0x5EED_C17F) {
        self.students = students
        random = seed
        let children = makeChildren()
        addBilimClass(children)
        addKundelik(children)
        addTeams(children)
        book = builder.build()
        builder = GradebookBuilder()
    }

    // MARK: - Randomness

    private mutating func next() -> UInt64 {
        random &+= 0x9E37_79B9_7F4A_7C15
        var z = random
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    private mutating func chance(_ percent: Int) -> Bool { below(1000) < percent * 10 }
    private mutating func pick<T>(_ list: [T]) -> T { list[below(list.count)] }

    // MARK: - Children

    private static let letters = ["А", "Б", "В", "Г"]

    private static func className(_ classInSchool: Int) -> (grade: Int, letter: String) {
        (classInSchool / 4 + 1, letters[classInSchool % 4])
    }

    private mutating func makeChildren() -> [Child] {
        var children: [Child] = []
        children.reserveCapacity(students)
        var usedIINs = Set<String>()
        for index in 0..<students {
            let classIndex = index / Self.classSize
            let school = classIndex / Self.classesPerSchool
            let classInSchool = classIndex % Self.classesPerSchool
            let female = chance(50)
            let kazakh = chance(80)
            var child: Child
            if kazakh {
                let root = pick(CityNames.kazakhRoots)
                let form = below(100)
                let family: String
                if form < 70 {
                    // Сағынтай → Сағынтаев, Нұрғали → Нұрғалиев; others take -ов.
                    if root.hasSuffix("й") {
                        family = String(root.dropLast()) + (female ? "ева" : "ев")
                    } else if root.hasSuffix("и") {
                        family = root + (female ? "ева" : "ев")
                    } else {
                        family = root + (female ? "ова" : "ов")
                    }
                } else if form < 88 {
                    family = root
                } else {
                    family = root + (female ? "қызы" : "ұлы")
                }
                let father = pick(CityNames.kazakhMale)
                child = Child(
                    school: school, classInSchool: classInSchool, female: female, kazakh: true, family: family,
                    familyRoot: form < 70 ? root : nil,
                    given: female ? pick(CityNames.kazakhFemale) : pick(CityNames.kazakhMale), father: father,
                    patronymic: father + (female ? "қызы" : "ұлы"), marks: [])
            } else {
                let surname = pick(CityNames.russianSurnames)
                let father = pick(CityNames.russianFathers)
                child = Child(
                    school: school, classInSchool: classInSchool, female: female, kazakh: false,
                    family: female ? surname.1 : surname.0, familyRoot: nil,
                    given: female ? pick(CityNames.russianFemale) : pick(CityNames.russianMale), father: father.0,
                    patronymic: female ? father.2 : father.1, marks: [])
            }
            // A forced namesake: the second child of 1% of classes takes the first one's name.
            if index % Self.classSize == 1, chance(1), let first = children.last {
                child.female = first.female
                child.kazakh = first.kazakh
                child.family = first.family
                child.familyRoot = first.familyRoot
                child.given = first.given
                if child.kazakh {
                    child.father = pick(CityNames.kazakhMale)
                    child.patronymic = child.father + (child.female ? "қызы" : "ұлы")
                } else {
                    let father = pick(CityNames.russianFathers)
                    child.father = father.0
                    child.patronymic = child.female ? father.2 : father.1
                }
            }
            if chance(90) {
                var iin: String
                repeat {
                    iin = makeIIN(female: child.female)
                } while !usedIINs.insert(iin).inserted
                child.iin = iin
            }
            child.marks = Self.maxima.map { maximum in maximum == 5 ? 2 + below(4) : below(maximum + 1) }
            children.append(child)
        }
        return children
    }

    /// A valid IIN: birth date 2010–2017, century and sex digit, serial, check digit.
    private mutating func makeIIN(female: Bool) -> String {
        while true {
            let year = 10 + below(8)
            let month = 1 + below(12)
            let day = 1 + below(28)
            let serial = below(10000)
            func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            var serialText = String(serial)
            while serialText.count < 4 { serialText = "0" + serialText }
            let eleven = two(year) + two(month) + two(day) + (female ? "6" : "5") + serialText
            if let check = IIN.checkDigit(forFirstEleven: eleven) { return eleven + String(check) }
        }
    }

    // MARK: - Platforms

    private static func schoolName(_ school: Int) -> String { "Школа-гимназия №\(school + 1) г. Алматы" }

    private static func bin(_ school: Int) -> String {
        var text = String(school)
        while text.count < 6 { text = "0" + text }
        return "990340" + text
    }

    /// The class, subject, term and four assessments of one class on a platform; returns the
    /// assessment ids.
    private mutating func addClass(
        platform: String, classID: SchoolClass.ID, className: String, school: School.ID?, titles: [String]
    ) -> [Assessment.ID] {
        let name = ClassName.normalized(className) ?? className
        builder.add(SchoolClass(id: classID, name: name, grade: ClassName.grade(in: className), school: school))
        let kinds: [(AssessmentKind, Int?)] = [
            (.sectionSummative, 1), (.sectionSummative, 2), (.termSummative, nil), (.final, nil),
        ]
        var ids: [Assessment.ID] = []
        for (index, title) in titles.enumerated() {
            let id: Assessment.ID = "\(classID):\(["sor1", "sor2", "soch", "q2"][index])"
            builder.add(
                Assessment(
                    id: id, title: title, kind: kinds[index].0, number: kinds[index].1,
                    maxScore: DecimalNumber(Self.maxima[index]), subject: "\(platform):subject:Математика",
                    class: classID,
                    term: "2025-2026/Q2"))
            ids.append(id)
        }
        return ids
    }

    private mutating func begin(_ platform: String) {
        builder.beginSource(file: "city-\(platform).json", platform: PlatformID(rawValue: platform), export: "api-dump")
        builder.add(Subject(id: "\(platform):subject:Математика", name: "Математика"))
        builder.add(Term(id: "2025-2026/Q2", schoolYear: "2025-2026", kind: .quarter, number: 2))
        builder.reserveCapacity(results: students * 4)
    }

    /// The child's marks as a platform has them: 2% blank, 1% a different value.
    private mutating func addResults(_ child: Child, person: Person.ID, assessments: [Assessment.ID], line: Int) {
        for (index, mark) in child.marks.enumerated() {
            if chance(2) { continue }
            var value = mark
            if chance(1) { value = mark == Self.maxima[index] ? mark - 1 : mark + 1 }
            builder.add(
                AssessmentResult(
                    person: person, assessment: assessments[index], status: .graded, score: DecimalNumber(value),
                    maxScore: DecimalNumber(Self.maxima[index]), raw: String(value),
                    source: builder.reference(line: line, column: index + 3)))
        }
    }

    private mutating func addBilimClass(_ children: [Child]) {
        begin("bilimclass")
        var assessments: [Assessment.ID] = []
        var line = 0
        for (index, child) in children.enumerated() {
            let (grade, letter) = Self.className(child.classInSchool)
            let classID = "bilimclass:group:\(index / Self.classSize)"
            if index % Self.classSize == 0 {
                if child.classInSchool == 0 {
                    builder.add(
                        School(
                            id: "bilimclass:school:\(Self.bin(child.school))", name: Self.schoolName(child.school),
                            bin: Self.bin(child.school)))
                }
                assessments = addClass(
                    platform: "bilimclass", classID: SchoolClass.ID(rawValue: classID), className: "\(grade) \(letter)",
                    school: "bilimclass:school:\(Self.bin(child.school))",
                    titles: [
                        "Математика — СОР 1, 27.11.2025", "Математика — СОР 2, 11.12.2025",
                        "Математика — СОЧ, 23.12.2025", "Математика — оценка за 2 четверть",
                    ])
            }
            guard chance(95) else { continue }
            line += 1
            let userID = String(90_000_000 + index)
            let id = Person.ID(rawValue: child.iin.map { "bilimclass:" + $0 } ?? "bilimclass:user:" + userID)
            truth[id.rawValue] = Int32(index)
            builder.countRows()
            builder.add(
                Person(
                    id: id, familyName: child.family, givenName: child.given,
                    patronymic: chance(90) ? child.patronymic : nil, iin: child.iin,
                    externalIds: [.init(platform: "bilimclass", id: userID)], source: builder.reference(line: line)))
            builder.add(Enrollment(person: id, class: SchoolClass.ID(rawValue: classID)))
            addResults(child, person: id, assessments: assessments, line: line)
        }
    }

    private mutating func addKundelik(_ children: [Child]) {
        begin("kundelik")
        var assessments: [Assessment.ID] = []
        var line = 0
        for (index, child) in children.enumerated() {
            let (grade, letter) = Self.className(child.classInSchool)
            let classID = "kundelik:class:\(child.school)/\(grade)\(letter)"
            if index % Self.classSize == 0 {
                if child.classInSchool == 0 {
                    builder.add(School(id: "kundelik:school:\(child.school)", name: Self.schoolName(child.school)))
                }
                assessments = addClass(
                    platform: "kundelik", classID: SchoolClass.ID(rawValue: classID), className: "\(grade)\(letter)",
                    school: "kundelik:school:\(child.school)",
                    titles: ["СОР 1. Дроби", "СОР 2. Проценты", "СОЧ за 2 четверть", "Математика: 2 четверть"])
            }
            guard chance(95) else { continue }
            line += 1
            let russian = child.school % 2 == 1
            let render: (String) -> String = { russian ? CityNames.russianLetters($0) : $0 }
            var family = child.family
            if let root = child.familyRoot, chance(5) { family = root }
            var patronymic: String? = child.patronymic
            let roll = below(100)
            if child.kazakh && roll < 10 {
                patronymic = CityNames.russianLetters(child.father) + (child.female ? "овна" : "ович")
            } else if child.kazakh && roll < 15 {
                patronymic = child.father + " " + (child.female ? "қызы" : "ұлы")
            } else if roll < 25 {
                patronymic = nil
            }
            var names = (render(family), render(child.given), patronymic.map(render))
            if chance(2) { names = (names.1, names.0, names.2) }
            if chance(3) { names = (names.0.uppercased(), names.1.uppercased(), names.2?.uppercased()) }
            let numeric = String(2_120_551_935_350_000_000 + UInt64(index))
            let id: Person.ID = "kundelik:person:\(numeric)"
            truth[id.rawValue] = Int32(index)
            builder.countRows()
            builder.add(
                Person(
                    id: id, familyName: names.0, givenName: names.1, patronymic: names.2,
                    externalIds: [.init(platform: "kundelik", id: numeric)], source: builder.reference(line: line)))
            builder.add(Enrollment(person: id, class: SchoolClass.ID(rawValue: classID)))
            addResults(child, person: id, assessments: assessments, line: line)
        }
    }

    private mutating func addTeams(_ children: [Child]) {
        begin("teams")
        var assessments: [Assessment.ID] = []
        var line = 0
        var logins = Set<String>()
        for (index, child) in children.enumerated() {
            let (grade, letter) = Self.className(child.classInSchool)
            let classID = "teams:class:\(child.school)/\(grade)\(letter)"
            let scheme = CityNames.Latin.allCases[child.school % 3]
            if index % Self.classSize == 0 {
                if child.classInSchool == 0 {
                    builder.add(School(id: "teams:school:\(child.school)", name: Self.schoolName(child.school)))
                    logins.removeAll(keepingCapacity: true)
                }
                let written = letter == "А" && child.school % 2 == 0 ? "A" : letter
                assessments = addClass(
                    platform: "teams", classID: SchoolClass.ID(rawValue: classID),
                    className: "\(grade)\(written) Математика",
                    school: "teams:school:\(child.school)", titles: ["SOR 1", "SOR 2", "SOCH", "Quarter 2 grade"])
            }
            guard chance(85) else { continue }
            line += 1
            let given = CityNames.latin(child.given, scheme)
            let family = CityNames.latin(child.family, scheme)
            let base =
                CityNames.latin(child.given, .login).lowercased() + "."
                + CityNames.latin(child.family, .login).lowercased()
            var login = base
            var suffix = 1
            while !logins.insert(login).inserted {
                suffix += 1
                login = base + String(suffix)
            }
            let email = "\(login)@school\(child.school + 1).edu.kz"
            let id: Person.ID = "teams:\(email)"
            truth[id.rawValue] = Int32(index)
            builder.countRows()
            builder.add(
                Person(
                    id: id, familyName: family, givenName: given, email: email, source: builder.reference(line: line)))
            builder.add(Enrollment(person: id, class: SchoolClass.ID(rawValue: classID)))
            addResults(child, person: id, assessments: assessments, line: line)
        }
    }
}
