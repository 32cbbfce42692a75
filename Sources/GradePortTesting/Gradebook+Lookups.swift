import GradePortCore

/// Look-ups that tests of adapters make over and over.
extension Gradebook {
    /// The result of a person in an assessment, both given by id; `nil` when there is none.
    ///
    /// ```swift
    /// let result = book.result("teams:maria@school.kz", "teams:7A-grades:СОР 1")
    /// #expect(result?.score == DecimalNumber(18))
    /// ```
    public func result(_ person: Person.ID, _ assessment: Assessment.ID) -> AssessmentResult? {
        results.first { $0.person == person && $0.assessment == assessment }
    }

    /// The result of a person in an assessment, both given by the text of their ids (as golden files
    /// and samples show them, or built from a test's own pieces); `nil` when there is none.
    ///
    /// ```swift
    /// let scope = "onlinemektep:7А/Математика/Q1:"
    /// #expect(book.result("onlinemektep:7А:ким алексей сергеевич", scope + "СОЧ")?.raw == "н")
    /// ```
    @_disfavoredOverload
    public func result(_ person: String, _ assessment: String) -> AssessmentResult? {
        result(Person.ID(rawValue: person), Assessment.ID(rawValue: assessment))
    }

    /// The diagnostics with a code, in the order they were reported.
    ///
    /// ```swift
    /// #expect(book.diagnostics(.negativeScore).map(\.line) == [4])
    /// ```
    public func diagnostics(_ code: DiagnosticCode) -> [Diagnostic] {
        diagnostics.filter { $0.code == code }
    }
}
