extension GradingPolicyEntry {
    /// Computes a term mark from one student's results for one subject and term.
    ///
    /// ФО % is the mean of score/max of the formative results; СОР % and СОЧ % are Σ score / Σ max.
    /// Only `graded` results with a maximum count; the others are named in the warnings. The
    /// total is Σ weight × percentage over the components that have results, divided by the sum
    /// of their weights, so a missing component's weight is spread over the present ones in
    /// proportion (with a warning). The arithmetic is exact: the total is rounded half up to a
    /// whole percentage once, from its full-precision value, and looked up in the scale.
    public func termGrade(of works: [GradedWork]) -> TermGrade {
        var warnings: [GradingWarning] = []
        var usable: [GradingComponent: [(score: DecimalNumber, max: DecimalNumber)]] = [:]
        for work in works {
            guard work.status == .graded else {
                warnings.append(.notGraded(title: work.title, status: work.status))
                continue
            }
            guard let score = work.score else {
                warnings.append(.noScore(title: work.title))
                continue
            }
            guard let max = work.maxScore, max > .zero else {
                warnings.append(.noMaximum(title: work.title))
                continue
            }
            usable[work.component, default: []].append((score, max))
        }
        // Exact first; hundreds of results with pairwise coprime maxima can overflow 128 bits, and
        // then every ratio is rounded to 10^-15 first, which bounds the denominators.
        var exact = Self.ratios(of: usable, quantum: nil)
        var total = exact.flatMap { Self.total(of: $0, weights: weights) }
        if exact == nil || total == nil {
            exact = Self.ratios(of: usable, quantum: Self.fallbackDigits)
            total = exact.flatMap { Self.total(of: $0, weights: weights) }
        }
        let ratios = exact ?? [:]
        var grade = TermGrade()
        let hundred = ExactFraction(100)
        for component in GradingComponent.allCases {
            guard let ratio = ratios[component], let percent = ratio.multiplied(by: hundred) else { continue }
            let shown = percent.decimal(fractionDigits: 2)
            switch component {
            case .formative: grade.formativePercent = shown
            case .sectionSummative: grade.sectionPercent = shown
            case .termSummative: grade.termPercent = shown
            }
        }
        let present = GradingComponent.allCases.filter { ratios[$0] != nil }
        let counted = present.filter { !weights[$0].isZero }
        guard !counted.isEmpty else {
            grade.warnings = warnings + [.noCountedResults(ignored: present)]
            return grade
        }
        let missing = weights.counted.filter { ratios[$0] == nil }
        if !missing.isEmpty { warnings.append(.weightSpread(missing: missing, over: counted)) }
        guard let total = total ?? nil else {
            grade.warnings = warnings
            return grade
        }
        grade.totalPercent = total.decimal(fractionDigits: 2, .towardZero)
        let rounded = Int(clamping: total.roundedToInteger(.halfUp))
        grade.roundedPercent = rounded
        grade.mark = scale.mark(forPercent: rounded)
        if rounded > 100 { warnings.append(.aboveHundred(percent: rounded)) }
        grade.warnings = warnings
        return grade
    }

    /// The precision of each ratio when exact fractions would overflow 128 bits (hundreds of
    /// results with pairwise coprime maxima): 10^-15 of a ratio, far below what rounds a total.
    static let fallbackDigits = 15

    /// Each component's ratio (0…1 for scores within their maxima).
    ///
    /// The mean of score/max for ФО, Σ score / Σ max for СОР and СОЧ. With a `quantum`, every ratio is first rounded to that
    /// many digits, which bounds the denominators. `nil` on overflow.
    static func ratios(
        of usable: [GradingComponent: [(score: DecimalNumber, max: DecimalNumber)]], quantum: Int?
    ) -> [GradingComponent: ExactFraction]? {
        func fix(_ value: ExactFraction?) -> ExactFraction? {
            guard let value else { return nil }
            guard let quantum else { return value }
            return value.quantized(fractionDigits: quantum)
        }
        var ratios: [GradingComponent: ExactFraction] = [:]
        for (component, items) in usable where !items.isEmpty {
            switch component {
            case .formative:
                var sum = ExactFraction.zero
                for item in items {
                    guard let ratio = fix(ExactFraction(item.score).divided(by: ExactFraction(item.max))),
                        let next = sum.adding(ratio)
                    else { return nil }
                    sum = next
                }
                guard let mean = fix(sum.divided(by: ExactFraction(items.count))) else { return nil }
                ratios[component] = mean
            case .sectionSummative, .termSummative:
                var score = ExactFraction.zero
                var max = ExactFraction.zero
                for item in items {
                    guard let nextScore = score.adding(ExactFraction(item.score)),
                        let nextMax = max.adding(ExactFraction(item.max))
                    else { return nil }
                    score = nextScore
                    max = nextMax
                }
                guard let ratio = fix(score.divided(by: max)) else { return nil }
                ratios[component] = ratio
            }
        }
        return ratios
    }

    /// Σ weight × ratio × 100 / Σ weight over the components that have results and weight,
    /// exactly; `.some(nil)` when none counts, `nil` on overflow.
    static func total(of ratios: [GradingComponent: ExactFraction], weights: ComponentWeights) -> ExactFraction?? {
        var weighted = ExactFraction.zero
        var weightSum = ExactFraction.zero
        for component in weights.counted {
            guard let ratio = ratios[component] else { continue }
            let weight = ExactFraction(weights[component])
            guard let term = weight.multiplied(by: ratio), let sum = weighted.adding(term),
                let nextWeightSum = weightSum.adding(weight)
            else { return nil }
            weighted = sum
            weightSum = nextWeightSum
        }
        guard !weightSum.isZero else { return .some(nil) }
        guard let total = weighted.divided(by: weightSum)?.multiplied(by: ExactFraction(100)) else { return nil }
        return .some(total)
    }
}
