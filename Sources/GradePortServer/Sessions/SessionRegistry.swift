import Foundation

/// The sessions of one server: each browser that opened the printed URL gets one, with a secret
/// id (its cookie) and a folder for its uploads. Sessions left unused end, and their files go.
actor SessionRegistry {
    private let settings: ServeSettings
    private var sessions: [String: WorkSession] = [:]

    init(settings: ServeSettings) {
        self.settings = settings
    }

    /// Starts a session (ending the least recently used one when there are too many).
    func start(language: Language) async throws -> WorkSession {
        await sweep()
        if sessions.count >= settings.maxSessions {
            var oldest: (id: String, at: ContinuousClock.Instant)?
            for (id, session) in sessions {
                let at = await session.lastUse
                if oldest == nil || at < oldest!.at { oldest = (id, at) }
            }
            if let oldest { await end(oldest.id) }
        }
        let id = AccessSecret.make()
        let folder = (settings.workFolder as NSString).appendingPathComponent(id)
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let session = WorkSession(id: id, folder: folder, language: language)
        sessions[id] = session
        return session
    }

    /// The session with this id, if it has not ended.
    func session(id: String) async -> WorkSession? {
        guard let session = sessions[id] else { return nil }
        if await isIdle(session) {
            await end(id)
            return nil
        }
        await session.touch()
        return session
    }

    /// How many sessions are open.
    var count: Int { sessions.count }

    /// Ends a session and deletes its files.
    func end(_ id: String) async {
        guard let session = sessions.removeValue(forKey: id) else { return }
        await session.end()
    }

    /// Ends every session and deletes the work folder (at exit).
    func endAll() async {
        for id in Array(sessions.keys) { await end(id) }
        try? FileManager.default.removeItem(atPath: settings.workFolder)
    }

    /// Ends the sessions left unused too long.
    func sweep() async {
        for (id, session) in sessions where await isIdle(session) { await end(id) }
    }

    private func isIdle(_ session: WorkSession) async -> Bool {
        let idle = ContinuousClock.now - (await session.lastUse)
        return idle > .seconds(settings.sessionIdleSeconds)
    }
}
