/// A class's grade (year of schooling) as interchange formats write it.
enum GradeLevel {
    /// The CEDS code OneRoster uses: `KG` for the pre-school year (grade 0), `01`–`13`; `nil` otherwise.
    static func cedsCode(_ grade: Int?) -> String? {
        guard let grade else { return nil }
        if grade == 0 { return "KG" }
        guard (1...13).contains(grade) else { return nil }
        return grade < 10 ? "0\(grade)" : String(grade)
    }

    /// The grade School Data Sync's samples write: the number without a leading zero (`7`, `10`);
    /// `nil` for grades outside 1–13.
    static func plainNumber(_ grade: Int?) -> String? {
        guard let grade, (1...13).contains(grade) else { return nil }
        return String(grade)
    }
}
