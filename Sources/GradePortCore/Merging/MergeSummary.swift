/// What merging several inputs into one gradebook did: the counts behind the merge's diagnostics.
///
/// `gradeport convert --to json` writes it as the top-level `"merge"` object of `gradeport/1`.
public struct MergeSummary: Sendable, Hashable {
    /// The rule conflicts were settled by.
    public var preference: ConflictPreference
    /// How many inputs were merged.
    public var inputs: Int
    /// People records before the merge.
    public var peopleBefore: Int
    /// People after the merge.
    public var peopleAfter: Int
    /// Records joined to another record, by the evidence that joined them. A child found on three
    /// platforms counts twice (two records joined to the first).
    public var peopleMatched: [MatchEvidence: Int]
    /// People whose one id appeared in several inputs (the same platform's id, already one record).
    public var peopleSharedAcrossInputs: Int
    /// Groups of same-named people in a class that were not merged because the name alone cannot
    /// tell them apart (each is an `ambiguous-person-match` diagnostic).
    public var ambiguousPeople: Int
    /// Pairs of same-named people within one input (each a `possible-duplicate-person` diagnostic).
    public var possibleDuplicates: Int
    /// Strong evidence that was not followed because IINs or roles disagree (`conflicting-identity`).
    public var conflictingIdentities: Int
    /// Classes folded into another input's class of the same name.
    public var classesAligned: Int
    /// Subjects folded into another input's subject of the same folded name.
    public var subjectsAligned: Int
    /// Terms without a school year read as another input's term.
    public var termsAligned: Int
    /// Assessments folded into another input's record of the same assessment (each an alias).
    public var assessmentsAligned: Int
    /// Would-be alignments refused because the maxima differ (`assessment-maximum-mismatch`).
    public var assessmentMaximumMismatches: Int
    /// Assessment groups not aligned because a candidate was not unique (`ambiguous-assessment-match`).
    public var ambiguousAssessments: Int
    /// Results of one student and assessment that several inputs gave with the same value; one is kept.
    public var resultAgreements: Int
    /// Results with different values from different inputs; one is kept by ``preference``
    /// (each a `conflicting-results` diagnostic).
    public var resultConflicts: Int
    /// Results of one student and assessment given twice by one input once its people were merged;
    /// the first is kept (each a `duplicate-result` diagnostic).
    public var duplicateResults: Int
    /// Every conflict counted in ``resultConflicts``, with each input's value (not written to the
    /// `gradeport/1` JSON, whose `merge` object keeps its counts).
    public var conflicts: [ResultConflict] = []

    /// Creates an empty summary.
    public init(preference: ConflictPreference = .last, inputs: Int = 0) {
        self.preference = preference
        self.inputs = inputs
        peopleBefore = 0
        peopleAfter = 0
        peopleMatched = [:]
        peopleSharedAcrossInputs = 0
        ambiguousPeople = 0
        possibleDuplicates = 0
        conflictingIdentities = 0
        classesAligned = 0
        subjectsAligned = 0
        termsAligned = 0
        assessmentsAligned = 0
        assessmentMaximumMismatches = 0
        ambiguousAssessments = 0
        resultAgreements = 0
        resultConflicts = 0
        duplicateResults = 0
    }

    /// People matched by any evidence.
    public var peopleMatchedTotal: Int { peopleMatched.values.reduce(0, +) }

    /// A one-line account for people, as `gradeport` prints it on standard error:
    /// `merged 3 inputs: 24 people records → 14 people (matched by iin 0, email 0, platform link 0, name 10;
    /// 1 ambiguous); 8 assessments aligned; 39 results agreed, 1 conflicted (kept by --prefer last)`.
    public var note: String {
        let evidence = MatchEvidence.allCases.map {
            "\($0 == .platformLink ? "platform link" : $0.rawValue) \(peopleMatched[$0, default: 0])"
        }
        return "merged \(inputs) inputs: \(peopleBefore) people records → \(peopleAfter) people (matched by "
            + evidence.joined(separator: ", ") + "; \(ambiguousPeople) ambiguous); \(assessmentsAligned) assessments "
            + "aligned; \(resultAgreements) results agreed, \(resultConflicts) conflicted (kept by --prefer \(preference))"
    }
}
