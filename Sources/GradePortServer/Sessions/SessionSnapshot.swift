import GradePortCore

/// What a page shows of a session at one moment: its inputs, the merged gradebook, the choices made.
struct SessionSnapshot: Sendable {
    /// The inputs, in upload order.
    var inputs: [SessionInput]
    /// The inputs read into one gradebook, merged as `convert` merges them; `nil` without inputs.
    var book: Gradebook?
    /// How conflicts are settled.
    var preference: ConflictPreference
    /// Per conflict (the kept result's place), the input whose value the user chose instead.
    var choices: [ConflictChoice]
    /// The page's language.
    var language: Language
    /// The uploaded journal profile's file name and platform id, if one was uploaded.
    var profile: (name: String, id: PlatformID)?
    /// The grading policies the report can use, and the chosen one.
    var policies = SessionPolicies()
    /// A message for the user from the last action (an upload refused, an import done).
    var notice: Notice?
}

/// A message shown at the top of the page once.
struct Notice: Sendable, Hashable {
    /// Whether it reports a problem.
    var isProblem: Bool
    /// The text, already in the page's language.
    var text: String
}
