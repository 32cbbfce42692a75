import GradePortCore

/// A profile's assessment rules made ready for matching headings: regular expressions compiled
/// once per table, so that no cell ever meets a regex.
struct HeadingRules {
    /// The profile.
    let profile: JournalProfile
    /// Each rule's compiled pattern, in rule order.
    private let patterns: [BoundedPattern?]
    /// The classifier for `classify` rules and unmatched columns.
    private let classifier = AssessmentKindClassifier()

    /// Compiles the rules' patterns (validated when the profile was read).
    init(profile: JournalProfile) {
        self.profile = profile
        patterns = profile.assessments.map { rule in
            rule.pattern.flatMap { BoundedPattern($0, ruleLine: rule.line) }
        }
    }

    /// What a heading is: the rule that matched (if any) and the kind, or `nil` when the column is
    /// not read.
    ///
    /// - Throws: ``PatternBudgetExceeded`` when a rule's pattern takes too many steps on the heading.
    func classify(
        _ heading: String, title: String
    ) throws(PatternBudgetExceeded) -> (
        rule: AssessmentRule?, kind: AssessmentKind
    )? {
        for (index, rule) in profile.assessments.enumerated() where try matches(rule, pattern: patterns[index], heading)
        {
            switch rule.kind {
            case .ignore: return nil
            case .kind(let kind): return (rule, kind)
            case .classify: return (rule, classifier.classify(title: title).kind)
            }
        }
        switch profile.unmatched {
        case .ignore: return nil
        case .classify: return (nil, classifier.classify(title: title).kind)
        }
    }

    /// Whether a heading has an assessment word (by a rule or by the classifier), for group rows
    /// and sniffing.
    ///
    /// - Throws: ``PatternBudgetExceeded`` when a rule's pattern takes too many steps on the heading.
    func isAssessmentHeading(_ heading: String) throws(PatternBudgetExceeded) -> Bool {
        for (index, rule) in profile.assessments.enumerated() where try matches(rule, pattern: patterns[index], heading)
        {
            if case .ignore = rule.kind { return false }
            return true
        }
        return classifier.classify(title: heading).kind != .other
    }

    /// The number written after the abbreviation (`СОР 2` → 2).
    func number(of title: String) -> Int? { classifier.classify(title: title).number }

    private func matches(
        _ rule: AssessmentRule, pattern: BoundedPattern?, _ heading: String
    ) throws(PatternBudgetExceeded) -> Bool {
        if !rule.words.isEmpty, rule.words.occurs(in: heading) { return true }
        return try pattern?.matches(heading) ?? false
    }
}
