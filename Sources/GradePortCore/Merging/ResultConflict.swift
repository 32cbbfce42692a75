/// One student's result for one assessment on which inputs disagreed: every input's value, and
/// which one the merge kept. A front end that lets people settle conflicts one by one (the web page)
/// shows these and puts another input's value in the kept one's place.
public struct ResultConflict: Sendable, Hashable {
    /// Where the kept result came from: the merged gradebook's result with this ``AssessmentResult/source``.
    public var kept: SourceReference
    /// Each input's result, in input order (the kept one among them); their person and assessment
    /// ids are the inputs' own, from before the merge.
    public var values: [AssessmentResult]
    /// The merged student and assessment, named for people.
    public var about: String

    /// Creates a conflict.
    public init(kept: SourceReference, values: [AssessmentResult], about: String) {
        self.kept = kept
        self.values = values
        self.about = about
    }
}
