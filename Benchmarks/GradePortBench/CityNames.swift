/// Name lists and spelling schemes for the synthetic city (Kazakh and Russian names, the way
/// platforms write them: Kazakh letters, their Russian rendering, passport and 2021 Latin, logins).
enum CityNames {
    /// Kazakh surname roots: the surname is the root with `-ов`/`-ева`, the bare root, or `-ұлы`/`-қызы`.
    static let kazakhRoots = [
        "Ахмет", "Жақсылық", "Нұрлан", "Сейтқали", "Оспан", "Қасым", "Әбдірахман", "Өмірзақ", "Төлеген", "Бекқали",
        "Серік", "Жанболат", "Есім", "Байжан", "Құдайберген", "Смағұл", "Мұхамеджан", "Әлімжан", "Тұрсын", "Ерғали",
        "Сәрсенбай", "Қайрат", "Ибрай", "Жұмабай", "Асқар", "Бауыржан", "Дәулет", "Ермек", "Нұрғали", "Омар",
        "Әбілқасым", "Жүсіп", "Қожахмет", "Мырзахмет", "Сұлтан", "Тоқтар", "Үсен", "Шәкен", "Ілияс", "Ыбырай",
        "Көшербай", "Рахым", "Сағынтай", "Тілеу", "Әуез", "Бөкей", "Ғабит", "Дүйсен", "Жәнібек", "Қалиаскар",
    ]
    /// Russian (and Korean) surnames: (male, female).
    static let russianSurnames: [(String, String)] = [
        ("Иванов", "Иванова"), ("Петров", "Петрова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"),
        ("Попов", "Попова"), ("Соколов", "Соколова"), ("Лебедев", "Лебедева"), ("Козлов", "Козлова"),
        ("Новиков", "Новикова"), ("Морозов", "Морозова"), ("Волков", "Волкова"), ("Павлов", "Павлова"),
        ("Семёнов", "Семёнова"), ("Голубев", "Голубева"), ("Виноградов", "Виноградова"), ("Богданов", "Богданова"),
        ("Ким", "Ким"), ("Пак", "Пак"), ("Цой", "Цой"), ("Ли", "Ли"), ("Шевченко", "Шевченко"),
        ("Бондаренко", "Бондаренко"),
    ]
    static let kazakhMale = [
        "Нұрлан", "Ерасыл", "Данияр", "Аңсар", "Ғалым", "Тимур", "Әлихан", "Шыңғыс", "Ілияс", "Жандос", "Әлішер",
        "Нұрсұлтан", "Ернұр", "Бекзат", "Алмас", "Арман", "Асқар", "Бауыржан", "Дәурен", "Ерлан", "Жанибек", "Қуаныш",
        "Мағжан", "Мирас", "Нұрдәулет", "Олжас", "Рауан", "Санжар", "Темірлан", "Ұлан", "Хамит", "Шерхан", "Ержан",
        "Айбек", "Әділет", "Бекжан", "Дастан", "Еламан", "Жасұлан", "Исламбек",
    ]
    static let kazakhFemale = [
        "Аружан", "Әйгерім", "Інжу", "Айша", "Әсем", "Аяулым", "Дана", "Жания", "Мадина", "Томирис", "Ұлжан", "Жансая",
        "Айгүл", "Балнұр", "Гүлназ", "Динара", "Ерке", "Жұлдыз", "Зарина", "Камила", "Ләззат", "Меруерт", "Назерке",
        "Нұрай", "Сабина", "Сәуле", "Тоғжан", "Әдемі", "Айдана", "Ақбота", "Аминә", "Гүлнұр", "Дильназ", "Еркежан",
        "Қарлығаш", "Сымбат", "Нұрсұлу", "Айым", "Баян", "Жібек",
    ]
    static let russianMale = [
        "Алексей", "Дмитрий", "Иван", "Сергей", "Андрей", "Михаил", "Никита", "Артём", "Максим", "Егор", "Кирилл",
        "Илья", "Роман", "Владислав", "Павел", "Денис",
    ]
    static let russianFemale = [
        "Мария", "Анна", "Екатерина", "Алина", "Полина", "Дарья", "Софья", "Виктория", "Елизавета", "Ксения",
        "Юлия", "Ольга", "Валерия", "Арина", "Вера", "Алёна",
    ]
    /// Russian fathers' names with their patronymics: (name, son's, daughter's).
    static let russianFathers: [(String, String, String)] = [
        ("Петр", "Петрович", "Петровна"), ("Сергей", "Сергеевич", "Сергеевна"), ("Андрей", "Андреевич", "Андреевна"),
        ("Виктор", "Викторович", "Викторовна"), ("Олег", "Олегович", "Олеговна"), ("Игорь", "Игоревич", "Игоревна"),
        ("Николай", "Николаевич", "Николаевна"), ("Александр", "Александрович", "Александровна"),
        ("Владимир", "Владимирович", "Владимировна"), ("Юрий", "Юрьевич", "Юрьевна"),
        ("Михаил", "Михайлович", "Михайловна"), ("Евгений", "Евгеньевич", "Евгеньевна"),
    ]

    // MARK: - Scripts

    /// Kazakh letters to the official Russian rendering (assessment-rules.md §12).
    static func russianLetters(_ text: String) -> String {
        String(
            text.map { letter -> Character in
                switch letter {
                case "ә": "а"
                case "Ә": "А"
                case "ғ": "г"
                case "Ғ": "Г"
                case "қ": "к"
                case "Қ": "К"
                case "ң": "н"
                case "Ң": "Н"
                case "ө": "о"
                case "Ө": "О"
                case "ұ", "ү": "у"
                case "Ұ", "Ү": "У"
                case "һ": "х"
                case "Һ": "Х"
                case "і": "и"
                case "І": "И"
                default: letter
                }
            })
    }

    /// A Latin spelling scheme a school's Teams tenant or a passport office uses.
    enum Latin: CaseIterable {
        /// Passport style: zh, kh, sh, ch, y for ы, ye at the start, ss between vowels.
        case passport
        /// The 2021 alphabet: ä, ğ, q, ñ, ö, ū, ü, ı, ş, ç, j.
        case official2021
        /// ASCII logins: j for ж, h for х, q for қ, i for і.
        case login
    }

    /// The name in a Latin scheme, capitalised.
    static func latin(_ text: String, _ scheme: Latin) -> String {
        var out = ""
        let letters = Array(text.lowercased())
        for (index, letter) in letters.enumerated() {
            let first = index == 0
            let between =
                index > 0 && index + 1 < letters.count && "аәеиоөуұүыіэюя".contains(letters[index - 1])
                && "аәеиоөуұүыіэюя".contains(letters[index + 1])
            switch scheme {
            case .passport:
                switch letter {
                case "а", "ә": out += "a"
                case "б": out += "b"
                case "в": out += "v"
                case "г", "ғ": out += "g"
                case "д": out += "d"
                case "е": out += first ? "ye" : "e"
                case "ё": out += "yo"
                case "ж": out += "zh"
                case "з": out += "z"
                case "и", "і": out += "i"
                case "й": out += "y"
                case "к", "қ": out += "k"
                case "л": out += "l"
                case "м": out += "m"
                case "н", "ң": out += "n"
                case "о", "ө": out += "o"
                case "п": out += "p"
                case "р": out += "r"
                case "с": out += between ? "ss" : "s"
                case "т": out += "t"
                case "у", "ұ", "ү": out += "u"
                case "ф": out += "f"
                case "х": out += "kh"
                case "һ": out += "h"
                case "ц": out += "ts"
                case "ч": out += "ch"
                case "ш": out += "sh"
                case "щ": out += "shch"
                case "ы": out += "y"
                case "э": out += "e"
                case "ю": out += "yu"
                case "я": out += "ya"
                default: break
                }
            case .official2021:
                switch letter {
                case "а": out += "a"
                case "ә": out += "ä"
                case "б": out += "b"
                case "в": out += "v"
                case "г": out += "g"
                case "ғ": out += "ğ"
                case "д": out += "d"
                case "е", "э": out += "e"
                case "ё": out += "io"
                case "ж": out += "j"
                case "з": out += "z"
                case "и", "й": out += "i"
                case "і": out += "ı"
                case "к": out += "k"
                case "қ": out += "q"
                case "л": out += "l"
                case "м": out += "m"
                case "н": out += "n"
                case "ң": out += "ñ"
                case "о": out += "o"
                case "ө": out += "ö"
                case "п": out += "p"
                case "р": out += "r"
                case "с": out += "s"
                case "т": out += "t"
                case "у": out += "u"
                case "ұ": out += "ū"
                case "ү": out += "ü"
                case "ф": out += "f"
                case "х", "һ": out += "h"
                // Ц is outside the 2021 alphabet's 31 letters; Russian names keep the passport "ts".
                case "ц": out += "ts"
                case "ч": out += "ç"
                case "ш": out += "ş"
                case "щ": out += "şç"
                case "ы": out += "y"
                case "ю": out += "iu"
                case "я": out += "ia"
                default: break
                }
            case .login:
                switch letter {
                case "а", "ә": out += "a"
                case "б": out += "b"
                case "в": out += "v"
                case "г", "ғ": out += "g"
                case "д": out += "d"
                case "е", "э", "ё": out += "e"
                case "ж": out += "j"
                case "з": out += "z"
                case "и", "і", "й": out += "i"
                case "к": out += "k"
                case "қ": out += "q"
                case "л": out += "l"
                case "м": out += "m"
                case "н", "ң": out += "n"
                case "о", "ө": out += "o"
                case "п": out += "p"
                case "р": out += "r"
                case "с": out += "s"
                case "т": out += "t"
                case "у", "ұ", "ү": out += "u"
                case "ф": out += "f"
                case "х", "һ": out += "h"
                case "ц": out += "ts"
                case "ч": out += "ch"
                case "ш": out += "sh"
                case "щ": out += "sh"
                case "ы": out += "y"
                case "ю": out += "yu"
                case "я": out += "ya"
                default: break
                }
            }
        }
        guard let first = out.first else { return out }
        let capital: String =
            switch first {
            case "ä": "Ä"
            case "ö": "Ö"
            case "ü": "Ü"
            case "ū": "Ū"
            case "ı": "I"
            case "ş": "Ş"
            case "ç": "Ç"
            case "ğ": "Ğ"
            default: first.uppercased()
            }
        return capital + out.dropFirst()
    }
}
