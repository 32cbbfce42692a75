/// The words of GradePort's reports (terminal table, CSV headers, HTML page, XLSX sheets) in Russian,
/// Kazakh and English, kept beside the web page's phrases so that the page and the reports it links to
/// name things alike.
///
/// Kazakh uses the terms teachers use: ҚБ (қалыптастырушы бағалау) for ФО, БЖБ (бөлім бойынша жиынтық
/// бағалау) for СОР, ТЖБ (тоқсандық жиынтық бағалау) for СОЧ, тоқсан, оқушы, баға. English uses the
/// NIS abbreviations FA, SAU (summative assessment for the unit) and SAT (… for the term). Placeholders
/// `%1`, `%2`, … are filled by ``LocalizedText/format(_:_:)``.
package enum ReportPhrase: String, Sendable, CaseIterable {
    // Assessment components and periods.
    case formative, section, term, total, mark, student, className, subject, period, school, platform, remarks
    case quarter, semester, trimester, year, annualOf
    case bandHigh, bandMiddle, bandLow, bandNone
    // Headings and notes.
    case reportTitle, policyLine, noRows, schoolsSummary, citySummary, platformDiffers
    case noClass, noSubject, noPeriod, grades, allSchools
    case marksLine, withoutMark, quality, progress, averagesLine, meanAnnualMark, missingSummatives
    case studentsAndRows, yearsFrom, gradesRange, roundingNote, contents
    case chartMarksByClass, chartAnnualByClass, chartHistogram, chartScatter, chartMarksBySchool, chartMarksByGrade
    case schoolsCompared, cityAllSchools, schoolAndGrade, grade, students, qualityPercent, progressPercent
    case meanMark, meanMarkShort, bandsOf, meanOf, meanTotal, legendNote
    case number, periodMarks, byPeriods, mean, annual
    case chartMarksDescription, axisStudents, histogramDescription, axisTotalPercent, scatterDescription
    case scatterPoint, scatterDashes
    // Table-only column titles and the workbook's sheets.
    case roundedPercent, platformMark, platformDifferences, marksColumn, studentID, classesSheet, schoolsSheet,
        warningsSheet
    // Warnings shown to a teacher.
    case warnNotGraded, warnNoScore, warnNoMaximum, warnWeightSpread, warnNoCounted, warnNoCountedIgnored
    case warnAboveHundred, warnPartialYear, warnPlatformDiffers, warnPlatformUnreadable, warnPlatformUsed
    case warnTermNoYear, warnNoTerm, warnYearFromOption, warnLatestRules, warnNoRule, warnNoRuleGrade
    case warnNotCounted, warnNoResult, warnNoTermMarks, warnDraftsCounted, warnDraftsLeftOut
    case statusGraded, statusMissing, statusExcused, statusExempt, statusAbsent, statusSubmitted

    /// The phrase in the three languages.
    package var text: LocalizedText {
        switch self {
        case .formative: LocalizedText("ФО", "ҚБ", "FA")
        case .section: LocalizedText("СОР", "БЖБ", "SAU")
        case .term: LocalizedText("СОЧ", "ТЖБ", "SAT")
        case .total: LocalizedText("Итог", "Қорытынды", "Total")
        case .mark: LocalizedText("Оценка", "Баға", "Mark")
        case .student: LocalizedText("Ученик", "Оқушы", "Student")
        case .className: LocalizedText("Класс", "Сынып", "Class")
        case .subject: LocalizedText("Предмет", "Пән", "Subject")
        case .period: LocalizedText("Период", "Кезең", "Period")
        case .school: LocalizedText("Школа", "Мектеп", "School")
        case .platform: LocalizedText("Платформа", "Платформа", "Platform")
        case .remarks: LocalizedText("Замечания", "Ескертулер", "Remarks")
        case .quarter: LocalizedText("%1 четверть", "%1-тоқсан", "Quarter %1")
        case .semester: LocalizedText("%1 полугодие", "%1-жартыжылдық", "Semester %1")
        case .trimester: LocalizedText("%1 триместр", "%1-триместр", "Trimester %1")
        case .year: LocalizedText("Год", "Жыл", "Year")
        case .annualOf: LocalizedText("Год %1", "%1 оқу жылы", "Year %1")
        case .bandHigh: LocalizedText("высокий", "жоғары", "high")
        case .bandMiddle: LocalizedText("средний", "орташа", "middle")
        case .bandLow: LocalizedText("низкий", "төмен", "low")
        case .bandNone: LocalizedText("нет", "жоқ", "none")
        case .reportTitle: LocalizedText("Отчёт об успеваемости", "Үлгерім туралы есеп", "Progress report")
        case .policyLine: LocalizedText("правила: %1 (%2)", "ережелер: %1 (%2)", "rules: %1 (%2)")
        case .noRows:
            LocalizedText(
                "Нет строк: в данных нет результатов по выбранным классам, предметам и периодам.",
                "Жолдар жоқ: таңдалған сыныптар, пәндер мен кезеңдер бойынша деректерде нәтиже жоқ.",
                "No rows: the data has no results for the chosen classes, subjects and periods.")
        case .schoolsSummary: LocalizedText("Сводка по школам", "Мектептер бойынша жиынтық", "Summary by school")
        case .citySummary:
            LocalizedText(
                "Сводка по городу (все школы)", "Қала бойынша жиынтық (барлық мектептер)", "City summary (all schools)")
        case .platformDiffers:
            LocalizedText(
                "Оценка платформы расходится с вычисленной: %1", "Платформа бағасы есептелген бағадан өзгеше: %1",
                "The platform's mark differs from the computed one: %1")
        case .noClass: LocalizedText("класс не указан", "сынып көрсетілмеген", "no class")
        case .noSubject: LocalizedText("предмет не указан", "пән көрсетілмеген", "no subject")
        case .noPeriod: LocalizedText("период не указан", "кезең көрсетілмеген", "no period")
        case .grades: LocalizedText("%1 классы", "%1-сыныптар", "grade %1")
        case .allSchools: LocalizedText("Все школы", "Барлық мектептер", "All schools")
        case .marksLine: LocalizedText("Оценки", "Бағалар", "Marks")
        case .withoutMark: LocalizedText("без оценки", "бағасыз", "without a mark")
        case .quality: LocalizedText("качество", "сапа", "quality")
        case .progress: LocalizedText("успеваемость", "үлгерім", "pass rate")
        case .averagesLine: LocalizedText("Средние", "Орташа", "Averages")
        case .meanAnnualMark: LocalizedText("Средняя годовая оценка", "Орташа жылдық баға", "Mean annual mark")
        case .missingSummatives: LocalizedText("Без СОР/СОЧ", "БЖБ/ТЖБ жоқ", "Missing SAU/SAT")
        case .studentsAndRows:
            LocalizedText(
                "Правила: %1 (%2). Учеников: %3; строк: %4.", "Ережелер: %1 (%2). Оқушылар: %3; жолдар: %4.",
                "Rules: %1 (%2). Students: %3; rows: %4.")
        case .yearsFrom: LocalizedText("с %1", "%1 бастап", "from %1")
        case .gradesRange: LocalizedText(", классы %1–%2", ", %1–%2-сыныптар", ", grades %1–%2")
        case .roundingNote:
            LocalizedText(
                "Итог округляется до целого по правилам математики из точного значения; отсутствие, освобождение и "
                    + "несданные работы не считаются нулём. Годовая оценка — среднее оценок за периоды, округлённое до "
                    + "целого.",
                "Қорытынды нақты мәннен математика ережесі бойынша бүтінге дейін дөңгелектенеді; болмау, босату және "
                    + "тапсырылмаған жұмыстар нөл деп есептелмейді. Жылдық баға — кезеңдердегі бағалардың бүтінге "
                    + "дейін дөңгелектенген орташасы.",
                "The total is rounded half up to a whole number from the exact value; absence, exemption and work not "
                    + "handed in are not counted as zero. The annual mark is the mean of the period marks, rounded to a "
                    + "whole number.")
        case .contents: LocalizedText("Содержание", "Мазмұны", "Contents")
        case .chartMarksByClass: LocalizedText("Оценки по классам", "Сыныптар бойынша бағалар", "Marks by class")
        case .chartAnnualByClass:
            LocalizedText("Годовые оценки по классам", "Сыныптар бойынша жылдық бағалар", "Annual marks by class")
        case .chartHistogram:
            LocalizedText(
                "Распределение итоговых процентов", "Қорытынды пайыздардың таралуы", "Distribution of total percentages"
            )
        case .chartScatter:
            LocalizedText(
                "СОР и СОЧ: каждый ученик — точка", "БЖБ мен ТЖБ: әр оқушы — бір нүкте",
                "SAU and SAT: one dot per student")
        case .chartMarksBySchool: LocalizedText("Оценки по школам", "Мектептер бойынша бағалар", "Marks by school")
        case .chartMarksByGrade: LocalizedText("Оценки по параллелям", "Параллельдер бойынша бағалар", "Marks by grade")
        case .schoolsCompared: LocalizedText("Сравнение школ", "Мектептерді салыстыру", "Schools compared")
        case .cityAllSchools: LocalizedText("Город: все школы", "Қала: барлық мектептер", "City: all schools")
        case .schoolAndGrade: LocalizedText("Школа, параллель", "Мектеп, параллель", "School, grade")
        case .grade: LocalizedText("Параллель", "Параллель", "Grade")
        case .students: LocalizedText("Учеников", "Оқушылар", "Students")
        case .qualityPercent: LocalizedText("Качество, %", "Сапа, %", "Quality, %")
        case .progressPercent: LocalizedText("Успеваемость, %", "Үлгерім, %", "Pass rate, %")
        case .meanMark: LocalizedText("Средняя оценка", "Орташа баға", "Mean mark")
        case .meanMarkShort: LocalizedText("Ср. оценка", "Орт. баға", "Mean mark")
        case .bandsOf:
            LocalizedText("%1: выс. / ср. / низ. / нет", "%1: жоғ. / орт. / төм. / жоқ", "%1: high / mid / low / none")
        case .meanOf: LocalizedText("Ср. %1, %", "Орт. %1, %", "Mean %1, %")
        case .meanTotal: LocalizedText("Ср. итог, %", "Орт. қорытынды, %", "Mean total, %")
        case .legendNote:
            LocalizedText(
                "Качество — доля «4» и «5» среди учеников с оценкой; успеваемость — доля «3», «4» и «5». "
                    + "Уровни СОР и СОЧ: высокий 85–100 %, средний 40–84 %, низкий 0–39 %.",
                "Сапа — бағасы бар оқушылар ішіндегі «4» пен «5» үлесі; үлгерім — «3», «4» және «5» үлесі. "
                    + "БЖБ мен ТЖБ деңгейлері: жоғары 85–100 %, орташа 40–84 %, төмен 0–39 %.",
                "Quality: the share of 4s and 5s among students with a mark; pass rate: the share of 3s, 4s and 5s. "
                    + "SAU and SAT levels: high 85–100 %, middle 40–84 %, low 0–39 %.")
        case .number: LocalizedText("№", "№", "No.")
        case .periodMarks: LocalizedText("Оценки за периоды", "Кезеңдердегі бағалар", "Period marks")
        case .byPeriods: LocalizedText("За периоды", "Кезеңдер бойынша", "By period")
        case .mean: LocalizedText("Среднее", "Орташа", "Mean")
        case .annual: LocalizedText("Годовая", "Жылдық", "Annual")
        case .chartMarksDescription:
            LocalizedText(
                "Число учеников с каждой оценкой по классам: %1", "Сыныптар бойынша әр бағасы бар оқушылар саны: %1",
                "Students with each mark, by class: %1")
        case .axisStudents: LocalizedText("Учеников", "Оқушылар", "Students")
        case .histogramDescription:
            LocalizedText(
                "Гистограмма итоговых процентов: %1 учеников, интервалы по 5 %.",
                "Қорытынды пайыздар гистограммасы: %1 оқушы, аралықтар 5 %-дан.",
                "Histogram of total percentages: %1 students, 5 % bins.")
        case .axisTotalPercent: LocalizedText("Итоговый процент", "Қорытынды пайыз", "Total percentage")
        case .scatterDescription:
            LocalizedText(
                "Каждая точка — ученик: по горизонтали процент СОР, по вертикали процент СОЧ; %1 учеников с обоими "
                    + "результатами.",
                "Әр нүкте — оқушы: көлденеңінен БЖБ пайызы, тігінен ТЖБ пайызы; екі нәтижесі де бар %1 оқушы.",
                "Each dot is a student: SAU percentage across, SAT percentage up; %1 students with both results.")
        case .scatterPoint:
            LocalizedText(
                "%1%2: СОР %3 %, СОЧ %4 %, оценка %5", "%1%2: БЖБ %3 %, ТЖБ %4 %, баға %5",
                "%1%2: SAU %3 %, SAT %4 %, mark %5")
        case .scatterDashes:
            LocalizedText("пунктир: 40 % и 85 %", "үзік сызық: 40 % және 85 %", "dashes: 40 % and 85 %")
        case .roundedPercent: LocalizedText("Округлённый %", "Дөңгелектенген %", "Rounded %")
        case .platformMark: LocalizedText("Оценка платформы", "Платформа бағасы", "Platform mark")
        case .platformDifferences:
            LocalizedText("Расхождения с платформой", "Платформамен айырмашылықтар", "Platform mark differences")
        case .marksColumn: LocalizedText("Оценки", "Бағалар", "Marks")
        case .studentID: LocalizedText("ID ученика", "Оқушы ID", "Student ID")
        case .classesSheet: LocalizedText("Классы", "Сыныптар", "Classes")
        case .schoolsSheet: LocalizedText("Школы", "Мектептер", "Schools")
        case .warningsSheet: LocalizedText("Замечания", "Ескертулер", "Warnings")
        case .warnNotGraded:
            LocalizedText(
                "«%1»: %2 — не учтено (не ноль)", "«%1»: %2 — есепке алынбады (нөл емес)",
                "'%1' is %2: left out, not counted as zero")
        case .warnNoScore:
            LocalizedText(
                "«%1»: нет балла — не учтено", "«%1»: балл жоқ — есепке алынбады", "'%1' has no score: left out")
        case .warnNoMaximum:
            LocalizedText(
                "«%1»: нет максимального балла — не учтено", "«%1»: ең жоғары балл жоқ — есепке алынбады",
                "'%1' has no maximum score: left out, no percentage can be computed")
        case .warnWeightSpread:
            LocalizedText(
                "нет результатов %1: вес распределён на %2", "%1 нәтижелері жоқ: салмағы %2 арасында бөлінді",
                "no %1 results: the weight is spread over %2")
        case .warnNoCounted:
            LocalizedText(
                "нет результатов ФО, СОР и СОЧ: оценки нет", "ҚБ, БЖБ және ТЖБ нәтижелері жоқ: баға жоқ",
                "no FA, SAU or SAT results: no mark")
        case .warnNoCountedIgnored:
            LocalizedText(
                "нет учитываемых результатов (%1 не имеет веса): оценки нет",
                "есепке алынатын нәтиже жоқ (%1 салмағы жоқ): баға жоқ",
                "no results that count under the rule (%1 has no weight): no mark")
        case .warnAboveHundred:
            LocalizedText(
                "итог %1 % выше 100 % (балл выше максимума): поставлена высшая оценка",
                "қорытынды %1 % — 100 %-дан жоғары (балл ең жоғары мәннен асқан): ең жоғары баға қойылды",
                "the total is %1 %, above 100 % (a score above its maximum): the top mark was given")
        case .warnPartialYear:
            LocalizedText(
                "годовая оценка по %1 из %2 оценок за период", "жылдық баға %2 кезеңнің %1 бағасы бойынша",
                "annual mark from %1 of %2 term marks")
        case .warnPlatformDiffers:
            LocalizedText(
                "на платформе «%1» = %2, по расчёту %3", "платформада «%1» = %2, есеп бойынша %3",
                "the platform's mark '%1' is %2, the computed mark is %3")
        case .warnPlatformUnreadable:
            LocalizedText(
                "на платформе «%1» = «%2» — не оценка, не сравнивается",
                "платформада «%1» = «%2» — баға емес, салыстырылмайды",
                "the platform's mark '%1' is '%2', not a mark: not compared")
        case .warnPlatformUsed:
            LocalizedText(
                "%1: нет результатов для расчёта, взята оценка платформы %2",
                "%1: есептеуге нәтиже жоқ, платформаның %2 бағасы алынды",
                "%1: no results to compute from; the platform's mark %2 is used in the mean")
        case .warnTermNoYear:
            LocalizedText(
                "период «%1» без учебного года", "«%1» кезеңінде оқу жылы жоқ", "the term '%1' names no school year")
        case .warnNoTerm: LocalizedText("нет периода", "кезең жоқ", "no term")
        case .warnYearFromOption:
            LocalizedText(
                "%1: применены правила %2 (--school-year)", "%1: %2 ережелері қолданылды (--school-year)",
                "%1: the rules of %2 were used (--school-year)")
        case .warnLatestRules:
            LocalizedText(
                "%1: применены последние правила (%2); укажите --school-year",
                "%1: соңғы ережелер қолданылды (%2); --school-year көрсетіңіз",
                "%1: the latest rules (%2) were used; give --school-year")
        case .warnNoRule:
            LocalizedText("нет правила для %1: оценки нет", "%1 үшін ереже жоқ: баға жоқ", "no rule for %1: no mark")
        case .warnNoRuleGrade:
            LocalizedText(
                "нет правила для %1, %2 класс: оценки нет", "%1, %2-сынып үшін ереже жоқ: баға жоқ",
                "no rule for %1, grade %2: no mark")
        case .warnNotCounted:
            LocalizedText(
                "не входит в оценку за период: %1", "кезең бағасына кірмейді: %1", "not part of the term mark: %1")
        case .warnNoResult: LocalizedText("нет результата за «%1»", "«%1» бойынша нәтиже жоқ", "no result for '%1'")
        case .warnNoTermMarks:
            LocalizedText(
                "нет оценок за периоды: годовой оценки нет", "кезең бағалары жоқ: жылдық баға жоқ",
                "no term marks: no annual mark")
        case .warnDraftsCounted:
            LocalizedText(
                "черновые оценки учтены как итоговые (--include-drafts): %1",
                "жоба бағалар қорытынды ретінде есепке алынды (--include-drafts): %1",
                "draft grades counted as final (--include-drafts): %1")
        case .warnDraftsLeftOut:
            LocalizedText(
                "черновые оценки (ещё не выставлены ученику) не учтены: %1",
                "жоба бағалар (оқушыға әлі қойылмаған) есепке алынбады: %1",
                "draft grades, not yet returned to the student, left out of the mark (--include-drafts counts them): %1"
            )
        case .statusGraded: LocalizedText("оценено", "бағаланды", "graded")
        case .statusMissing: LocalizedText("не сдано", "тапсырылмады", "missing")
        case .statusExcused: LocalizedText("уважительная причина", "дәлелді себеп", "excused")
        case .statusExempt: LocalizedText("освобождён", "босатылған", "exempt")
        case .statusAbsent: LocalizedText("отсутствовал", "болмады", "absent")
        case .statusSubmitted: LocalizedText("сдано, не оценено", "тапсырылды, бағаланбады", "submitted")
        }
    }
}
