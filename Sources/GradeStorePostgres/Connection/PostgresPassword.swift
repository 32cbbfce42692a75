import Foundation

/// Where the password for a PostgreSQL store comes from when the URL has none, as libpq looks for
/// it: the `PGPASSWORD` environment variable, then the password file (`PGPASSFILE`, else
/// `~/.pgpass`), whose lines are `host:port:database:user:password` with `*` matching anything.
public enum PostgresPassword {
    /// The password for the URL's server, database and user; `nil` when none is found (a server
    /// that trusts the user needs none).
    public static func find(for url: PostgresStoreURL, environment: [String: String]) -> String? {
        if let password = url.password { return password }
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let file =
            environment["PGPASSFILE"]
            ?? (environment["HOME"] ?? NSHomeDirectory()).appending("/.pgpass")
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return match(in: text, url: url)
    }

    /// The password of the first line of a password file that matches the URL.
    static func match(in text: String, url: PostgresStoreURL) -> String? {
        let wanted = [url.host, String(url.port), url.database, url.user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = fields(of: line)
            guard fields.count == 5 else { continue }
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in
                field == "*" || field == value
                    || (field == "localhost" && (value == "127.0.0.1" || value == "::1"))
            }
            if matches { return fields[4] }
        }
        return nil
    }

    /// A line's fields split at `:`, with `\:` and `\\` read as `:` and `\`.
    private static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
