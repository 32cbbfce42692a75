import Foundation

/// A synthetic city as an analyst receives it (issue 13): one folder per school, each holding
/// journal CSVs of its classes, one per class and subject (`Школа 007/7Б Физика 2 четверть.csv`):
/// 25 pupils × 12 marks (8 ФО, 3 СОР, the СОЧ), so 300 results a file and 40 files a school.
///
/// Deterministic (the same size gives the same bytes), written one file at a time.
struct CityFolder {
    static let classSize = 25
    static let subjects = ["Алгебра", "Физика", "История Казахстана", "Русский язык"]
    static let classesPerSchool = 10
    static let header =
        "ФИО," + (1...8).map { "ФО \($0) (10)" }.joined(separator: ",") + ",СОР 1 (20),СОР 2 (20),СОР 3 (20),СОЧ (25)"
    static let maxima = Array(repeating: 10, count: 8) + [20, 20, 20, 25]
    static let letters = ["А", "Б", "В", "Г", "Д"]
    static let familyNames = [
        "Серікқызы", "Нұрланұлы", "Иванова", "Ким", "Ахметов", "Смагулова", "Оспанов", "Жұмабаев", "Петров", "Ли",
        "Тоқтаров", "Әлиева", "Смирнова", "Байжанов", "Кузнецов",
    ]
    static let givenNames = [
        "Аружан", "Ерасыл", "Мария", "Алексей", "Әйгерім", "Нұрлан", "Дана", "Темірлан", "Олег", "Айдана", "Виктория",
    ]
    static let patronymics = ["Болатқызы", "Асқарұлы", "Петровна", "Викторович", "Серікұлы", "Маратқызы", "Игоревич"]

    /// Results wanted; the city gets whole schools (at least one).
    var results: Int

    var resultsPerFile: Int { Self.classSize * Self.maxima.count }
    var filesPerSchool: Int { Self.classesPerSchool * Self.subjects.count }
    var schools: Int { max(1, (results + resultsPerFile * filesPerSchool - 1) / (resultsPerFile * filesPerSchool)) }

    /// Writes the city under `folder`; returns the files and results written.
    func write(to folder: String) throws -> (files: Int, results: Int) {
        var files = 0
        var total = 0
        for school in 0..<schools {
            let schoolFolder = folder + "/" + String(format: "Школа %03d", school + 1)
            try FileManager.default.createDirectory(atPath: schoolFolder, withIntermediateDirectories: true)
            for schoolClass in 0..<Self.classesPerSchool {
                let grade = schoolClass % 7 + 5
                let letter = Self.letters[schoolClass / 7 % Self.letters.count]
                let pupils = (0..<Self.classSize).map { pupil(school: school, class: schoolClass, index: $0) }
                for (subjectIndex, subject) in Self.subjects.enumerated() {
                    var random = SplitMix(seed: UInt64(((school * 100) + schoolClass) * 10 + subjectIndex) &+ 17)
                    var text = Self.header + "\n"
                    for name in pupils {
                        text += name
                        for maximum in Self.maxima {
                            text += "," + String(random.next(maximum) + 1)
                            total += 1
                        }
                        text += "\n"
                    }
                    let path = "\(schoolFolder)/\(grade)\(letter) \(subject) 2 четверть.csv"
                    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                    files += 1
                }
            }
        }
        return (files, total)
    }

    /// A pupil's full name, unique in the class.
    private func pupil(school: Int, class schoolClass: Int, index: Int) -> String {
        // (index mod 15, index / 15) differs for every pupil of a class of 25.
        let family = Self.familyNames[index % Self.familyNames.count]
        let given = Self.givenNames[(index / Self.familyNames.count + schoolClass + school) % Self.givenNames.count]
        let patronymic = Self.patronymics[(index + school) % Self.patronymics.count]
        return "\(family) \(given) \(patronymic)"
    }
}
