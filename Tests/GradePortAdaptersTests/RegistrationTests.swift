import Foundation
import GradePortAdapters
import GradePortCore
import GradePortTesting
import JournalProfiles
import Testing

@Suite struct RegistrationTests {
    /// The module of each built-in adapter type, e.g. `TeamsAdapter` for `TeamsAdapter.TeamsPlatform`.
    private static var registeredModules: Set<String> {
        Set(
            BuiltInPlatforms.all.map { platform in
                String(String(reflecting: type(of: platform)).prefix { $0 != "." })
            })
    }

    @Test func everyAdapterFolderIsRegistered() throws {
        let fixtures = Fixtures(testFile: #filePath)
        let adapters = fixtures.packageRoot + "/Adapters"
        let folders = try FileManager.default.contentsOfDirectory(atPath: adapters).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: adapters + "/" + name, isDirectory: &isFolder)
                && isFolder.boolValue
        }
        #expect(folders.count >= 8)
        for folder in folders.sorted() {
            #expect(
                Self.registeredModules.contains(folder + "Adapter"),
                """
                Adapters/\(folder) is not registered: add `.init(name: "\(folder)", uses: […])` to \
                builtInAdapters in Package.swift and its platform to BuiltInPlatforms.all \
                (or run `make new-adapter NAME=\(folder) ID=…` for a new one)
                """)
        }
    }

    @Test func idsAreDistinctAndTheRegistryHoldsEveryAdapter() {
        let ids = BuiltInPlatforms.all.map(\.descriptor.id)
        #expect(Set(ids).count == ids.count)
        #expect(BuiltInPlatforms.registry.platforms.map(\.descriptor.id) == ids)
    }

    /// The adapters that read with a shipped profile are listed as profiles, with the generic
    /// `journal`, each loading its built-in profile.
    @Test func profileLibraryListsEveryProfileBackedAdapter() throws {
        let profiles = ProfileLibrary.profiles(in: BuiltInPlatforms.registry)
        #expect(profiles.map(\.descriptor.id) == ["onlinemektep", "bilimland", "opiq", "journal"])
        for platform in profiles {
            let profile = try platform.profile
            #expect(profile.platform == platform.descriptor.id)
            #expect(profile.origin == .builtIn)
            #expect(ProfileLibrary.source(of: platform) == "built-in")
        }
    }

    /// The descriptor checks and the empty and binary inputs, for every registered adapter (the
    /// adapters' own test targets run the checks on their samples).
    @Test func everyBuiltInAdapterPassesTheChecksThatNeedNoSample() {
        for platform in BuiltInPlatforms.all {
            let failures = PlatformConformance(platform, samples: []).run().filter { $0.check != "has-samples" }
            #expect(failures.isEmpty, "\(platform.descriptor.id): \(failures)")
        }
    }
}
