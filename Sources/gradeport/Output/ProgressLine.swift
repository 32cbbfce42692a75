import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One updating line on standard error that says how far a long run is: files done of all, results,
/// results per second, time elapsed and the estimated time left.
///
/// Shown only when standard error is a terminal and `--quiet` was not given: a pipe or a file gets
/// nothing (no carriage returns in logs). Other lines written through ``write(_:)`` clear it first
/// and it is drawn again under them, so that messages are never overwritten.
final class ProgressLine {
    /// Whether the line is drawn at all.
    let isShown: Bool
    private let total: Int
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var files = 0
    private var results = 0
    private var drawn = false

    /// A progress line over `total` files; shown when standard error is a terminal and not `quiet`.
    init(total: Int, quiet: Bool) {
        self.total = total
        isShown = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Counts one more file finished with its results, and redraws at most ten times a second.
    func advance(results more: Int) {
        files += 1
        results += more
        guard isShown, Date().timeIntervalSince(lastDrawn) >= 0.1 || files == total else { return }
        draw()
    }

    /// Writes a line of text (escaped) on standard error above the progress line.
    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if drawn { Self.raw("\r\u{1B}[K") }
        TerminalText.writeToStandardError(text)
        drawn = false
        if isShown, files > 0 { draw() }
    }

    /// Ends the line (the last figures stay on the screen).
    func finish() {
        guard isShown else { return }
        draw()
        Self.raw("\n")
        drawn = false
    }

    /// The line's text: `gradeport: 12/40 files, 3,840 results, 25,100 results/s, 0:03 elapsed, 0:09 left`.
    static func text(files: Int, total: Int, results: Int, elapsed: Double) -> String {
        let rate = elapsed > 0 ? Int((Double(results) / elapsed).rounded()) : 0
        var line = "gradeport: \(files)/\(total) files, \(grouped(results)) results, \(grouped(rate)) results/s, "
        line += "\(clock(elapsed)) elapsed"
        if files > 0, files < total {
            line += ", \(clock(elapsed / Double(files) * Double(total - files))) left"
        }
        return line
    }

    private func draw() {
        let elapsed = Date().timeIntervalSince(started)
        Self.raw(
            "\r\u{1B}[K"
                + TerminalText.escaped(Self.text(files: files, total: total, results: results, elapsed: elapsed)))
        lastDrawn = Date()
        drawn = true
    }

    private static func raw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// Seconds as `m:ss` (or `h:mm:ss`).
    static func clock(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded()))
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(minutes):\(twoDigits(rest))"
    }
}
