import Foundation
import GradeStore
import Logging
import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously: each call waits for the server's
/// answer on the calling thread (the store's API is synchronous, as the SQLite store's is).
///
/// Never call it from an event loop. Statements use `?` placeholders (numbered `$1…` before they
/// are sent, `?N` as `$N`), so the store's SQL reads as the SQLite store's does.
final class PostgresLink: Sendable {
    let connection: PostgresConnection
    /// The server as messages name it: the URL without its password.
    let displayName: String
    private let logger: Logger

    private init(connection: PostgresConnection, displayName: String, logger: Logger) {
        self.connection = connection
        self.displayName = displayName
        self.logger = logger
    }

    /// Connects and authenticates.
    ///
    /// - Throws: ``GradeStoreError`` (``GradeStoreError/Code/unreachable``,
    ///   ``GradeStoreError/Code/authentication``, ``GradeStoreError/Code/missingStore`` for a database
    ///   that does not exist); no message contains the password.
    static func connect(to url: PostgresStoreURL, password: String?) throws -> PostgresLink {
        let logger = Logger(label: "gradeport.store.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: password, database: url.database,
            tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        do {
            configuration.tls = try tls(url.tls)
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration,
                id: Int.random(in: 1...Int(Int32.max)), logger: logger
            ).wait()
            return PostgresLink(connection: connection, displayName: url.redacted, logger: logger)
        } catch {
            throw PostgresFailure.storeError(error, url: url, hadPassword: password != nil, connecting: true)
        }
    }

    private static func tls(_ mode: PostgresStoreURL.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        guard mode != .disable else { return .disable }
        var configuration = TLSConfiguration.makeClientConfiguration()
        // As libpq's prefer and require: encrypted, but any certificate is accepted.
        if mode != .verifyFull { configuration.certificateVerification = .none }
        let context = try NIOSSLContext(configuration: configuration)
        return mode == .prefer ? .prefer(context) : .require(context)
    }

    /// Runs a statement and returns its rows.
    func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [SQLRow] {
        try run(sql, values).rows.map(SQLRow.init)
    }

    /// The first row of a statement's result, if any.
    func first(_ sql: String, _ values: [SQLValue] = []) throws -> SQLRow? {
        try rows(sql, values).first
    }

    /// Runs a statement; returns how many rows it inserted, updated or deleted.
    @discardableResult
    func execute(_ sql: String, _ values: [SQLValue] = []) throws -> Int {
        try run(sql, values).metadata.rows ?? 0
    }

    private func run(_ sql: String, _ values: [SQLValue]) throws -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { value.append(to: &bindings) }
        let query = PostgresQuery(unsafeSQL: Self.numbered(sql), binds: bindings)
        do {
            return try connection.query(query, logger: logger).wait()
        } catch {
            throw PostgresFailure.storeError(error, displayName: displayName)
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws or asks
    /// for it. A lost connection rolls back on the server: nothing of the transaction is kept.
    func transaction<T>(
        readOnly: Bool = false, _ body: (_ rollback: inout Bool) throws -> T
    ) throws -> T {
        try execute(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN")
        var rollback = false
        let value: T
        do {
            value = try body(&rollback)
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
        try execute(rollback ? "ROLLBACK" : "COMMIT")
        return value
    }

    /// Closes the connection.
    func close() throws {
        try? connection.close().wait()
    }

    // A connection must be closed before it goes (PostgresNIO checks it).
    deinit {
        if !connection.isClosed { try? connection.close().wait() }
    }

    /// `?` placeholders as `$1, $2, …` and `?N` as `$N`, outside quoted text.
    static func numbered(_ sql: String) -> String {
        guard sql.contains("?") else { return sql }
        var result = ""
        result.reserveCapacity(sql.utf8.count + 16)
        var next = 1
        var quoted = false
        var iterator = sql.makeIterator()
        var pending: Character? = iterator.next()
        while let character = pending {
            pending = iterator.next()
            if character == "'" { quoted.toggle() }
            guard character == "?", !quoted else {
                result.append(character)
                continue
            }
            result.append("$")
            if let digit = pending, digit.isASCII, digit.isNumber {
                while let digit = pending, digit.isASCII, digit.isNumber {
                    result.append(digit)
                    pending = iterator.next()
                }
            } else {
                result += String(next)
                next += 1
            }
        }
        return result
    }
}
