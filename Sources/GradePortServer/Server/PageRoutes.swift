import Foundation
import GradePortAdapters
import GradePortCore
import GradePortReports
import GradeStore
import Hummingbird

/// The page's routes: the page, its assets, uploads, the choices, downloads, the report, and the
/// store (review, import, undo).
struct PageRoutes: Sendable {
    let settings: ServeSettings
    let sessions: SessionRegistry
    let store: StoreDesk

    /// The platform ids a card's selector offers.
    static var platformIDs: [PlatformID] { BuiltInPlatforms.registry.platforms.map(\.descriptor.id) }

    /// The platform ids a card's selector offers in a session: the built-in ones and its profile's.
    static func platformIDs(with snapshot: SessionSnapshot) -> [PlatformID] {
        guard let profile = snapshot.profile?.id, !platformIDs.contains(profile) else { return platformIDs }
        return platformIDs + [profile]
    }

    /// Adds the routes to `router`.
    func add(to router: Router<ServeContext>) {
        router.get("/") { _, context in try await self.page(context) }
        router.get("/assets/page.js") { _, _ in
            Self.text(Assets.script, type: "text/javascript; charset=utf-8")
        }
        router.get("/assets/page.css") { _, _ in Self.text(Assets.styleSheet, type: "text/css; charset=utf-8") }
        router.post("/upload") { request, context in try await self.upload(request, context) }
        router.get("/progress") { request, context in
            let session = try Self.session(context)
            guard let id = UploadProgress.id(request.uri.queryParameters.get("upload")),
                let report = session.uploads.report(id)
            else { throw HTTPError(.notFound) }
            return Self.text(report.json, type: "application/json")
        }
        router.post("/inputs/:number/platform") { request, context in
            let session = try Self.session(context)
            let number = try context.parameters.require("number", as: Int.self)
            let chosen = try await FormFields(request)["platform"] ?? ""
            let platform = chosen.isEmpty ? nil : PlatformID(rawValue: chosen)
            if let platform, await session.registry.platform(id: platform) == nil { throw HTTPError(.badRequest) }
            guard await session.setPlatform(platform, ofInput: number) else { throw HTTPError(.notFound) }
            return Self.back()
        }
        router.post("/inputs/:number/remove") { _, context in
            let session = try Self.session(context)
            let number = try context.parameters.require("number", as: Int.self)
            guard await session.removeInput(number) else { throw HTTPError(.notFound) }
            return Self.back()
        }
        router.post("/prefer") { request, context in
            let session = try Self.session(context)
            let value = try await FormFields(request)["prefer"] ?? "last"
            let preference = ConflictPreference(value)
            if case .platform(let id) = preference, await session.registry.platform(id: id) == nil {
                throw HTTPError(.badRequest)
            }
            await session.setPreference(preference)
            return Self.back(to: "/#merge")
        }
        router.post("/conflicts") { request, context in
            let session = try Self.session(context)
            let form = try await FormFields(request)
            var choices: [ConflictChoice] = []
            for (name, value) in form.fields where name.hasPrefix("c") {
                choices.append(
                    ConflictChoice(conflict: value, chosen: form["v" + name.dropFirst()].flatMap { Int($0) }))
            }
            await session.choose(choices)
            return Self.back(to: "/#merge")
        }
        router.post("/language") { request, context in
            let session = try Self.session(context)
            if let language = Language(rawValue: try await FormFields(request)["lang"] ?? "") {
                await session.setLanguage(language)
            }
            return Self.back()
        }
        router.get("/download/:format") { _, context in
            let session = try Self.session(context)
            guard let format = DownloadFormat(rawValue: try context.parameters.require("format")) else {
                throw HTTPError(.notFound)
            }
            return try await self.download(format, session)
        }
        router.post("/policy") { request, context in try await self.uploadPolicy(request, context) }
        router.post("/policy/choose") { request, context in
            let session = try Self.session(context)
            let key = try await FormFields(request)["policy"] ?? ""
            guard await session.choosePolicy(key) else { throw HTTPError(.badRequest) }
            return Self.back(to: "/#report")
        }
        router.get("/report") { request, context in
            let session = try Self.session(context)
            // `?policy=` names one of the session's policies (kz or an uploaded file's key); without
            // it, the chosen one.
            let policies = await session.policies
            let key = request.uri.queryParameters.get("policy") ?? policies.chosenKey
            guard let policy = policies.policy(key) else { throw HTTPError(.badRequest) }
            var response = try await self.download(.reportHTML, session, attachment: false, policy: policy)
            response.headers[.contentSecurityPolicy] = SecurityHeaders<ServeContext>.reportPolicy
            return response
        }
        router.get("/review") { _, context in
            let session = try Self.session(context)
            let reviews = try await self.store.review(await session.currentInputs, registry: await session.registry)
            return Self.html(ReviewPage(reviews: reviews, language: await session.language).html)
        }
        router.post("/import") { _, context in
            let session = try Self.session(context)
            let catalog = Catalog(await session.language)
            do {
                let summaries = try await self.store.importInputs(
                    await session.currentInputs, registry: await session.registry)
                let imported = summaries.filter { $0.importID != nil }
                await session.setNotice(
                    Notice(
                        isProblem: false,
                        text: catalog.format(
                            .importedNotice, imported.count, imported.map(\.added).reduce(0, +),
                            imported.map(\.changed).reduce(0, +), summaries.count - imported.count)))
            } catch let error as GradeStoreError {
                await session.setNotice(Notice(isProblem: true, text: error.message))
            }
            return Self.back(to: "/#store")
        }
        router.post("/undo/:id") { _, context in
            let session = try Self.session(context)
            let id = try context.parameters.require("id", as: Int64.self)
            let catalog = Catalog(await session.language)
            do {
                let summary = try await self.store.undo(id)
                await session.setNotice(
                    Notice(
                        isProblem: false,
                        text: catalog.format(
                            .undoneNotice, Int(summary.undoneImport), summary.removed, summary.restored)))
            } catch let error as GradeStoreError {
                await session.setNotice(Notice(isProblem: true, text: error.message))
            }
            return Self.back(to: "/#store")
        }
        router.post("/end") { _, context in
            let session = try Self.session(context)
            let language = await session.language
            await self.sessions.end(session.id)
            var response = AccessGuard.refusal(
                .ok, language, .sessionEndedHeading, Catalog(language)[.sessionEnded])
            response.headers[.setCookie] = "\(AccessGuard.cookieName)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
            return response
        }
    }

    // MARK: - The page

    private func page(_ context: ServeContext) async throws -> Response {
        let session = try Self.session(context)
        let snapshot = await session.snapshot()
        let history: [ImportRecord]
        do {
            history = try await store.history()
        } catch let error as GradeStoreError {
            var snapshot = snapshot
            snapshot.notice = Notice(isProblem: true, text: error.message)
            return Self.html(
                MainPage(
                    snapshot: snapshot, history: [], platforms: Self.platformIDs(with: snapshot),
                    maxUploadBytes: settings.maxUploadBytes
                ).html)
        }
        return Self.html(
            MainPage(
                snapshot: snapshot, history: history, platforms: Self.platformIDs(with: snapshot),
                maxUploadBytes: settings.maxUploadBytes
            ).html)
    }

    // MARK: - Uploads

    /// Streams one file (the raw body; its name in `?name=`) into the session's folder, refusing it
    /// with 413 as soon as it passes the limit, then reads it and adds its card.
    private func upload(_ request: Request, _ context: ServeContext) async throws -> Response {
        let session = try Self.session(context)
        let language = await session.language
        let catalog = Catalog(language)
        let limit = settings.maxUploadBytes
        let megabytes = Int(limit / (1024 * 1024))
        let declared = request.headers[.contentLength].flatMap { Int64($0) }
        // The script's id for this upload: its progress is reported under it (`GET /progress`).
        let progressID = UploadProgress.id(request.uri.queryParameters.get("upload"))
        let progress = session.uploads
        if let progressID { progress.begin(progressID, total: declared ?? 0) }
        func refused() {
            if let progressID { progress.finish(progressID, refused: true) }
        }
        if await session.inputCount >= settings.maxInputsPerSession {
            refused()
            try await Self.drain(request.body)
            return AccessGuard.refusal(
                .conflict, language, .uploadRefusedHeading,
                catalog.format(.tooManyFiles, settings.maxInputsPerSession))
        }
        if let declared, declared > limit {
            refused()
            try await Self.drain(request.body)
            await session.setNotice(Notice(isProblem: true, text: catalog.format(.uploadTooBig, megabytes)))
            return AccessGuard.refusal(
                .contentTooLarge, language, .uploadRefusedHeading, catalog.format(.uploadTooBig, megabytes))
        }
        let (number, folder) = try await session.reserveUpload()
        let name = UploadName.sanitize(
            request.uri.queryParameters.get("name") ?? "", fallback: "upload-\(number)")
        let path = (folder as NSString).appendingPathComponent(name)
        let written: Int64?
        do {
            written = try await Self.receive(request.body, into: path, limit: limit) { bytes in
                if let progressID { progress.received(progressID, bytes: bytes) }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            refused()
            throw error
        }
        guard let written else {
            refused()
            try? FileManager.default.removeItem(atPath: folder)
            try await Self.drain(request.body)
            await session.setNotice(Notice(isProblem: true, text: catalog.format(.uploadTooBig, megabytes)))
            return AccessGuard.refusal(
                .contentTooLarge, language, .uploadRefusedHeading, catalog.format(.uploadTooBig, megabytes))
        }
        // A journal profile (YAML) is not an export: it is loaded as --profile is.
        if ["yaml", "yml"].contains((name as NSString).pathExtension.lowercased()) {
            if let problem = await session.addProfile(name: name, path: path) {
                refused()
                await session.setNotice(Notice(isProblem: true, text: problem))
                return AccessGuard.refusal(.unprocessableContent, language, .uploadRefusedHeading, problem)
            }
            if let progressID { progress.finish(progressID) }
            return Self.text("\(number)\tprofile\t\(name)\n", type: "text/plain; charset=utf-8")
        }
        // A folder arrives as a .zip: it is read as the folder it holds, named as the folder.
        let folderPath = await Background.run {
            FolderArchive.expand(path, limit: limit * 4, registry: BuiltInPlatforms.registry)
        }
        // The readers' progress through the file (or the folder's files), for the page's bar.
        let reading = ReadProgress(watching: folderPath ?? path)
        defer { reading.stop() }
        if let progressID { progress.reading(progressID, reading) }
        let input = await session.addInput(
            number: number, name: folderPath.map { ($0 as NSString).lastPathComponent } ?? name,
            path: folderPath ?? path, size: written
        ) {
            if let progressID { progress.preparing(progressID) }
        }
        if let progressID { progress.finish(progressID) }
        return Self.text(
            "\(input.number)\t\(input.card.state.rawValue)\t\(input.name)\n", type: "text/plain; charset=utf-8")
    }

    /// Streams `body` into a new file at `path`, chunk by chunk, stopping as soon as it passes
    /// `limit` bytes; `received` is told the bytes stored so far after each chunk.
    ///
    /// - Returns: The bytes stored, or `nil` when the body passed the limit (the file is then partial).
    private static func receive(
        _ body: RequestBody, into path: String, limit: Int64, received: (Int64) -> Void = { _ in }
    ) async throws -> Int64? {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw HTTPError(.internalServerError) }
        defer { try? handle.close() }
        var written: Int64 = 0
        for try await buffer in body {
            written += Int64(buffer.readableBytes)
            if written > limit { return nil }
            try handle.write(contentsOf: Data(buffer.readableBytesView))
            received(written)
        }
        return written
    }

    /// Reads and discards what is left of a refused upload, so that the browser gets the answer.
    private static func drain(_ body: RequestBody) async throws {
        for try await _ in body {}
    }

    // MARK: - Policy files

    /// Streams a grading policy file (the raw body; its name in `?name=`) into the session's folder,
    /// loads it as `report --policy FILE` does and chooses it for the report; a file that does not
    /// load is refused with its error (file, line, column), as the CLI prints it.
    private func uploadPolicy(_ request: Request, _ context: ServeContext) async throws -> Response {
        let session = try Self.session(context)
        let language = await session.language
        let catalog = Catalog(language)
        let limit = SessionPolicies.maxFileBytes
        let tooBig = catalog.format(.policyTooBig, Int(limit / 1024))
        if let declared = request.headers[.contentLength].flatMap({ Int64($0) }), declared > limit {
            try await Self.drain(request.body)
            await session.setNotice(Notice(isProblem: true, text: tooBig))
            return AccessGuard.refusal(.contentTooLarge, language, .policyRefusedHeading, tooBig)
        }
        let (number, folder) = try await session.reserveUpload()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = UploadName.sanitize(
            request.uri.queryParameters.get("name") ?? "", fallback: "policy-\(number).yaml")
        let path = (folder as NSString).appendingPathComponent(name)
        guard try await Self.receive(request.body, into: path, limit: limit) != nil else {
            try await Self.drain(request.body)
            await session.setNotice(Notice(isProblem: true, text: tooBig))
            return AccessGuard.refusal(.contentTooLarge, language, .policyRefusedHeading, tooBig)
        }
        if let problem = await session.addPolicy(name: name, path: path) {
            await session.setNotice(Notice(isProblem: true, text: problem))
            return AccessGuard.refusal(.unprocessableContent, language, .policyRefusedHeading, problem)
        }
        let policies = await session.policies
        let policy = policies.chosen
        await session.setNotice(
            Notice(isProblem: false, text: catalog.format(.policyLoaded, policy.id, policy.name, name)))
        return Self.text("\(policies.chosenKey)\t\(policy.id)\t\(name)\n", type: "text/plain; charset=utf-8")
    }

    // MARK: - Downloads

    /// A download of the session's gradebook; the report uses `policy`, else the chosen one.
    private func download(
        _ format: DownloadFormat, _ session: WorkSession, attachment: Bool = true, policy: GradingPolicy? = nil
    ) async throws -> Response {
        guard let book = await session.mergedBook() else {
            let language = await session.language
            return AccessGuard.refusal(.notFound, language, .refusedHeading, Catalog(language)[.noInputs])
        }
        let inputs = await session.currentInputs
        var paths: [Source.ID: String] = [:]
        for source in book.sources {
            if let input = inputs.first(where: { $0.name == source.file }) { paths[source.id] = input.path }
        }
        let folder = session.folder
        let sourcePaths = paths
        let reportPolicy: GradingPolicy
        if let policy { reportPolicy = policy } else { reportPolicy = await session.policies.chosen }
        let pageLanguage = await session.language
        let path: String
        do {
            path = try await Background.attempt {
                try DownloadFile.write(
                    format, of: book, paths: sourcePaths, policy: reportPolicy, into: folder, language: pageLanguage)
            }
        } catch let error as DownloadError {
            let language = await session.language
            return AccessGuard.refusal(.unprocessableContent, language, .downloadFailedHeading, error.message)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        var headers: HTTPFields = [.contentType: format.contentType]
        if attachment {
            headers[.contentDisposition] = "attachment; filename=\"\(format.fileName)\""
        }
        let body = ResponseBody(contentLength: size) { writer in
            defer { try? FileManager.default.removeItem(atPath: path) }
            guard let handle = FileHandle(forReadingAtPath: path) else { throw HTTPError(.internalServerError) }
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: 256 * 1024), !chunk.isEmpty {
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    // MARK: - Responses

    private static func session(_ context: ServeContext) throws -> WorkSession {
        guard let session = context.session else { throw HTTPError(.forbidden) }
        return session
    }

    private static func back(to location: String = "/") -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func html(_ page: String) -> Response {
        text(page, type: "text/html; charset=utf-8")
    }

    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
