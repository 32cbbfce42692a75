import Foundation
import GradeStore

/// A PostgreSQL store named on the command line: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
/// (or `postgresql://`), with an optional `?sslmode=disable|prefer|require|verify-full`.
///
/// The password is never part of what is shown: ``redacted`` prints `postgres://USER@HOST:PORT/DB`.
/// Without a password in the URL, ``PostgresPassword`` finds one in `PGPASSWORD` or `~/.pgpass`.
public struct PostgresStoreURL: Sendable, Hashable, CustomStringConvertible {
    /// How the connection is encrypted, as libpq's `sslmode` names it.
    public enum TLSMode: String, Sendable, Hashable {
        /// Never encrypt.
        case disable
        /// Encrypt when the server offers it (the default), without checking its certificate.
        case prefer
        /// Always encrypt, without checking the certificate.
        case require
        /// Always encrypt and check the certificate and host name against the system's trust store.
        case verifyFull = "verify-full"
    }

    /// The user name.
    public var user: String
    /// The password given in the URL, if any.
    public var password: String?
    /// The server's host name or address.
    public var host: String
    /// The server's port.
    public var port: Int
    /// The database.
    public var database: String
    /// How the connection is encrypted.
    public var tls: TLSMode

    /// Whether text names a PostgreSQL store rather than a file: it starts with `postgres://` or
    /// `postgresql://`.
    public static func isPostgresURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// Parses a store URL.
    ///
    /// - Throws: ``GradeStoreError`` with ``GradeStoreError/Code/invalidLocation`` naming what is
    ///   wrong; the message shows the URL redacted.
    public init(_ text: String) throws {
        guard Self.isPostgresURL(text), let schemeEnd = text.range(of: "://") else {
            throw Self.invalid(text, "it does not start with postgres:// or postgresql://")
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        guard let slash = rest.firstIndex(of: "/") else {
            throw Self.invalid(text, "it names no database (postgres://USER@HOST:PORT/DATABASE)")
        }
        let authority = rest[..<slash]
        database = Self.decode(rest[rest.index(after: slash)...])
        guard !database.isEmpty, !database.contains("/") else {
            throw Self.invalid(text, "it names no database (postgres://USER@HOST:PORT/DATABASE)")
        }
        var hostPart = authority
        if let at = authority.lastIndex(of: "@") {
            let credentials = authority[..<at]
            hostPart = authority[authority.index(after: at)...]
            if let colon = credentials.firstIndex(of: ":") {
                user = Self.decode(credentials[..<colon])
                password = Self.decode(credentials[credentials.index(after: colon)...])
            } else {
                user = Self.decode(credentials)
            }
        } else {
            user = ProcessInfo.processInfo.environment["PGUSER"] ?? ProcessInfo.processInfo.environment["USER"] ?? ""
        }
        guard !user.isEmpty else { throw Self.invalid(text, "it names no user (postgres://USER@HOST:PORT/DATABASE)") }
        port = 5432
        if hostPart.hasPrefix("["), let close = hostPart.firstIndex(of: "]") {
            host = String(hostPart[hostPart.index(after: hostPart.startIndex)..<close])
            hostPart = hostPart[hostPart.index(after: close)...]
            if hostPart.hasPrefix(":") { port = try Self.port(hostPart.dropFirst(), in: text) }
        } else if let colon = hostPart.lastIndex(of: ":") {
            host = String(hostPart[..<colon])
            port = try Self.port(hostPart[hostPart.index(after: colon)...], in: text)
        } else {
            host = String(hostPart)
        }
        if host.isEmpty { host = "localhost" }
        tls = .prefer
        for parameter in query.split(separator: "&") where !parameter.isEmpty {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0] == "sslmode" else {
                throw Self.invalid(text, "unknown parameter '\(pair[0])' (only sslmode is understood)")
            }
            guard let mode = TLSMode(rawValue: pair[1]) else {
                throw Self.invalid(text, "sslmode must be disable, prefer, require or verify-full, not '\(pair[1])'")
            }
            tls = mode
        }
    }

    private static func port(_ text: Substring, in url: String) throws -> Int {
        guard let number = Int(text), (1...65535).contains(number) else {
            throw invalid(url, "'\(text)' is not a port number")
        }
        return number
    }

    /// The URL without its password, as every message shows it.
    public var redacted: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let mode = tls == .prefer ? "" : "?sslmode=\(tls.rawValue)"
        return "postgres://\(user)@\(shownHost):\(port)/\(database)\(mode)"
    }

    /// The redacted URL.
    public var description: String { redacted }

    private static func decode(_ text: Substring) -> String {
        String(text).removingPercentEncoding ?? String(text)
    }

    /// A refusal that shows the text with any password blanked.
    private static func invalid(_ text: String, _ reason: String) -> GradeStoreError {
        GradeStoreError(.invalidLocation, "cannot use the store \(redactedText(text)): \(reason)")
    }

    /// Any text that may be a store URL, with the password between `:` and `@` replaced by `***`.
    public static func redactedText(_ text: String) -> String {
        guard let schemeEnd = text.range(of: "://") else { return text }
        let rest = text[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@"),
            let colon = rest[..<at].firstIndex(of: ":")
        else { return text }
        return String(text[..<rest.index(after: colon)]) + "***" + String(text[at...])
    }
}
