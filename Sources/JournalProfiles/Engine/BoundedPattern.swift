import Foundation
import GradePortCore

/// A profile's regular expression, matched within a budget of steps so that no pattern can hang a
/// run: profiles come from users, and a pattern like `(a+)+$` backtracks exponentially on a long
/// heading.
///
/// ICU, which runs the match, reports progress about every 10,000 backtracking steps; the match is
/// stopped after ``InputLimits/maxPatternSteps`` steps and ``PatternBudgetExceeded`` is thrown. The
/// budget counts steps, not seconds, so the outcome is the same on a slow or a loaded machine.
struct BoundedPattern {
    /// The pattern as the profile wrote it.
    let source: String
    /// The assessment rule's line in the profile, when known.
    let ruleLine: Int?
    private let expression: NSRegularExpression

    /// ICU's steps between two progress reports.
    static let stepsPerReport = 10_000

    /// Compiles `source` case-insensitively; `nil` when it does not compile (the profile's
    /// validation has refused such a pattern already).
    init?(_ source: String, ruleLine: Int?) {
        guard let expression = try? NSRegularExpression(pattern: source, options: [.caseInsensitive]) else {
            return nil
        }
        self.source = source
        self.ruleLine = ruleLine
        self.expression = expression
    }

    /// Whether the pattern matches somewhere in `text`.
    ///
    /// - Throws: ``PatternBudgetExceeded`` when deciding takes more than the step budget.
    func matches(_ text: String, limits: InputLimits = .standard) throws(PatternBudgetExceeded) -> Bool {
        let maxReports = max(1, limits.maxPatternSteps / Self.stepsPerReport)
        var reports = 0
        var found = false
        var exceeded = false
        expression.enumerateMatches(
            in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)
        ) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
                return
            }
            reports += 1
            if reports > maxReports {
                exceeded = true
                stop.pointee = true
            }
        }
        if exceeded, !found { throw PatternBudgetExceeded(pattern: self, text: text, limits: limits) }
        return found
    }
}

/// A profile's pattern that needed more steps than ``InputLimits/maxPatternSteps`` on a heading.
struct PatternBudgetExceeded: Error, DiagnosableError {
    /// The pattern.
    let pattern: BoundedPattern
    /// The heading it was matched against.
    let text: String
    /// The limits in force.
    let limits: InputLimits

    var diagnosticCode: DiagnosticCode { .limitExceeded }
    var diagnosticMessage: String {
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        let rule = pattern.ruleLine.map { " (assessment rule at line \($0))" } ?? ""
        return "the profile's pattern '\(pattern.source)'\(rule) took more than "
            + InputLimit.patternSteps.describe(limits)
            + " on the heading '\(shown)'; simplify it (a nested repetition such as (a+)+ backtracks without end)"
    }
    var diagnosticLine: Int? { nil }
    var diagnosticColumn: Int? { nil }
}
