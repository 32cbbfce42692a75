/// One student's result for one assessment on which inputs disagreed: every input's value, and
/// which one the merge kept.
///
/// A front end that lets people settle conflicts one by one (the web page) shows these and puts
/// another input's value in the kept one's place: the merged gradebook's result at ``position``.
public struct ResultConflict: Sendable, Hashable {
    /// The position of the kept result in the merged gradebook's ``Gradebook/results``.
    public var position: Int
    /// Each input's result, in input order; their person and assessment ids are the inputs' own,
    /// from before the merge.
    public var values: [AssessmentResult]
    /// The index in ``values`` of the result the merge kept.
    public var kept: Int
    /// The merged student and assessment, named for people.
    public var about: String

    /// Creates a conflict.
    public init(position: Int, values: [AssessmentResult], kept: Int, about: String) {
        self.position = position
        self.values = values
        self.kept = kept
        self.about = about
    }
}
