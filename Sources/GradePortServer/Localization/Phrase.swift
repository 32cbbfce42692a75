/// A phrase of the page, with its Russian, Kazakh and English text.
///
/// Placeholders `%1`, `%2`… are filled by ``Catalog/format(_:_:)``.
enum Phrase: String, Sendable, CaseIterable {
    case title
    case language
    case apply
    case refusedHeading
    case wrongHost
    case needToken
    case crossSite
    case uploadRefusedHeading
    case tooManyFiles
    case uploadTooBig
    case sessionEndedHeading
    case sessionEnded
    case downloadFailedHeading
    case noInputs
    case importedNotice
    case undoneNotice
    case dropHint
    case uploading
    case reading
    case preparing
    case preparingPage
    case uploadFailed
    case filesHeading
    case understoodHeading
    case previewNote
    case diagnosticsHeading
    case platform
    case export
    case encoding
    case delimiter
    case sheet
    case size
    case rows
    case results
    case errors
    case warnings
    case readAs
    case detectAuto
    case remove
    case stateRead
    case stateWarnings
    case stateErrors
    case stateUnreadable
    case downloadsHeading
    case downloadJSON
    case downloadCSV
    case downloadExcel
    case downloadOneRoster
    case downloadSDS
    case downloadRoster
    case downloadReport
    case downloadProblems
    case reportHeading
    case policyLabel
    case policyKazakhstan
    case openReport
    case policyUploadLabel
    case policyTooBig
    case policyRefusedHeading
    case policyLoaded
    case policyFileOption
    case storeHeading
    case reviewLink
    case historyHeading
    case historyEmpty
    case entry
    case when
    case file
    case added
    case changed
    case rejected
    case action
    case undoOf
    case undone
    case undo
    case endSession
    case previewTruncated
    case student
    case className
    case cellAsWritten
    case noDiagnostics
    case moreDiagnostics
    case mergeHeading
    case mergePeople
    case evidence
    case people
    case evidenceIIN
    case evidenceEmail
    case evidenceLink
    case evidenceName
    case ambiguousHeading
    case conflictsHeading
    case preferLabel
    case preferLast
    case noConflicts
    case conflict
    case values
    case chosen
    case kept
    case saveChoices
    case reviewHeading
    case reviewUnreadable
    case alreadyImported
    case reviewNew
    case reviewChanged
    case reviewUnchanged
    case nothingWouldChange
    case nothingWouldChangeAll
    case assessment
    case before
    case after
    case blanked
    case decreased
    case importButton
    case back
    case profileLoaded

    /// The phrase in the three languages, as the reports' words are kept (``LocalizedText``).
    var text: LocalizedText {
        let texts = self.texts
        return LocalizedText(texts.ru, texts.kk, texts.en)
    }

    /// The phrase in the three languages.
    var texts: (ru: String, kk: String, en: String) {
        switch self {
        case .title:
            (
                "Оценки из выгрузок — GradePort", "Бағалар экспорттан — GradePort",
                "Marks from exports — GradePort"
            )
        case .language:
            (
                "Язык", "Тіл",
                "Language"
            )
        case .apply:
            (
                "Применить", "Қолдану",
                "Apply"
            )
        case .refusedHeading:
            (
                "Запрос отклонён", "Сұрау қабылданбады",
                "Request refused"
            )
        case .wrongHost:
            (
                "Эта страница отвечает только по адресу %1.", "Бұл бет тек %1 мекенжайында жауап береді.",
                "This page answers only at %1."
            )
        case .needToken:
            (
                "Откройте адрес, который напечатала команда gradeport serve: в нём есть ключ доступа.",
                "gradeport serve командасы басып шығарған мекенжайды ашыңыз: онда қол жеткізу кілті бар.",
                "Open the address that gradeport serve printed: it carries the access key."
            )
        case .crossSite:
            (
                "Отклонено: запрос пришёл не с этой страницы.", "Қабылданбады: сұрау осы беттен келмеді.",
                "Refused: the request did not come from this page."
            )
        case .uploadRefusedHeading:
            (
                "Файл не принят", "Файл қабылданбады",
                "File not accepted"
            )
        case .tooManyFiles:
            (
                "В этом сеансе уже %1 файлов; сначала удалите какой-нибудь.",
                "Бұл сеанста %1 файл бар; алдымен біреуін өшіріңіз.",
                "This session already holds %1 files; remove one first."
            )
        case .uploadTooBig:
            (
                "Файл больше предела в %1 МБ и не сохранён. Запустите gradeport serve с --max-upload-mb, чтобы поднять предел.",
                "Файл %1 МБ шегінен үлкен, сақталмады. Шекті көтеру үшін gradeport serve командасын --max-upload-mb параметрімен іске қосыңыз.",
                "The file is larger than the limit of %1 MB and was not kept. Start gradeport serve with --max-upload-mb to raise the limit."
            )
        case .sessionEndedHeading:
            (
                "Сеанс завершён", "Сеанс аяқталды",
                "Session ended"
            )
        case .sessionEnded:
            (
                "Сеанс завершён, его файлы удалены. Чтобы начать снова, откройте адрес, который напечатала gradeport serve.",
                "Сеанс аяқталды, оның файлдары өшірілді. Қайта бастау үшін gradeport serve басып шығарған мекенжайды ашыңыз.",
                "The session ended and its files were deleted. To start again, open the address gradeport serve printed."
            )
        case .downloadFailedHeading:
            (
                "Файл не записан", "Файл жазылмады",
                "The file could not be written"
            )
        case .noInputs:
            (
                "Файлов пока нет.", "Әзірге файл жоқ.",
                "No files yet."
            )
        case .importedNotice:
            (
                "Импортировано файлов: %1 (добавлено %2, изменено %3); пропущено как уже импортированные или нечитаемые: %4.",
                "Импортталған файлдар: %1 (қосылды %2, өзгерді %3); бұрын импортталған не оқылмайтын ретінде өткізілді: %4.",
                "Imported %1 file(s) (%2 added, %3 changed); skipped as already imported or unreadable: %4."
            )
        case .undoneNotice:
            (
                "Импорт %1 отменён: удалено %2, восстановлено %3.",
                "%1 импорты болдырылмады: %2 жойылды, %3 қалпына келтірілді.",
                "Import %1 undone: %2 removed, %3 restored."
            )
        case .dropHint:
            (
                "Перетащите сюда выгрузки (CSV, XLSX, JSON; папку — как .zip; профиль журнала — .yaml) или выберите их. Предел — %1 МБ на файл.",
                "Экспорт файлдарын осында сүйреңіз (CSV, XLSX, JSON; буманы — .zip ретінде; журнал профилін — .yaml ретінде) немесе таңдаңыз. Шек — файлға %1 МБ.",
                "Drop exports here (CSV, XLSX, JSON; a folder as .zip; a journal profile as .yaml) or choose them. Limit: %1 MB per file."
            )
        case .uploading:
            (
                "Загрузка", "Жүктеу",
                "Uploading"
            )
        case .reading:
            (
                "Чтение", "Оқу",
                "Reading"
            )
        case .preparing:
            (
                "Подготовка карточки", "Карточканы дайындау",
                "Preparing the card"
            )
        case .preparingPage:
            (
                "Файлы прочитаны; страница с предпросмотром готовится",
                "Файлдар оқылды; алдын ала қарау беті дайындалуда",
                "Files read; preparing the page with the preview"
            )
        case .uploadFailed:
            (
                "Загрузка не удалась", "Жүктеу сәтсіз аяқталды",
                "Upload failed"
            )
        case .filesHeading:
            (
                "Файлы", "Файлдар",
                "Files"
            )
        case .understoodHeading:
            (
                "Что понято", "Не түсінілді",
                "What was understood"
            )
        case .previewNote:
            (
                "Ученики × работы: нормализованное значение; наведите курсор, чтобы увидеть ячейку как в файле.",
                "Оқушылар × жұмыстар: қалыпқа келтірілген мән; файлдағы ұяшықты көру үшін меңзерді апарыңыз.",
                "Students × assessments: the normalized value; hover to see the cell as written."
            )
        case .diagnosticsHeading:
            (
                "Ошибки и предупреждения", "Қателер мен ескертулер",
                "Errors and warnings"
            )
        case .platform:
            (
                "Платформа", "Платформа",
                "Platform"
            )
        case .export:
            (
                "Выгрузка", "Экспорт",
                "Export"
            )
        case .encoding:
            (
                "Кодировка", "Кодтау",
                "Encoding"
            )
        case .delimiter:
            (
                "Разделитель", "Бөлгіш",
                "Delimiter"
            )
        case .sheet:
            (
                "Лист", "Парақ",
                "Sheet"
            )
        case .size:
            (
                "Размер", "Өлшемі",
                "Size"
            )
        case .rows:
            (
                "Строк", "Жолдар",
                "Rows"
            )
        case .results:
            (
                "Результатов", "Нәтижелер",
                "Results"
            )
        case .errors:
            (
                "Ошибок", "Қателер",
                "Errors"
            )
        case .warnings:
            (
                "Предупреждений", "Ескертулер",
                "Warnings"
            )
        case .readAs:
            (
                "Читать как", "Былай оқу",
                "Read as"
            )
        case .detectAuto:
            (
                "определить автоматически", "автоматты түрде анықтау",
                "detect automatically"
            )
        case .remove:
            (
                "Убрать", "Алып тастау",
                "Remove"
            )
        case .stateRead:
            (
                "Прочитан", "Оқылды",
                "Read"
            )
        case .stateWarnings:
            (
                "Прочитан, есть предупреждения", "Оқылды, ескертулер бар",
                "Read, with warnings"
            )
        case .stateErrors:
            (
                "Прочитан, часть строк отклонена", "Оқылды, кейбір жолдар қабылданбады",
                "Read; some rows were rejected"
            )
        case .stateUnreadable:
            (
                "Не удалось прочитать", "Оқу мүмкін болмады",
                "Could not be read"
            )
        case .downloadsHeading:
            (
                "Скачать", "Жүктеп алу",
                "Download"
            )
        case .downloadJSON:
            (
                "gradeport/1 JSON", "gradeport/1 JSON",
                "gradeport/1 JSON"
            )
        case .downloadCSV:
            (
                "Результаты CSV", "Нәтижелер CSV",
                "Results CSV"
            )
        case .downloadExcel:
            (
                "CSV для Excel", "Excel үшін CSV",
                "CSV for Excel"
            )
        case .downloadOneRoster:
            (
                "OneRoster 1.2 (zip)", "OneRoster 1.2 (zip)",
                "OneRoster 1.2 (zip)"
            )
        case .downloadSDS:
            (
                "School Data Sync (zip)", "School Data Sync (zip)",
                "School Data Sync (zip)"
            )
        case .downloadRoster:
            (
                "Список класса для Google Classroom", "Google Classroom үшін сынып тізімі",
                "Google Classroom roster"
            )
        case .downloadReport:
            (
                "Отчёт по классу (HTML)", "Сынып бойынша есеп (HTML)",
                "Class report (HTML)"
            )
        case .downloadProblems:
            (
                "Файл проблем (CSV)", "Мәселелер файлы (CSV)",
                "Problems file (CSV)"
            )
        case .reportHeading:
            (
                "Отчёт", "Есеп",
                "Report"
            )
        case .policyLabel:
            (
                "Правила оценивания", "Бағалау ережелері",
                "Grading policy"
            )
        case .policyKazakhstan:
            (
                "Казахстан (ФО/СОР/СОЧ по учебному году)", "Қазақстан (ҚБ/БЖБ/ТЖБ оқу жылы бойынша)",
                "Kazakhstan (ФО/СОР/СОЧ by school year)"
            )
        case .openReport:
            (
                "Открыть отчёт по классу", "Сынып есебін ашу",
                "Open the class report"
            )
        case .policyUploadLabel:
            (
                "Свои правила оценивания: файл YAML или JSON (как --policy, см. docs/policy.md)",
                "Өз бағалау ережелеріңіз: YAML не JSON файлы (--policy сияқты, docs/policy.md қараңыз)",
                "Your own grading policy: a YAML or JSON file (as --policy; see docs/policy.md)"
            )
        case .policyTooBig:
            (
                "Файл правил оценивания больше %1 КБ.", "Бағалау ережелерінің файлы %1 КБ-тан үлкен.",
                "The grading policy file is larger than %1 KB."
            )
        case .policyRefusedHeading:
            (
                "Правила оценивания не приняты", "Бағалау ережелері қабылданбады",
                "Grading policy refused"
            )
        case .policyLoaded:
            (
                "Правила «%1» (%2) загружены из %3 и выбраны для отчёта.",
                "«%1» ережелері (%2) %3 файлынан жүктеліп, есеп үшін таңдалды.",
                "Policy “%1” (%2) loaded from %3 and chosen for the report."
            )
        case .policyFileOption:
            (
                "%1 — %2 (из %3)", "%1 — %2 (%3 файлынан)",
                "%1 — %2 (from %3)"
            )
        case .storeHeading:
            (
                "Хранилище", "Қойма",
                "The store"
            )
        case .reviewLink:
            (
                "Сравнить с хранилищем и импортировать", "Қоймамен салыстыру және импорттау",
                "Compare with the store and import"
            )
        case .historyHeading:
            (
                "История", "Тарих",
                "History"
            )
        case .historyEmpty:
            (
                "Ещё ничего не импортировано.", "Әлі ештеңе импортталмаған.",
                "Nothing imported yet."
            )
        case .entry:
            (
                "№", "№",
                "No."
            )
        case .when:
            (
                "Когда", "Қашан",
                "When"
            )
        case .file:
            (
                "Файл", "Файл",
                "File"
            )
        case .added:
            (
                "Добавлено", "Қосылды",
                "Added"
            )
        case .changed:
            (
                "Изменено", "Өзгерді",
                "Changed"
            )
        case .rejected:
            (
                "Отклонено", "Қабылданбады",
                "Rejected"
            )
        case .action:
            (
                "Действие", "Әрекет",
                "Action"
            )
        case .undoOf:
            (
                "отмена импорта %1", "%1 импортының болдырылмауы",
                "undo of import %1"
            )
        case .undone:
            (
                "отменён", "болдырылмады",
                "undone"
            )
        case .undo:
            (
                "Отменить", "Болдырмау",
                "Undo"
            )
        case .endSession:
            (
                "Завершить сеанс и удалить файлы", "Сеансты аяқтап, файлдарды өшіру",
                "End the session and delete its files"
            )
        case .previewTruncated:
            (
                "Показаны первые %1 из %2 учеников и %3 из %4 работ; всё есть в скачиваемых файлах.",
                "%2 оқушының алғашқы %1 және %4 жұмыстың %3 көрсетілген; барлығы жүктелетін файлдарда бар.",
                "Showing %1 of %2 students and %3 of %4 assessments; the downloads have them all."
            )
        case .student:
            (
                "Ученик", "Оқушы",
                "Student"
            )
        case .className:
            (
                "Класс", "Сынып",
                "Class"
            )
        case .cellAsWritten:
            (
                "В файле", "Файлда",
                "As written"
            )
        case .noDiagnostics:
            (
                "Ничего не отклонено, предупреждений нет.", "Ештеңе қабылданбай қалған жоқ, ескерту жоқ.",
                "Nothing was rejected and there are no warnings."
            )
        case .moreDiagnostics:
            (
                "… и ещё %1 — все они в файле проблем.", "… және тағы %1 — барлығы мәселелер файлында.",
                "… and %1 more — all of them are in the problems file."
            )
        case .mergeHeading:
            (
                "Объединение", "Біріктіру",
                "Merge"
            )
        case .mergePeople:
            (
                "Людей до объединения: %1, после: %2; в нескольких файлах: %3.",
                "Біріктіруге дейін адамдар: %1, кейін: %2; бірнеше файлда: %3.",
                "People before the merge: %1, after: %2; in more than one file: %3."
            )
        case .evidence:
            (
                "Совпадение по", "Сәйкестік белгісі",
                "Matched by"
            )
        case .people:
            (
                "Людей", "Адамдар",
                "People"
            )
        case .evidenceIIN:
            (
                "ИИН", "ЖСН",
                "IIN"
            )
        case .evidenceEmail:
            (
                "e-mail", "e-mail",
                "e-mail"
            )
        case .evidenceLink:
            (
                "ссылке платформы", "платформа сілтемесі",
                "platform link"
            )
        case .evidenceName:
            (
                "имени и классу", "аты мен сыныбы",
                "name and class"
            )
        case .ambiguousHeading:
            (
                "Неоднозначные имена и спорные совпадения", "Екіұшты аттар мен даулы сәйкестіктер",
                "Ambiguous names and uncertain matches"
            )
        case .conflictsHeading:
            (
                "Расходящиеся значения", "Сәйкес келмейтін мәндер",
                "Conflicting values"
            )
        case .preferLabel:
            (
                "Когда файлы расходятся, оставлять", "Файлдар сәйкес келмегенде, қалдыру",
                "When files disagree, keep"
            )
        case .preferLast:
            (
                "значение из файла, загруженного позже", "кейін жүктелген файлдағы мән",
                "the value from the file uploaded later"
            )
        case .noConflicts:
            (
                "Файлы не расходятся ни в одном общем значении.", "Файлдар ортақ мәндердің ешқайсысында алшақтамайды.",
                "The files agree on every shared value."
            )
        case .conflict:
            (
                "Ученик и работа", "Оқушы мен жұмыс",
                "Student and assessment"
            )
        case .values:
            (
                "Значения (выберите, какое оставить)", "Мәндер (қайсысын қалдыру керектігін таңдаңыз)",
                "Values (choose the one to keep)"
            )
        case .chosen:
            (
                "выбрано", "таңдалды",
                "chosen"
            )
        case .kept:
            (
                "оставлено", "қалдырылды",
                "kept"
            )
        case .saveChoices:
            (
                "Сохранить выбор", "Таңдауды сақтау",
                "Save choices"
            )
        case .reviewHeading:
            (
                "Сравнение с хранилищем", "Қоймамен салыстыру",
                "Compared with the store"
            )
        case .reviewUnreadable:
            (
                "Файл не прочитан — импортировать нечего.", "Файл оқылмады — импорттайтын ештеңе жоқ.",
                "The file could not be read: there is nothing to import."
            )
        case .alreadyImported:
            (
                "Этот файл уже импортирован (запись истории %1).", "Бұл файл бұрын импортталған (тарих жазбасы %1).",
                "This file is already imported (history entry %1)."
            )
        case .reviewNew:
            (
                "Новых", "Жаңа",
                "New"
            )
        case .reviewChanged:
            (
                "Изменится", "Өзгереді",
                "Changed"
            )
        case .reviewUnchanged:
            (
                "Без изменений", "Өзгеріссіз",
                "Unchanged"
            )
        case .nothingWouldChange:
            (
                "Ничего не изменится: в хранилище уже эти значения.", "Ештеңе өзгермейді: қоймада осы мәндер бар.",
                "Nothing would change: the store already has these values."
            )
        case .nothingWouldChangeAll:
            (
                "Импорт ничего не изменит в хранилище.", "Импорт қоймада ештеңені өзгертпейді.",
                "Importing would change nothing in the store."
            )
        case .assessment:
            (
                "Работа", "Жұмыс",
                "Assessment"
            )
        case .before:
            (
                "Было", "Бұрын",
                "Before"
            )
        case .after:
            (
                "Станет", "Кейін",
                "After"
            )
        case .blanked:
            (
                "станет пустым", "бос болады",
                "becomes blank"
            )
        case .decreased:
            (
                "понижается", "төмендейді",
                "goes down"
            )
        case .importButton:
            (
                "Импортировать в хранилище", "Қоймаға импорттау",
                "Import into the store"
            )
        case .profileLoaded:
            (
                "Профиль журнала %1 загружен: его можно выбрать в «Читать как» (платформа %2).",
                "%1 журнал профилі жүктелді: оны «Былай оқу» тізімінен таңдауға болады (платформа %2).",
                "Journal profile %1 loaded: choose it under “Read as” (platform %2)."
            )
        case .back:
            (
                "Вернуться к странице", "Бетке оралу",
                "Back to the page"
            )
        }
    }
}
