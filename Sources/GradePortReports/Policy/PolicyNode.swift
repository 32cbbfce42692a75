import GradePortCore
import LocatedYAML

/// A node of a policy file's YAML tree; its errors are ``PolicyFileError``s.
typealias PolicyNode = LocatedNode<PolicyFileErrorKind>

extension LocatedNode<PolicyFileErrorKind> {
    /// An error of the policy model at this node.
    func error(_ problem: GradingPolicyError) -> PolicyFileError {
        let kind: PolicyFileError.Kind =
            switch problem.kind {
            case .invalidValue: .invalidValue
            case .weightsTotal: .weightsTotal
            case .scaleCoverage: .scaleCoverage
            case .overlappingYears: .overlappingYears
            case .empty: .missingKey
            }
        return error(kind, problem.message)
    }
}
