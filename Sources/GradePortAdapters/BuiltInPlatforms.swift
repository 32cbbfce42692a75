import BilimClassAdapter
import BilimLandAdapter
import GoogleClassroomAdapter
import GradePortCore
import JournalProfiles
import KundelikAdapter
import OneRosterAdapter
import OnlineMektepAdapter
import OpiqAdapter
import TeamsAdapter

// new adapter imports above this line

/// The platform adapters compiled into GradePort: the default content of the registry.
///
/// Adding a platform is one folder under `Adapters/` with one type conforming to
/// ``GradePortCore/LearningPlatform``, its line in `builtInAdapters` in `Package.swift`, and one
/// line in ``all``; `make new-adapter NAME=… ID=…` writes all three, and a test fails while an
/// adapter folder is not registered here.
public enum BuiltInPlatforms {
    /// Every built-in adapter, in the order that breaks ties when two recognise an input equally.
    public static let all: [any LearningPlatform] = [
        GoogleClassroomPlatform(),
        TeamsPlatform(),
        KundelikPlatform(),
        BilimClassPlatform(),
        OnlineMektepPlatform(),
        BilimLandPlatform(),
        OpiqPlatform(),
        OneRosterPlatform(),
        // new adapters above this line
        BuiltInProfiles.journalPlatform,
    ]

    /// A registry holding every built-in adapter.
    public static var registry: PlatformRegistry {
        // The ids in `all` are distinct (a test checks it), so building the registry cannot fail.
        var registry = try! PlatformRegistry(all)
        registry.refusalExplainer = InputRefusal.explain
        return registry
    }
}
