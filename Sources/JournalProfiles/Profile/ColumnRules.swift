import GradePortCore

/// Which columns hold the student's name, ids, class and subject (the `columns` key).
///
/// Each list holds the headings a column may have; a heading matches when it is one of them as a
/// whole (see ``WordList/matchesWhole(_:)``). The first matching column is used.
public struct ColumnRules: Sendable, Hashable {
    /// The full-name column (`ФИО`, `Аты-жөні`, `Оқушы`, `Student`).
    public var name: WordList
    /// The order of the words in the full-name column.
    public var nameOrder: NameOrder
    /// A surname column, for tables that split the name.
    public var surname: WordList
    /// A given-name column.
    public var givenName: WordList
    /// A patronymic column.
    public var patronymic: WordList
    /// An IIN (ИИН / ЖСН) column.
    public var iin: WordList
    /// An e-mail column.
    public var email: WordList
    /// A login column.
    public var login: WordList
    /// The platform's own student id column.
    public var studentID: WordList
    /// Which value becomes the person id; `nil` takes the first present of IIN, e-mail, login, id, name.
    public var personKey: PersonKey?
    /// A class column (`Класс`, `Сынып`); its value wins over ``ContextRules/className``.
    public var className: WordList
    /// A subject column (`Предмет`, `Пән`); its value wins over ``ContextRules/subject``.
    public var subject: WordList
    /// Columns that are not read (`№`, `Средний балл`), matched as whole headings.
    public var ignore: WordList
    /// A comment column (`Комментарий`, `Пікір`, `Comment`): in a wide table, the comment of the
    /// assessment column before it; in a long table, the comment of the row's result.
    public var comment: WordList
    /// The columns of a long table (``JournalProfile/layout`` `long`): what each row is a result of.
    public var long: LongColumnRules

    /// Creates column rules.
    public init(
        name: WordList = [], nameOrder: NameOrder = .surnameFirst, surname: WordList = [], givenName: WordList = [],
        patronymic: WordList = [], iin: WordList = [], email: WordList = [], login: WordList = [],
        studentID: WordList = [], personKey: PersonKey? = nil, className: WordList = [], subject: WordList = [],
        ignore: WordList = [], comment: WordList = [], long: LongColumnRules = .init()
    ) {
        self.name = name
        self.nameOrder = nameOrder
        self.surname = surname
        self.givenName = givenName
        self.patronymic = patronymic
        self.iin = iin
        self.email = email
        self.login = login
        self.studentID = studentID
        self.personKey = personKey
        self.className = className
        self.subject = subject
        self.ignore = ignore
        self.comment = comment
        self.long = long
    }

    /// The order of the words of a full name.
    public enum NameOrder: String, Sendable, Hashable, CaseIterable {
        /// Surname Name Patronymic, the official order in Kazakhstan (`Ахметов Нұрлан Серікұлы`).
        case surnameFirst = "surname-first"
        /// Name Patronymic Surname or Name Surname (`Nurlan Akhmetov`): the last word is the surname.
        case givenFirst = "given-first"
    }

    /// The value that identifies a student.
    public enum PersonKey: String, Sendable, Hashable, CaseIterable {
        /// The IIN.
        case iin
        /// The e-mail, lower-cased.
        case email
        /// The login.
        case login
        /// The platform's student id.
        case id
        /// The full name with the class (names are not unique, so this is the last resort).
        case name
    }
}
