import ArgumentParser
import ExternalAdapters
import Foundation
import GradePortCore
import GradePortWriters
import JournalProfiles

/// `gradeport platforms`: lists the adapters and the exports each reads.
struct PlatformsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "platforms",
        abstract: "List the platforms GradePort reads and the exports of each.",
        discussion: """
            Platforms read with a journal profile are marked as profiles, with where the profile \
            comes from (built-in, or the file given with --profile). External adapters (programs \
            speaking gradeport-adapter/1, see docs/plugins.md) are marked external, with their path.

            Examples:
              gradeport platforms
              gradeport platforms --json
              gradeport platforms --profile school-42-profile.yaml
            """
    )

    @Flag(name: .long, help: "Write JSON instead of a table.")
    var json = false

    @OptionGroup var profileOption: ProfileOption

    func run() throws {
        let registry = try profileOption.registry().registry
        let platforms = registry.platforms.map(\.descriptor)
        var profileSources: [PlatformID: String] = [:]
        for platform in ProfileLibrary.profiles(in: registry) {
            profileSources[platform.descriptor.id] = ProfileLibrary.source(of: platform)
        }
        if json {
            var out = JSONTextBuffer()
            out.beginObject()
            out.member("version", GradePortVersion.current)
            out.key("platforms")
            out.beginArray()
            for descriptor in platforms {
                out.nextElement()
                out.beginObject()
                out.member("id", descriptor.id)
                out.member("name", descriptor.displayName)
                if let source = profileSources[descriptor.id] {
                    out.member("profile", true)
                    out.member("source", source)
                } else {
                    out.member("profile", false)
                }
                if let external = registry.platform(id: descriptor.id) as? ExternalAdapter {
                    out.member("external", true)
                    out.member("path", external.program.path)
                    out.member("version", external.description.version)
                }
                out.key("exports")
                out.beginArray()
                for export in descriptor.exports {
                    out.nextElement()
                    out.beginObject()
                    out.member("id", export.id)
                    out.member("summary", export.summary)
                    out.endObject()
                }
                out.endArray()
                out.endObject()
            }
            out.endArray()
            out.endObject()
            FileHandle.standardOutput.write(Data(out.bytes + [0x0A]))
            return
        }
        var text = ""
        for descriptor in platforms {
            var kind = profileSources[descriptor.id].map { "  (profile, \($0))" } ?? ""
            if let external = registry.platform(id: descriptor.id) as? ExternalAdapter {
                kind = "  (external \(external.description.version), \(external.program.path))"
            }
            text += "\(descriptor.id)  \(descriptor.displayName)\(kind)\n"
            for export in descriptor.exports {
                text += "    \(export.id): \(export.summary)\n"
            }
        }
        TerminalText.writeToStandardOutput(text)
    }
}
