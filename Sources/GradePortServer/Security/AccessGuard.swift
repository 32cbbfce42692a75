import Hummingbird

/// The guards in front of every route.
///
/// 1. the `Host` header must name the address served (a DNS-rebinding page sends its own name);
/// 2. the request must carry the session cookie, or the per-launch token (`?token=`), which starts
///    a session: its id goes into an HttpOnly, SameSite=Strict cookie and the token leaves the URL;
/// 3. a request that changes anything (not GET or HEAD) must come from the page itself: its
///    `Origin` (when sent) must be the server's, its `Sec-Fetch-Site` (when sent) `same-origin`,
///    and one of the two must be there (`Origin: null` only with `Sec-Fetch-Site: same-origin`).
struct AccessGuard: RouterMiddleware {
    typealias Context = ServeContext

    /// The name of the session cookie.
    static let cookieName = "gradeport_session"

    let token: String
    let hosts: AllowedHosts
    let sessions: SessionRegistry

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let language = Language.preferred(byAcceptLanguage: request.headers[.acceptLanguage])
        let host = request.headers[.hostHeader] ?? request.head.authority ?? ""
        guard hosts.contains(host) else {
            return Self.refusal(
                .forbidden, language, .refusedHeading, Catalog(language).format(.wrongHost, hosts.first))
        }
        var context = context
        if let id = request.cookies[Self.cookieName]?.value, let session = await sessions.session(id: id) {
            context.session = session
        }
        let given = request.uri.queryParameters.get("token")
        if let given, request.method == .get {
            guard AccessSecret.matches(given, token) else {
                return Self.refusal(.forbidden, language, .refusedHeading, Catalog(language)[.needToken])
            }
            var headers: HTTPFields = [.location: request.uri.path.isEmpty ? "/" : request.uri.path]
            if context.session == nil {
                let session = try await sessions.start(language: language)
                headers[.setCookie] = "\(Self.cookieName)=\(session.id); Path=/; HttpOnly; SameSite=Strict"
            }
            return Response(status: .seeOther, headers: headers)
        }
        guard let session = context.session else {
            return Self.refusal(.forbidden, language, .refusedHeading, Catalog(language)[.needToken])
        }
        if request.method != .get && request.method != .head {
            let origin = request.headers[.origin]
            let fetchSite = request.headers[.secFetchSite]
            let sameOrigin = fetchSite == "same-origin"
            // A browser sends `Origin: null` with some same-origin form posts; it counts only
            // together with `Sec-Fetch-Site: same-origin`.
            let originOK = origin.map { hosts.containsOrigin($0) || ($0 == "null" && sameOrigin) } ?? true
            let siteOK = fetchSite == nil || sameOrigin
            guard originOK, siteOK, origin != nil || fetchSite != nil else {
                let pageLanguage = await session.language
                return Self.refusal(.forbidden, pageLanguage, .refusedHeading, Catalog(pageLanguage)[.crossSite])
            }
        }
        // The time a request takes is use too: a long upload or read does not leave its session idle
        // (to be ended by the next request) when it finishes.
        do {
            let response = try await next(request, context)
            await session.touch()
            return response
        } catch {
            await session.touch()
            throw error
        }
    }

    /// A page that refuses a request.
    static func refusal(
        _ status: HTTPResponse.Status, _ language: Language, _ heading: Phrase, _ message: String
    ) -> Response {
        let page = MessagePage(language: language, heading: Catalog(language)[heading], message: message)
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page.html)))
    }
}
