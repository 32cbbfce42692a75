import Foundation
import GradePortCore
import JournalProfiles

/// The OnlineMektep profile shipped in this module's resources (`onlinemektep.yaml`).
enum OnlineMektepProfile {
    /// The profile, or the error that stopped it from loading (a broken build, caught by the tests).
    static let loaded: Result<JournalProfile, ProfileError> = {
        guard let url = Bundle.module.url(forResource: "onlinemektep", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            return .failure(
                ProfileError(
                    file: "onlinemektep.yaml", line: 1, column: 1, kind: .unreadable,
                    message: "the OnlineMektep profile is missing from the module's resources"))
        }
        do throws(ProfileError) {
            return .success(try JournalProfile(yaml: text, name: "onlinemektep.yaml"))
        } catch {
            return .failure(error)
        }
    }()

    /// The profile; throws when the shipped file does not load.
    static func profile() throws -> JournalProfile {
        switch loaded {
        case .success(let profile): return profile
        case .failure(let error): throw ExportReadError(.malformedInput, "the built-in OnlineMektep profile: \(error)")
        }
    }
}
