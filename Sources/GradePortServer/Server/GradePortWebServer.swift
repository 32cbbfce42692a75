import Foundation
import Hummingbird
import Logging

/// The web page behind `gradeport serve`: a Hummingbird application on a loopback address whose
/// routes read uploaded exports with the library (detection, reading, merge, writers, reports, the
/// store), behind the access guard.
public struct GradePortWebServer: Sendable {
    /// How the server runs.
    public let settings: ServeSettings
    let sessions: SessionRegistry
    let hosts: AllowedHosts
    let store: StoreDesk

    /// Creates the server; it refuses a host that is not a loopback address.
    ///
    /// - Throws: ``ServeError`` for another host.
    public init(settings: ServeSettings) throws(ServeError) {
        guard LoopbackHost.isLoopback(settings.host) else { throw ServeError(LoopbackHost.refusal(settings.host)) }
        self.settings = settings
        sessions = SessionRegistry(settings: settings)
        hosts = AllowedHosts(LoopbackHost.allowedHostHeaders(host: settings.host, port: settings.port))
        store = StoreDesk(path: settings.storePath)
    }

    /// The router with every route behind the guards.
    func router() -> Router<ServeContext> {
        let router = Router(context: ServeContext.self)
        router.add(middleware: SecurityHeaders<ServeContext>())
        router.add(middleware: AccessGuard(token: settings.token, hosts: hosts, sessions: sessions))
        PageRoutes(settings: settings, sessions: sessions, store: store).add(to: router)
        return router
    }

    /// The application; `onReady` gets the page's URL (with the token) once the server listens.
    public func application(
        onReady: @escaping @Sendable (String) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "gradeport-serve")
        logger.logLevel = .warning
        let settings = self.settings
        let hosts = self.hosts
        return Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                hosts.set(LoopbackHost.allowedHostHeaders(host: settings.host, port: port))
                await onReady(LoopbackHost.baseURL(host: settings.host, port: port) + "/?token=" + settings.token)
            },
            logger: logger
        )
    }

    /// Runs until SIGTERM or SIGINT, then ends every session and deletes the work folder.
    public func run(onReady: @escaping @Sendable (String) async -> Void) async throws {
        try FileManager.default.createDirectory(
            atPath: settings.workFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        do {
            try await application(onReady: onReady).runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            await sessions.endAll()
            throw error
        }
        await sessions.endAll()
    }

    /// Ends every session and deletes the work folder.
    public func cleanUp() async {
        await sessions.endAll()
    }
}

/// Why `gradeport serve` could not start, in words for the user.
public struct ServeError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
