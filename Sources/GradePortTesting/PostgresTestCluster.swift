import Foundation

/// A throwaway PostgreSQL cluster for tests: its own data folder under the system's temporary
/// folder, a free loopback port, started with `initdb` and `pg_ctl` from the machine's PostgreSQL
/// (Debian's `postgresql` package; `scripts/ensure-system-packages.sh` installs it).
///
/// One cluster serves a whole test process (``shared()``): tests make a database each
/// (``makeDatabase(_:)``). The cluster is stopped and its folder removed when the process exits,
/// whatever happens: an `atexit` handler stops it after the tests, and a watchdog started with it
/// stops it when the test process is gone (a crash or a kill).
///
/// Run as root (as CI does), the server runs as the `postgres` user (`runuser`), which owns the
/// data folder. Clients log in over TCP as ``user`` with ``password`` (SCRAM).
///
/// ```swift
/// let cluster = try PostgresTestCluster.shared()
/// let url = try cluster.makeDatabase("history")      // postgres://gradeport_test:…@127.0.0.1:PORT/history
/// ```
public final class PostgresTestCluster: Sendable {
    /// Why a cluster could not be started or used.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What happened.
        public var description: String
    }

    /// The superuser the tests log in as.
    public var user: String { Self.superuser }
    private static let superuser = "gradeport_test"
    /// Its password.
    public let password: String
    /// The loopback port the server listens on.
    public let port: Int
    /// The folder holding the data folder, the log and the password file.
    public let folder: String
    private let binaries: String
    private let runAsPostgres: Bool

    /// The cluster of this test process, started on first use.
    public static func shared() throws -> PostgresTestCluster {
        try sharedCluster.get()
    }

    private static let sharedCluster: Result<PostgresTestCluster, Failure> = {
        do {
            let cluster = try PostgresTestCluster()
            atexit { try? PostgresTestCluster.sharedCluster.get().stop() }
            return .success(cluster)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(description: "the test PostgreSQL server did not start: \(error)"))
        }
    }()

    private init() throws {
        let binaries = try Self.findBinaries()
        let runAsPostgres = getuid() == 0
        let password = "pw-" + UUID().uuidString.prefix(12).lowercased()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gradeport-postgres-\(UUID().uuidString)"
        ).path
        let data = folder + "/data"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try password.write(toFile: folder + "/pwfile", atomically: true, encoding: .utf8)
        if runAsPostgres {
            try Self.run("/bin/chown", ["-R", "postgres:", folder])
        }
        let tool = { (name: String, arguments: [String]) in
            try Self.runTool(name, arguments, binaries: binaries, runAsPostgres: runAsPostgres)
        }
        try tool(
            "initdb",
            [
                "-D", data, "-U", Self.superuser, "--pwfile=\(folder)/pwfile", "--auth-host=scram-sha-256",
                "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ])
        var started: Int?
        var lastError: (any Error)?
        // A port found free may be taken by another process before the server binds it: then another.
        for _ in 0..<3 where started == nil {
            let candidate = try Self.freePort()
            do {
                try tool(
                    "pg_ctl",
                    [
                        "start", "-w", "-t", "120", "-D", data, "-l", "\(folder)/server.log", "-o",
                        "-p \(candidate) -c listen_addresses=127.0.0.1 -k \(folder) -c fsync=off "
                            + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
                    ])
                started = candidate
            } catch {
                lastError = error
            }
        }
        guard let started else {
            try? FileManager.default.removeItem(atPath: folder)
            throw lastError ?? Failure(description: "the test PostgreSQL server did not start")
        }
        self.binaries = binaries
        self.runAsPostgres = runAsPostgres
        self.password = password
        self.folder = folder
        port = started
        try startWatchdog()
    }

    /// The data folder.
    public var dataFolder: String { folder + "/data" }

    /// A `postgres://` URL for a database of the cluster (with the password unless told otherwise).
    public func url(database: String, withPassword: Bool = true, user: String? = nil) -> String {
        let credentials = withPassword ? "\(user ?? self.user):\(password)" : (user ?? self.user)
        return "postgres://\(credentials)@127.0.0.1:\(port)/\(database)"
    }

    /// Makes an empty database with a unique name that starts with `prefix`; returns its URL (with the
    /// password).
    public func makeDatabase(_ prefix: String = "test") throws -> String {
        let name = "\(prefix.lowercased())_\(UUID().uuidString.prefix(8).lowercased())"
        _ = try sql("CREATE DATABASE \(name)")
        return url(database: name)
    }

    /// Runs SQL with `psql` as the superuser and returns what it printed (unaligned, tuples only).
    @discardableResult
    public func sql(_ statement: String, database: String = "postgres") throws -> String {
        try Self.run(
            psql,
            [
                "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", String(port), "-U", user,
                "-d", database, "-c", statement,
            ], environment: ["PGPASSWORD": password])
    }

    /// The `psql` program.
    public var psql: String {
        FileManager.default.isExecutableFile(atPath: binaries + "/psql") ? binaries + "/psql" : "/usr/bin/psql"
    }

    /// Stops the server (immediately: tests keep nothing) and removes the folder.
    public func stop() throws {
        _ = try? runTool("pg_ctl", ["stop", "-m", "immediate", "-D", dataFolder])
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: - Processes

    /// Stops the cluster when this process is gone, even when it was killed.
    private func startWatchdog() throws {
        let stop =
            runAsPostgres
            ? "runuser -u postgres -- '\(binaries)/pg_ctl' stop -m immediate -D '\(dataFolder)'"
            : "'\(binaries)/pg_ctl' stop -m immediate -D '\(dataFolder)'"
        let script = """
            while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done
            \(stop) >/dev/null 2>&1; rm -rf '\(folder)'
            """
        let watchdog = Process()
        watchdog.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        watchdog.arguments = ["/bin/sh", "-c", script]
        watchdog.standardInput = FileHandle.nullDevice
        watchdog.standardOutput = FileHandle.nullDevice
        watchdog.standardError = FileHandle.nullDevice
        try watchdog.run()
    }

    /// Runs one of the cluster's programs, as `postgres` when the tests run as root.
    @discardableResult
    private func runTool(_ name: String, _ arguments: [String]) throws -> String {
        try Self.runTool(name, arguments, binaries: binaries, runAsPostgres: runAsPostgres)
    }

    @discardableResult
    private static func runTool(
        _ name: String, _ arguments: [String], binaries: String, runAsPostgres: Bool
    ) throws
        -> String
    {
        let program = binaries + "/" + name
        if runAsPostgres {
            return try run("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments)
        }
        return try run(program, arguments)
    }

    /// Runs a program to its end; returns its standard output, or throws with its output when it fails.
    @discardableResult
    private static func run(
        _ program: String, _ arguments: [String], environment: [String: String] = [:]
    ) throws
        -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Each pipe is drained on its own thread, so that a program that writes much to one is never
        // blocked on it; a server pg_ctl started holds neither (its output goes to its log).
        let texts = ConcurrentLog()
        let group = DispatchGroup()
        for (name, pipe) in [("out", output), ("err", errors)] {
            group.enter()
            DispatchQueue.global().async {
                texts.append(name + String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
                group.leave()
            }
        }
        let status = waitForExit(of: process)
        _ = group.wait(timeout: .now() + 10)
        let collected = texts.all
        let standardOutput = collected.first { $0.hasPrefix("out") }.map { String($0.dropFirst(3)) } ?? ""
        let standardError = collected.first { $0.hasPrefix("err") }.map { String($0.dropFirst(3)) } ?? ""
        guard status == 0 else {
            throw Failure(
                description: "\((program as NSString).lastPathComponent) \(arguments.joined(separator: " ")) "
                    + "failed (status \(status)): \(standardError)\(standardOutput)")
        }
        return standardOutput
    }

    /// Waits for a program to end and returns its exit status.
    ///
    /// Foundation's `waitUntilExit()` was seen to miss the end of `runuser … pg_ctl start` (the
    /// child stayed a zombie and the wait never returned): the child is also reaped here.
    private static func waitForExit(of process: Process) -> Int32 {
        let pid = process.processIdentifier
        while process.isRunning {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                // Exited normally: the status is bits 8–15; killed: 128 + the signal.
                return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return process.terminationStatus
    }

    /// A port nothing listens on now.
    private static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "cannot open a socket to find a free port") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 }
        }
        guard bound,
            withUnsafeMutablePointer(
                to: &address,
                { pointer in
                    pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) == 0 }
                })
        else { throw Failure(description: "cannot find a free loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The folder with `initdb` and `pg_ctl`: the newest `/usr/lib/postgresql/N/bin`, else the `PATH`.
    private static func findBinaries() throws -> String {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for version in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            let folder = "/usr/lib/postgresql/\(version)/bin"
            if FileManager.default.isExecutableFile(atPath: folder + "/initdb") { return folder }
        }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            if FileManager.default.isExecutableFile(atPath: "\(folder)/initdb") { return String(folder) }
        }
        throw Failure(
            description: "PostgreSQL is not installed (no initdb): the store's PostgreSQL tests need it; "
                + "run scripts/ensure-system-packages.sh (as root it installs Debian's postgresql)")
    }
}
