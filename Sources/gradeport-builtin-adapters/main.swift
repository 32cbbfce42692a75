import Foundation
import GradePortAdapterSDK
import GradePortAdapters
import GradePortCore

// Serves every built-in adapter through the gradeport-adapter/1 protocol:
//   gradeport-builtin-adapters ID describe | sniff FILE... | read FILE [--export KIND]
// The proof that the protocol carries everything an adapter produces: the ExternalAdapters tests run
// each built-in adapter through it and compare with reading in-process.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let id = arguments.first, let platform = BuiltInPlatforms.registry.platform(id: PlatformID(rawValue: id)) else {
    let known = BuiltInPlatforms.all.map(\.descriptor.id.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(
        Data(
            "usage: gradeport-builtin-adapters ID describe | sniff FILE... | read FILE [--export KIND]\n  ID: \(known)\n"
                .utf8))
    exit(2)
}
let status = AdapterServer(platform, version: "builtin").run(Array(arguments.dropFirst())) { bytes in
    FileHandle.standardOutput.write(Data(bytes))
}
exit(status)
