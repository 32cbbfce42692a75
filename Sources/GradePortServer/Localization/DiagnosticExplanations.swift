import GradePortCore

/// One line per diagnostic code, in Russian, Kazakh and English: what the code means for a teacher.
///
/// The detailed message stays as the CLI prints it; this line sits above each group of the page.
enum DiagnosticExplanations {
    /// Every code the built-in adapters, readers, the merge and the store emit.
    static let all: [DiagnosticCode: (ru: String, kk: String, en: String)] = [
        "unreadable-input": (
            "Файл не открывается или это не обычный файл.",
            "Файл ашылмайды немесе бұл кәдімгі файл емес.",
            "The file cannot be opened, or it is not a regular file."
        ),
        "unknown-format": (
            "Ни одна платформа не узнала этот файл; выберите платформу вручную.",
            "Бірде-бір платформа бұл файлды танымады; платформаны қолмен таңдаңыз.",
            "No platform recognised this file; choose the platform by hand."
        ),
        "empty-input": (
            "Файл пуст.",
            "Файл бос.",
            "The file is empty."
        ),
        "binary-input": (
            "Это не текстовый файл нужного вида.",
            "Бұл қажетті түрдегі мәтіндік файл емес.",
            "This is not a text file of the expected kind."
        ),
        "invalid-text": (
            "Кодировку не удалось определить или текст в ней повреждён.",
            "Кодтауды анықтау мүмкін болмады немесе мәтін бүлінген.",
            "The text encoding could not be determined, or the text is damaged."
        ),
        "truncated-input": (
            "Файл обрывается посреди записи: загрузка, вероятно, не завершилась.",
            "Файл жазбаның ортасында үзіледі: жүктеу аяқталмаған болуы мүмкін.",
            "The file ends in the middle of a record: the download was probably cut short."
        ),
        "malformed-input": (
            "Файл нарушает правила своего формата.",
            "Файл өз пішімінің ережелерін бұзады.",
            "The file breaks the rules of its format."
        ),
        "limit-exceeded": (
            "Превышен предел размера, глубины или длины.",
            "Өлшем, тереңдік немесе ұзындық шегі асып кетті.",
            "A size, depth or length limit was exceeded."
        ),
        "xml-entity-declaration": (
            "XML объявляет сущности; такой файл не читается ради безопасности.",
            "XML нысандарды жариялайды; қауіпсіздік үшін мұндай файл оқылмайды.",
            "The XML declares entities; such a file is refused for safety."
        ),
        "missing-header": (
            "Не найдена строка заголовков, которая нужна формату.",
            "Пішімге қажетті тақырып жолы табылмады.",
            "The header row the format needs was not found."
        ),
        "missing-column": (
            "Нет обязательного столбца.",
            "Міндетті баған жоқ.",
            "A required column is missing."
        ),
        "ragged-row": (
            "В строке другое число полей, чем в заголовке.",
            "Жолда тақырыптағыдан басқа өріс саны бар.",
            "A row has a different number of fields than the header."
        ),
        "duplicate-student": (
            "Ученик повторяется в том же файле.",
            "Оқушы сол файлда қайталанады.",
            "A student appears twice in the same file."
        ),
        "duplicate-result": (
            "Второй результат для того же ученика и работы.",
            "Сол оқушы мен жұмыс үшін екінші нәтиже.",
            "A second result for the same student and assessment."
        ),
        "invalid-score": (
            "Ячейка — не балл и не известное слово статуса.",
            "Ұяшық балл да, белгілі күй сөзі де емес.",
            "The cell is neither a score nor a known status word."
        ),
        "negative-score": (
            "Отрицательный балл; отклонён.",
            "Теріс балл; қабылданбады.",
            "A negative score; rejected."
        ),
        "score-above-maximum": (
            "Балл больше максимума; сохранён с предупреждением.",
            "Балл ең жоғарғы мәннен көп; ескертумен сақталды.",
            "The score is above the maximum; kept with a warning."
        ),
        "ungraded-assessment": (
            "Балл у работы, которую платформа считает неоцениваемой.",
            "Платформа бағаланбайтын деп санайтын жұмыстың баллы.",
            "A score for an assessment the platform marks as ungraded."
        ),
        "draft-grade": (
            "Это лишь черновик оценки учителя.",
            "Бұл мұғалім бағасының жобасы ғана.",
            "This grade is only the teacher's draft."
        ),
        "dangling-reference": (
            "Запись ссылается на ученика, класс или работу, которых нет в файле.",
            "Жазба файлда жоқ оқушыға, сыныпқа немесе жұмысқа сілтейді.",
            "The record points at a student, class or assessment the file does not contain."
        ),
        "incomplete-record": (
            "В записи нет нужных полей.",
            "Жазбада қажетті өрістер жоқ.",
            "The record lacks fields that are needed."
        ),
        "invalid-iin": (
            "Неверная контрольная сумма ИИН; ИИН отброшен, человек сохранён.",
            "ЖСН бақылау сомасы қате; ЖСН алынып тасталды, адам сақталды.",
            "The IIN's checksum is wrong; the IIN is dropped, the person kept."
        ),
        "skipped-row": (
            "Строка без ученика пропущена.",
            "Оқушысы жоқ жол өткізіп жіберілді.",
            "A row without a student was skipped."
        ),
        "ignored-content": (
            "Часть файла не читается этим адаптером (неизвестный раздел или столбец).",
            "Файлдың бір бөлігін бұл адаптер оқымайды (белгісіз бөлім немесе баған).",
            "Part of the file is not read by this adapter (an unknown section or column)."
        ),
        "inferred-value": (
            "Значение выведено по правилу (класс из имени файла, десятичная запятая).",
            "Мән ереже бойынша шығарылды (сынып файл атынан, ондық үтір).",
            "A value was inferred by a stated rule (a class from the file name, a decimal comma)."
        ),
        "merged-by-name": (
            "Записи из разных файлов объединены только по имени и классу.",
            "Әр файлдағы жазбалар тек аты мен сыныбы бойынша біріктірілді.",
            "Records of different files were merged on name and class alone."
        ),
        "ambiguous-person-match": (
            "В классе несколько людей с таким именем; по имени никто не объединён.",
            "Сыныпта мұндай атты бірнеше адам бар; аты бойынша ешкім біріктірілмеді.",
            "Several people of the class share this name; none was merged by name."
        ),
        "possible-duplicate-person": (
            "В одном файле два человека с одинаковым именем в классе: двое детей или один дважды.",
            "Бір файлда сыныпта аттас екі адам: екі бала не бір бала екі рет.",
            "One file has two people with the same name in a class: two children, or one twice."
        ),
        "conflicting-identity": (
            "Надёжные признаки указывают на людей с разными ИИН или ролями; они не объединены.",
            "Сенімді белгілер ЖСН немесе рөлі әртүрлі адамдарды көрсетеді; олар біріктірілмеді.",
            "Strong evidence points at people whose IINs or roles differ; they are kept apart."
        ),
        "ambiguous-assessment-match": (
            "Работа может соответствовать нескольким работам другого файла; ни одна не сопоставлена.",
            "Жұмыс басқа файлдың бірнеше жұмысына сәйкес келуі мүмкін; ешқайсысы сәйкестендірілмеді.",
            "The assessment could be one of several in another file; none was aligned."
        ),
        "assessment-maximum-mismatch": (
            "Похожие работы из разных файлов имеют разный максимум; они не объединены.",
            "Әр файлдағы ұқсас жұмыстардың ең жоғарғы балы әртүрлі; олар біріктірілмеді.",
            "Similar assessments of different files have different maxima; they are kept apart."
        ),
        "conflicting-results": (
            "Файлы дают разные значения для одного ученика и работы; одно оставлено по выбору.",
            "Файлдар бір оқушы мен жұмыс үшін әртүрлі мән береді; біреуі таңдау бойынша қалдырылды.",
            "The files give different values for one student and assessment; one is kept as chosen."
        ),
        "merge-note": (
            "Заметка о том, как файлы были сопоставлены.",
            "Файлдардың қалай сәйкестендірілгені туралы ескертпе.",
            "A note on how the files were aligned."
        ),
        "letter-rating": (
            "Буквенные оценки (A, B, C) сохранены как есть, без балла.",
            "Әріптік бағалар (A, B, C) баллсыз, сол күйінде сақталды.",
            "Letter ratings (A, B, C) were kept as written, without a score."
        ),
        "mark-modifier": (
            "Оценки с «+» или «−» прочитаны как базовая оценка.",
            "«+» немесе «−» белгісі бар бағалар негізгі баға ретінде оқылды.",
            "Marks with + or − were read as their base mark."
        ),
        "superseded-attempt": (
            "Попытка теста, которая не оставлена: выбрана другая строка.",
            "Сақталмаған тест әрекеті: басқа жол таңдалды.",
            "A test attempt that is not the one kept: another row was chosen."
        ),
        "percent-mismatch": (
            "Процент в строке не согласуется с баллом и максимумом; балл сохранён.",
            "Жолдағы пайыз балл мен ең жоғарғы мәнге сәйкес келмейді; балл сақталды.",
            "The row's percent disagrees with its score and maximum; the score is kept."
        ),
        "identity-conflict": (
            "Человек похож на уже сохранённого, но признаки противоречат; они не связаны.",
            "Адам қоймадағы адамға ұқсайды, бірақ белгілері қайшы; олар байланыстырылмады.",
            "The person resembles one in the store but the evidence conflicts; they are not linked."
        ),
        "store-refused": (
            "Хранилище не приняло файл; из него ничего не сохранено, остальные файлы сохранены.",
            "Қойма файлды қабылдамады; одан ештеңе сақталмады, қалған файлдар сақталды.",
            "The store refused the file; nothing of it was stored, the other files were."
        ),
        "invalid-date": (
            "Дата или учебный год не в форме ISO 8601.",
            "Күн немесе оқу жылы ISO 8601 пішімінде емес.",
            "A date or school year is not in ISO 8601 form."
        ),
        "invalid-value": (
            "Значение вне допустимого списка или не того типа.",
            "Мән рұқсат етілген тізімнен тыс немесе түрі басқа.",
            "A value outside its column's list, or of the wrong type."
        ),
        "duplicate-record": (
            "Вторая запись с тем же sourcedId в том же файле.",
            "Сол файлда сол sourcedId бар екінші жазба.",
            "A second record with the same sourcedId in the same file."
        ),
        "deleted-record": (
            "Запись помечена как удалённая и не читается.",
            "Жазба жойылған деп белгіленген, оқылмайды.",
            "A record marked as deleted; not read."
        ),
        "adapter-failed": (
            "Внешний адаптер завершился с ошибкой; прочитанное до сбоя сохранено, но не импортируется.",
            "Сыртқы адаптер қатемен аяқталды; ақауға дейін оқылғаны сақталды, бірақ импортталмайды.",
            "An external adapter failed; what it read before is kept but not imported."
        ),
        "adapter-output": (
            "Внешний адаптер вывел строку, которая не относится к протоколу.",
            "Сыртқы адаптер хаттамаға жатпайтын жол шығарды.",
            "An external adapter printed a line that is not part of the protocol."
        ),
        "adapter-log": (
            "Сообщения, которые внешний адаптер записал в свой журнал.",
            "Сыртқы адаптердің өз журналына жазған хабарлары.",
            "What an external adapter wrote to its log."
        ),
        "unscoped-input": (
            "Файлы из разных папок без названия школы объединены как одна школа; укажите школу.",
            "Мектеп атауы жоқ әр түрлі қалталардағы файлдар бір мектеп ретінде біріктірілді; мектепті көрсетіңіз.",
            "Files from different folders that name no school were joined as one school; name the school."
        ),
        "term-from-calendar": (
            "Четверть определена по школьному календарю (по датам или названиям работ).",
            "Тоқсан мектеп күнтізбесі бойынша анықталды (жұмыстардың күндері немесе атаулары бойынша).",
            "The quarter was taken from the school calendar (by the work's dates or titles)."
        ),
    ]
}
