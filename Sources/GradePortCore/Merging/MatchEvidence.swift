/// What showed that two records are one person, strongest first.
public enum MatchEvidence: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The same valid IIN.
    case iin
    /// The same e-mail address or user principal name, compared case-insensitively.
    case email
    /// A platform's own link: the two records share an external id (platform and id).
    case platformLink
    /// The same folded name (``PersonNameKey``) in the same aligned class, and no other candidate.
    case name

    /// Orders evidence from the strongest (`iin`) to the weakest (`name`).
    public static func < (lhs: MatchEvidence, rhs: MatchEvidence) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
