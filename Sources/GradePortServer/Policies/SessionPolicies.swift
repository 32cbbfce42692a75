import Foundation
import GradePortCore
import GradePortReports

/// The grading policies a session's report can use: the built-in `kz` and the policy files the user
/// uploaded (`--policy FILE`), and which one is chosen. The report page and the report download use
/// the chosen one.
struct SessionPolicies: Sendable {
    /// A policy file uploaded into the session.
    struct Uploaded: Sendable {
        /// The value the page's selector gives it: `file-1`, `file-2`… (a file's own id may be `kz`).
        var key: String
        /// The file's name as uploaded.
        var name: String
        /// The policy it holds.
        var policy: GradingPolicy
    }

    /// The largest policy file accepted, in bytes: a policy is a few lines of YAML or JSON.
    static let maxFileBytes: Int64 = 1024 * 1024
    /// The most policy files one session keeps; the oldest goes first.
    static let capacity = 8

    /// The uploaded policies, oldest first.
    private(set) var uploaded: [Uploaded] = []
    /// The key of the chosen policy: `kz` or an uploaded one's.
    private(set) var chosenKey = GradingPolicy.builtInID
    private var nextNumber = 1

    /// The policy with this key (`kz`, or an uploaded one's); `nil` when there is none.
    func policy(_ key: String) -> GradingPolicy? {
        if key == GradingPolicy.builtInID { return .kazakhstan }
        return uploaded.first { $0.key == key }?.policy
    }

    /// The chosen policy.
    var chosen: GradingPolicy { policy(chosenKey) ?? .kazakhstan }

    /// Reads the policy file at `path` as `report --policy` does, naming it `name` in errors, and
    /// chooses it.
    ///
    /// - Throws: ``PolicyFileError`` naming `name`, the line and the column of the first problem.
    mutating func add(name: String, path: String) throws(PolicyFileError) -> Uploaded {
        let policy: GradingPolicy
        do {
            policy = try GradingPolicy(contentsOfFile: path)
        } catch {
            var error = error
            if error.file == path { error.file = name }
            throw error
        }
        let added = Uploaded(key: "file-\(nextNumber)", name: name, policy: policy)
        nextNumber += 1
        uploaded.append(added)
        if uploaded.count > Self.capacity { uploaded.removeFirst() }
        chosenKey = added.key
        return added
    }

    /// Chooses the policy with this key; `false` when there is none.
    mutating func choose(_ key: String) -> Bool {
        guard policy(key) != nil else { return false }
        chosenKey = key
        return true
    }
}
