import ArgumentParser
import Dispatch
import Foundation
import GradePortServer

/// `gradeport serve`: the web page for teachers, on this computer only.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the web page: drop exports, see what was understood, settle conflicts, download or import.",
        discussion: """
            The first line printed on standard output is the address to open; it carries a key made \
            for this run, so that no other program or web site on this computer can use the page. The \
            page reads and writes exactly what convert, report, import, history and undo do. Uploads \
            are kept in a temporary folder for the browser's session and deleted when it ends and when \
            the server stops (Ctrl-C or SIGTERM).
            The page listens on this computer only (127.0.0.1 by default, or ::1 or localhost); \
            another --host is refused.
            Examples:
              gradeport serve --open
              gradeport serve --store school.sqlite --port 8080
              gradeport serve --port 0 --max-upload-mb 500
            """
    )

    @OptionGroup var storeOption: StoreOption

    @Option(name: .long, help: "The address to listen on: 127.0.0.1 (default), ::1 or localhost.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port; 0 picks a free one.")
    var port = 8080

    @Flag(name: .long, help: "Open the page in a browser: $BROWSER, else xdg-open (open on macOS).")
    var open = false

    @Option(name: .customLong("max-upload-mb"), help: "The largest file accepted, in megabytes.")
    var maxUploadMB = 200

    func validate() throws {
        guard LoopbackHost.isLoopback(host) else { throw ValidationError(LoopbackHost.refusal(host)) }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (1...100_000).contains(maxUploadMB) else {
            throw ValidationError("--max-upload-mb must be between 1 and 100000")
        }
    }

    func run() throws {
        let settings = ServeSettings(
            host: host, port: port, storePath: storeOption.path, maxUploadBytes: Int64(maxUploadMB) * 1024 * 1024)
        let server: GradePortWebServer
        do {
            server = try GradePortWebServer(settings: settings)
        } catch {
            throw CommandFailure(.usage, error.message)
        }
        let openBrowser = open
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run { url in
                    FileHandle.standardOutput.write(Data((url + "\n").utf8))
                    FileHandle.standardError.write(
                        Data("gradeport: serving on this computer only; press Ctrl-C to stop\n".utf8))
                    if openBrowser { Self.openInBrowser(url) }
                }
            } catch {
                outcome.fail("\(error)")
            }
            done.signal()
        }
        done.wait()
        if let message = outcome.failure {
            throw CommandFailure(.unreadable, "the page could not be served: \(message)")
        }
    }

    /// Opens `url` with `$BROWSER` or xdg-open (open on macOS), saying which on standard error, or
    /// saying plainly that there is none; a failure to start it or its failure is reported, and
    /// the server goes on.
    private static func openInBrowser(_ url: String) {
        guard let opener = BrowserOpener.find(for: url, environment: ProcessInfo.processInfo.environment) else {
            say(BrowserOpener.missing)
            return
        }
        say("--open: opening the page with \(opener.program) (from \(opener.origin))")
        opener.open { say($0) }
    }

    /// Writes `gradeport: LINE` on standard error.
    private static func say(_ line: String) {
        FileHandle.standardError.write(Data("gradeport: \(line)\n".utf8))
    }
}

/// What ended the server, shared between the server's task and the command's thread.
private final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?

    func fail(_ message: String) { lock.withLock { self.message = message } }

    var failure: String? { lock.withLock { message } }
}
