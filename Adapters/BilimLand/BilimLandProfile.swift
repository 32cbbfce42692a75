import Foundation
import GradePortCore
import JournalProfiles

/// The Bilim Land profile shipped in this module's resources (`bilimland.yaml`).
enum BilimLandProfile {
    /// The profile, or the error that stopped it from loading (a broken build, caught by the tests).
    static let loaded: Result<JournalProfile, ProfileError> = {
        guard let url = Bundle.module.url(forResource: "bilimland", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            return .failure(
                ProfileError(
                    file: "bilimland.yaml", line: 1, column: 1, kind: .unreadable,
                    message: "the Bilim Land profile is missing from the module's resources"))
        }
        do throws(ProfileError) {
            return .success(try JournalProfile(yaml: text, name: "bilimland.yaml"))
        } catch {
            return .failure(error)
        }
    }()

    /// The profile; throws when the shipped file does not load.
    static func profile() throws -> JournalProfile {
        switch loaded {
        case .success(let profile): return profile
        case .failure(let error): throw ExportReadError(.malformedInput, "the built-in Bilim Land profile: \(error)")
        }
    }
}
