import Hummingbird

/// The request context of the page's routes: the session the access guard found for the request.
struct ServeContext: RequestContext {
    /// Hummingbird's own context.
    var coreContext: CoreRequestContextStorage
    /// The request's session, set by ``AccessGuard`` before any route runs.
    var session: WorkSession?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
