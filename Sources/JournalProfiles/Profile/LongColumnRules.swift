import GradePortCore

/// The columns of a long table (`layout: long`), each a list of whole headings under `columns`.
///
/// A long table has one row per student and assessment: the header is the first row with a name
/// column, a ``title`` column and a ``score``, ``percent`` or ``mark`` column.
public struct LongColumnRules: Sendable, Hashable {
    /// The assessment's title (`Тест`, `Тест атауы`, `Test`).
    public var title: WordList
    /// Its type (`Тип`, `Түрі`, `Type`), kept as the category; gives the kind when the title does not.
    public var category: WordList
    /// The quarter, 1–4 (`Четверть`, `Тоқсан`).
    public var term: WordList
    /// The date the work was done (`Дата`, `Күні`).
    public var date: WordList
    /// The attempt number (`Попытка`, `Талпыныс`).
    public var attempt: WordList
    /// The score (`Балл`, `Ұпай`).
    public var score: WordList
    /// The maximum (`Макс. балл`, `Max`).
    public var max: WordList
    /// The percent (`Процент`, `Пайыз`), read when there is no score.
    public var percent: WordList
    /// The teacher's mark 1–5, with `+`/`−` (`Оценка`, `Баға`), read when there is neither a score
    /// nor a percent (`4+` counts 4 out of 5, kept as raw).
    public var mark: WordList

    /// Creates the rules.
    public init(
        title: WordList = [], category: WordList = [], term: WordList = [], date: WordList = [],
        attempt: WordList = [], score: WordList = [], max: WordList = [], percent: WordList = [],
        mark: WordList = []
    ) {
        self.title = title
        self.category = category
        self.term = term
        self.date = date
        self.attempt = attempt
        self.score = score
        self.max = max
        self.percent = percent
        self.mark = mark
    }
}
