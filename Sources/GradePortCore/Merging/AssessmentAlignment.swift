/// Decides which assessments of several inputs are one assessment: the same СОР or СОЧ exported by
/// two platforms.
///
/// Two keys are tried, each within one aligned subject, class and term:
/// 1. the kind and number: `СОР 1` = `БЖБ 1` = `SOR 1` (section summatives, and exams, with a
///    number); `СОЧ` = `ТЖБ` (term summatives, whose number may be missing: one per term); a
///    platform's quarter mark = another's (kind `final`);
/// 2. the folded title (``NameFolding/skeleton(_:)``), for any kind: `04.11` = `04.11`,
///    `СОР 1. Дроби` = `SOR 1 Drobi`.
///
/// Assessments of one input are never aligned with each other. A candidate that is not unique
/// (two of one input's assessments share the key) aligns with nothing and is reported as
/// `ambiguous-assessment-match`. Two records whose maxima are both known and differ are not merged
/// either: a СОР out of 12 and one out of 20 are different work or a typing error, and merging would
/// mix their percentages; an `assessment-maximum-mismatch` warning names both.
///
/// The surviving record is the earliest input's; it takes the others' missing fields (number,
/// maximum, date, category) and lists each of them as an ``Assessment/Alias``.
struct AssessmentAlignment {
    /// The surviving assessment of each assessment.
    private(set) var survivor: [Int]

    private var sets: DisjointSets
    private var setSources: [SourceSet]
    private var setMaximum: [DecimalNumber?]
    private var reportedMismatches = Set<Int>()

    init(assessments: [Assessment], sources: [SourceSet], context: inout MergeContext) {
        sets = DisjointSets(count: assessments.count)
        setSources = sources
        setMaximum = assessments.map(\.maxScore)
        survivor = []

        align(assessments, context: &context) { assessment in
            guard let subject = assessment.subject, let schoolClass = assessment.class, let term = assessment.term
            else { return nil }
            let numbered: Bool
            switch assessment.kind {
            case .sectionSummative, .exam: numbered = assessment.number != nil
            case .termSummative, .final: numbered = true
            case .formative, .other: numbered = false
            }
            guard numbered else { return nil }
            return [
                subject.rawValue, schoolClass.rawValue, term.rawValue, assessment.kind.rawValue,
                assessment.number.map(String.init) ?? "",
            ]
            .joined(separator: "\u{1F}")
        }
        align(assessments, context: &context) { assessment in
            guard let subject = assessment.subject, let schoolClass = assessment.class, let term = assessment.term
            else { return nil }
            let title = NameFolding.skeleton(assessment.title)
            guard !title.isEmpty else { return nil }
            return [subject.rawValue, schoolClass.rawValue, term.rawValue, title].joined(separator: "\u{1F}")
        }
        survivor = (0..<assessments.count).map { sets.find($0) }
        context.summary.assessmentsAligned = survivor.enumerated().count { $0.offset != $0.element }
    }

    private mutating func align(
        _ assessments: [Assessment], context: inout MergeContext, key: (Assessment) -> String?
    ) {
        var order: [IdentifierKey] = []
        var buckets: [IdentifierKey: [Int]] = [:]
        for (position, assessment) in assessments.enumerated() {
            guard let key = key(assessment).map(IdentifierKey.init) else { continue }
            if buckets[key] == nil { order.append(key) }
            buckets[key, default: []].append(position)
        }
        var candidates: [Int] = []
        for bucketKey in order {
            let bucket = buckets[bucketKey]!
            guard bucket.count > 1 else { continue }
            candidates.removeAll(keepingCapacity: true)
            var roots: [Int] = []
            for position in bucket {
                let root = sets.find(position)
                if !roots.contains(root) {
                    roots.append(root)
                    candidates.append(position)
                }
            }
            guard roots.count > 1 else { continue }
            let rootList = roots
            let candidateList = candidates
            var mismatches: [(Int, Int)] = []
            let groups = CandidateGroups(count: rootList.count) { i, j in
                let (a, b) = (rootList[i], rootList[j])
                guard !setSources[a].intersects(setSources[b]) else { return false }
                let (first, second) = (assessments[candidateList[i]], assessments[candidateList[j]])
                guard first.kind == second.kind || first.kind == .other || second.kind == .other else { return false }
                if let one = setMaximum[a], let other = setMaximum[b], one != other {
                    mismatches.append((i, j))
                    return false
                }
                return true
            }
            for (i, j) in mismatches {
                let pairKey = min(rootList[i], rootList[j]) << 32 | max(rootList[i], rootList[j])
                guard reportedMismatches.insert(pairKey).inserted else { continue }
                let (first, second) = (assessments[candidateList[i]], assessments[candidateList[j]])
                context.summary.assessmentMaximumMismatches += 1
                context.diagnose(
                    .warning, .assessmentMaximumMismatch,
                    "'\(second.title)' looks like \(Self.describe(first, context)), but its maximum "
                        + "is \(second.maxScore.map(\.description) ?? "?") and not \(first.maxScore.map(\.description) ?? "?"); "
                        + "kept as two assessments", at: second.source)
            }
            for group in groups.ambiguous {
                context.summary.ambiguousAssessments += 1
                let named = group.map { Self.describe(assessments[candidateList[$0]], context) }
                context.diagnose(
                    .warning, .ambiguousAssessmentMatch,
                    "\(group.count) assessments could be one: " + named.joined(separator: "; ")
                        + "; one input has several of them, so none is aligned",
                    at: assessments[candidateList[group[0]]].source)
            }
            for group in groups.merge {
                for position in group.dropFirst() {
                    let (a, b) = (sets.find(candidateList[group[0]]), sets.find(candidateList[position]))
                    guard a != b else { continue }
                    let root = sets.unionRoots(a, b)
                    let other = root == a ? b : a
                    setSources[root].formUnion(setSources[other])
                    setMaximum[root] = setMaximum[root] ?? setMaximum[other]
                }
            }
        }
    }

    /// `'СОР 1' (FILE:LINE:COLUMN)`.
    private static func describe(_ assessment: Assessment, _ context: MergeContext) -> String {
        "'\(assessment.title)' (\(context.place(assessment.source)))"
    }
}
