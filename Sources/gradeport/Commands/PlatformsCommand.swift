import ArgumentParser
import Foundation
import GradePortAdapters
import GradePortCore

/// `gradeport platforms`: lists the adapters and the exports each reads.
struct PlatformsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "platforms",
        abstract: "List the platforms GradePort reads and the exports of each.",
        discussion: """
            Examples:
              gradeport platforms
              gradeport platforms --json
            """
    )

    @Flag(name: .long, help: "Write JSON instead of a table.")
    var json = false

    func run() throws {
        let platforms = BuiltInPlatforms.registry.platforms.map(\.descriptor)
        if json {
            var out = JSONTextBuffer()
            out.beginObject()
            out.key("platforms")
            out.beginArray()
            for descriptor in platforms {
                out.nextElement()
                out.beginObject()
                out.member("id", descriptor.id)
                out.member("name", descriptor.displayName)
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
            text += "\(descriptor.id)  \(descriptor.displayName)\n"
            for export in descriptor.exports {
                text += "    \(export.id): \(export.summary)\n"
            }
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
