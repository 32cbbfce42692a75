/// The profiles compiled into the module.
public enum BuiltInProfiles {
    /// The generic journal profile, platform id `journal`: reads the common Russian and Kazakh
    /// journal layouts with no configuration. Its YAML is ``journalYAML``.
    public static let journal: JournalProfile = {
        do {
            return try JournalProfile(yaml: journalYAML, name: "journal.yaml")
        } catch {
            fatalError("the built-in journal profile is invalid: \(error)")
        }
    }()

    /// The adapter made from ``journal``.
    public static var journalPlatform: ProfilePlatform { ProfilePlatform(journal) }

    /// The text of the generic journal profile: the one source of truth (a copy for teachers to
    /// start from is `Samples/Journal/journal.yaml`, kept identical by a test).
    public static let journalYAML = #"""
        # GradePort journal profile: the generic journal table.
        # A name column (ФИО, Аты-жөні, Оқушы, Ученик, Student), then one column per assessment:
        # СОР 1, БЖБ 2 (20), СОЧ, ТЖБ, ФО, dates (12.09), Четверть / Тоқсан / Итог.
        # Copy this file, change what differs in your school's export, and use it with
        #   gradeport convert FILE --profile my-profile.yaml
        id: journal
        name: Journal table (generic)
        platform: journal
        export: journal-table
        summary: a journal table with a name column and one column per СОР/БЖБ, СОЧ/ТЖБ, ФО/ҚБ or dated mark

        sniff:
          extensions: [csv, tsv, txt, xlsx, xml]
          confidence: medium      # real platforms say high for their own files, and win ties: journal is listed last

        header:
          search: 25              # the header is one of the first 25 rows
          groupRow: auto          # a row above the header may hold group headings (СОР over 1 | 2 | 3)
          maxRow: [макс, макс балл, максимальный балл, max, max score, балл, баллы, ең жоғары балл, ұпай, max points]
          dateRow: [дата, күні, date]

        columns:
          name: [ФИО, ФИО ученика, ФИО учащегося, Ф.И.О., Ученик, Учащийся, Студент, Обучающийся,
                 Аты-жөні, Оқушының аты-жөні, Оқушы, Оқушының толық аты-жөні, Аты жөні,
                 Student, Student name, Name, Full name]
          surname: [Фамилия, Тегі]
          given: [Имя, Аты]
          patronymic: [Отчество, Әкесінің аты]
          iin: [ИИН, ЖСН, IIN, ИИН ученика]
          email: [Email, E-mail, Электронная почта, Эл. почта, Почта]
          login: [Логин, Login]
          class: [Класс, Сынып, Class]
          subject: [Предмет, Пән, Subject]
          ignore: [№, "#", N, п/п, № п/п, Nr, Средний балл, Средняя оценка, Орташа балл, Орташа, Average]

        assessments:
          - words: [СОР, СОр, БЖБ, SOR, BZhB]
            kind: sectionSummative
          - words: [СОЧ, СОч, ТЖБ, SOCH, TZhB]
            kind: termSummative
          - words: [ФО, ҚБ, КБ, FO]
            kind: formative
          - pattern: '^[0-9]{1,2}\.[0-9]{1,2}(\.[0-9]{2}([0-9]{2})?)?$'
            kind: formative
          - words: [Четверть, Четвертная, Четв, Тоқсан, Тоқсандық, Итог, Итоговая, Итоговая оценка, Годовая,
                    Жылдық, Қорытынды, Оценка за четверть, Тоқсандық баға, Quarter, Final]
            kind: final
            scale: mark5
          - words: [Экзамен, Емтихан, Exam]
            kind: exam
        unmatched: classify      # other columns: the kind is read from the heading, else 'other'

        max: [heading, row]      # the maximum: in the heading (СОР 1 (20), СОР1/20), else in the maxima row
        scale: points
        decimalComma: auto       # a ;-separated CSV from Excel uses decimal commas

        words:
          absent: [н, Н, нб, н/б, отс, отс., жоқ, келмеді]
          exempt: [осв, осв., бос., босатылған]
          excused: [ув, ув.]
        ignoreRows: [Средний балл, Средняя оценка, Средний, Орташа, Орташа балл, Итого, Барлығы, Average]
        """#
}
