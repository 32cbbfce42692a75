import Foundation
import GradePortAdapterSDK
import GradePortAdapters
import GradePortCore

// Serves every built-in adapter through the gradeport-adapter/1 protocol:
//   gradeport-builtin-adapters ID [--as NEW-ID] describe | sniff FILE... | read FILE [--export KIND]
// The proof that the protocol carries everything an adapter produces: the ExternalAdapters tests run
// each built-in adapter through it and compare with reading in-process. `--as` serves the adapter under
// another id, which a host accepts as an external adapter (`make bench` measures the protocol with it).

var arguments = Array(CommandLine.arguments.dropFirst())
guard let id = arguments.first, let builtIn = BuiltInPlatforms.registry.platform(id: PlatformID(rawValue: id)) else {
    let known = BuiltInPlatforms.all.map(\.descriptor.id.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(
        Data(
            ("usage: gradeport-builtin-adapters ID [--as NEW-ID] describe | sniff FILE... | read FILE [--export KIND]\n"
                + "  ID: \(known)\n").utf8))
    exit(2)
}
arguments.removeFirst()
var platform = builtIn
if arguments.first == "--as", arguments.count > 1 {
    platform = RenamedPlatform(base: builtIn, id: PlatformID(rawValue: arguments[1]))
    arguments.removeFirst(2)
}
let status = AdapterServer(platform, version: "builtin").run(arguments) { bytes in
    FileHandle.standardOutput.write(Data(bytes))
}
exit(status)
