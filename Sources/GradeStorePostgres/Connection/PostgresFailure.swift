import Foundation
import GradeStore
import PostgresNIO

/// PostgresNIO's and the server's errors as ``GradeStoreError``s for people: they name the server
/// by its redacted URL, keep the original as the cause, and never carry a password.
enum PostgresFailure {
    /// SQLSTATE of a transaction the server aborted to keep concurrent ones serializable, or a
    /// deadlock it broke: the transaction may be tried again.
    static let retryableStates: Set<String> = ["40001", "40P01"]

    /// Whether an error is a serialization failure or deadlock that a retry may get past.
    static func isRetryable(_ error: any Error) -> Bool {
        guard let store = error as? GradeStoreError, let cause = store.underlyingError as? PSQLError,
            let state = cause.serverInfo?[.sqlState]
        else { return false }
        return retryableStates.contains(state)
    }

    /// The error met while connecting to the server a URL names.
    static func storeError(
        _ error: any Error, url: PostgresStoreURL, hadPassword: Bool, connecting: Bool
    )
        -> GradeStoreError
    {
        let server = "\(url.host):\(url.port)"
        guard let psql = error as? PSQLError else {
            if error is NIOSSLError {
                return GradeStoreError(
                    .unreachable,
                    "cannot make a TLS connection to the PostgreSQL server at \(server) (\(url.redacted))",
                    underlyingError: error)
            }
            return GradeStoreError(
                .unreachable, "cannot reach the PostgreSQL server at \(server) (\(url.redacted)): \(reason(error))",
                underlyingError: error)
        }
        switch psql.code {
        case .server:
            let state = psql.serverInfo?[.sqlState] ?? ""
            switch state {
            case "28P01", "28000":
                let what = hadPassword ? "the password" : "the connection without a password"
                return GradeStoreError(
                    .authentication,
                    "the PostgreSQL server at \(server) refused \(what) for user \(url.user) (\(url.redacted)); "
                        + "give the password in PGPASSWORD or ~/.pgpass", underlyingError: error)
            case "3D000":
                return GradeStoreError(
                    .missingStore,
                    "no database \(url.database) on the PostgreSQL server at \(server) (\(url.redacted)); "
                        + "create it with `createdb \(url.database)`", underlyingError: error)
            default:
                return storeError(error, displayName: url.redacted)
            }
        case .authMechanismRequiresPassword:
            return GradeStoreError(
                .authentication,
                "the PostgreSQL server at \(server) asks for a password for user \(url.user) (\(url.redacted)) and none "
                    + "was given; put it in PGPASSWORD or ~/.pgpass", underlyingError: error)
        case .sslUnsupported:
            return GradeStoreError(
                .unreachable,
                "the PostgreSQL server at \(server) does not offer TLS, which sslmode=\(url.tls.rawValue) requires "
                    + "(\(url.redacted))", underlyingError: error)
        default:
            if connecting {
                return GradeStoreError(
                    .unreachable,
                    "cannot reach the PostgreSQL server at \(server) (\(url.redacted)): \(reason(psql.underlying ?? error))",
                    underlyingError: error)
            }
            return storeError(error, displayName: url.redacted)
        }
    }

    /// An error met on an open connection.
    static func storeError(_ error: any Error, displayName: String) -> GradeStoreError {
        if let store = error as? GradeStoreError { return store }
        guard let psql = error as? PSQLError else {
            return GradeStoreError(.database, "\(displayName): \(reason(error))", underlyingError: error)
        }
        switch psql.code {
        case .server:
            let state = psql.serverInfo?[.sqlState] ?? ""
            let message = psql.serverInfo?[.message] ?? "the server reported an error"
            if state.hasPrefix("57P") || state.hasPrefix("08") {
                return lost(displayName, error)
            }
            if state == "53100" {
                return GradeStoreError(
                    .database, "\(displayName): the server's disk is full; nothing of this operation was kept",
                    underlyingError: error)
            }
            return GradeStoreError(.database, "\(displayName): \(message) (SQLSTATE \(state))", underlyingError: error)
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return lost(displayName, error)
        default:
            return GradeStoreError(.database, "\(displayName): \(psql.code)", underlyingError: error)
        }
    }

    private static func lost(_ displayName: String, _ error: any Error) -> GradeStoreError {
        GradeStoreError(
            .unreachable,
            "the connection to \(displayName) was lost; the operation under way was not committed (nothing of it "
                + "was kept)", underlyingError: error)
    }

    /// A short reason for a network error, without Foundation's or NIO's internals.
    private static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("refused") || text.contains("ECONNREFUSED") { return "connection refused" }
        if text.contains("imeout") || text.contains("imedOut") { return "no answer (timed out)" }
        if text.contains("resolve") || text.contains("NXDOMAIN") || text.contains("unknown host") {
            return "unknown host"
        }
        return "the connection failed"
    }
}
