import ExternalAdapters
import Foundation
import GradePortCore
import GradePortTesting
import Testing

/// Adapters that break the protocol are refused or failed with a specific message, never hang, and
/// leave no process behind; what they wrote before a failure is kept.
@Suite struct MisbehavingAdapterTests {
    /// Reads the fixture's input with the misbehaving adapter of `mode`.
    private func read(_ mode: String, readLimit: Double = 120) throws -> (ReadOutcome, String, ConcurrentLog) {
        let (folder, program, input) = try AdapterFixtures.misbehaving(mode)
        let warnings = ConcurrentLog()
        let adapter = try AdapterFixtures.adapter(
            program, settings: AdapterFixtures.settings(readLimit: readLimit, warnings: warnings))
        let outcome = try PlatformRegistry([adapter]).readGradebook(
            from: [input], platform: adapter.descriptor.id, merging: nil)
        #expect(AdapterFixtures.processIsGone(wroteNextTo: input))
        _ = folder
        return (outcome, program, warnings)
    }

    @Test func aLogLineOnStandardOutputIsQuotedAndTheRestRead() throws {
        let (outcome, program, _) = try read("stdoutlog")
        let book = outcome.gradebook
        #expect(book.results.count == 1)
        let diagnostic = try #require(book.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.code == .adapterOutput)
        #expect(
            diagnostic.message
                == "adapter 'stdoutlog' (\(program)) wrote a line that is not JSON on standard output: "
                + "\"Reading the file now...\"; adapters must log to standard error")
        #expect(book.hasErrors)
    }

    @Test func aHangingReadIsStoppedAtItsLimitEvenIgnoringSIGTERM() throws {
        let start = ContinuousClock.now
        let (outcome, program, _) = try read("hang", readLimit: 1)
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(outcome.unreadableInputs.count == 1)
        let message = try #require(outcome.gradebook.diagnostics.first?.message)
        #expect(
            message.hasPrefix(
                "adapter 'hang' (\(program)) gave no answer to 'read' within the limit of 1 s without a new line "
                    + "(set GRADEPORT_ADAPTER_TIMEOUT to allow longer); it was stopped"))
    }

    @Test func aCrashMidwayKeepsTheRecordsBeforeAndShowsStandardError() throws {
        let (outcome, program, _) = try read("crash")
        let book = outcome.gradebook
        #expect(outcome.unreadableInputs.isEmpty)
        #expect(book.results.map { $0.score?.description } == ["7"])
        #expect(book.sources.first?.rows == 1)
        let diagnostic = try #require(book.diagnostics.last)
        #expect(diagnostic.code == .adapterFailed)
        #expect(
            diagnostic.message
                == "adapter 'crash' (\(program)) failed during 'read' (exit status 7); its standard error ended with:\n"
                + "Traceback (most recent call last):\nValueError: row 3 is broken; rows before this point were kept")
    }

    @Test func exitingWithoutSummaryIsAFailure() throws {
        let (outcome, program, _) = try read("nosummary")
        #expect(outcome.gradebook.results.count == 1)
        #expect(
            outcome.gradebook.diagnostics.map(\.message) == [
                "adapter 'nosummary' (\(program)) ended 'read' (exit status 0) without its summary line: its output "
                    + "is incomplete; it wrote nothing on standard error; rows before this point were kept"
            ])
    }

    @Test func anUndefinedReferenceIsRejectedAtItsLine() throws {
        let (outcome, _, _) = try read("undefinedref")
        let book = outcome.gradebook
        #expect(book.results.count == 1)
        let diagnostic = try #require(book.diagnostics.first)
        #expect(diagnostic.code == .danglingReference)
        #expect(diagnostic.line == 5)
        #expect(diagnostic.column == 3)
        #expect(
            diagnostic.message == "'result' line: person 'ghost' was not defined by an earlier person line; skipped")
    }

    @Test func aLineOverOneMebibyteIsRejectedAndTheRestRead() throws {
        let (outcome, program, _) = try read("longline")
        let book = outcome.gradebook
        #expect(book.results.count == 1)
        let diagnostic = try #require(book.diagnostics.first)
        #expect(diagnostic.code == .limitExceeded)
        #expect(
            diagnostic.message.hasPrefix(
                "adapter 'longline' (\(program)) wrote a line longer than the protocol's limit of 1 MiB (it began "
                    + "\"{\\\"type\\\": \\\"diagnostic\\\""))
    }

    @Test func aStandardErrorFloodNeitherBlocksNorFails() throws {
        let (outcome, program, _) = try read("stderrflood")
        #expect(outcome.gradebook.results.count == 1)
        // 20 MiB on standard error: the last 4 KiB are kept as a note (`--verbose` shows it).
        let diagnostics = outcome.gradebook.diagnostics
        #expect(diagnostics.map(\.code) == [.adapterLog])
        #expect(diagnostics.map(\.severity) == [.info])
        let prefix = "adapter 'stderrflood' (\(program)) wrote on standard error; its standard error ended with:\n…"
        #expect(diagnostics.first?.message.hasPrefix(prefix) == true)
        #expect(diagnostics.first?.message.hasSuffix(String(repeating: "x", count: 1023)) == true)
    }

    @Test func aBackgroundProcessHoldingStandardOutputDoesNotHoldTheRead() throws {
        let start = ContinuousClock.now
        let (outcome, _, _) = try read("background")
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(outcome.unreadableInputs.isEmpty)
        #expect(outcome.gradebook.results.count == 1)
        #expect(outcome.gradebook.diagnostics.isEmpty)
    }

    @Test func aFailedSniffIsAWarningAndDetectsNothing() throws {
        let (folder, program, input) = try AdapterFixtures.misbehaving("sniffcrash")
        let warnings = ConcurrentLog()
        let adapter = try AdapterFixtures.adapter(program, settings: AdapterFixtures.settings(warnings: warnings))
        #expect(adapter.sniff(try ExportFile(path: input)) == nil)
        #expect(
            warnings.all == [
                "adapter 'sniffcrash' (\(program)) failed during 'sniff' (exit status 5); its standard error ended "
                    + "with:\ncannot sniff today"
            ])
        _ = folder
    }

    @Test func anotherProtocolVersionIsRefusedNamingBoth() throws {
        let (folder, program, _) = try AdapterFixtures.misbehaving("protocol99")
        let programValue = try AdapterProgram.at(program, origin: .direct, searchPath: AdapterFixtures.searchPath).get()
        #expect {
            try AdapterHost(settings: AdapterFixtures.settings()).adapter(programValue)
        } throws: { error in
            (error as? AdapterFailure)?.diagnosticMessage
                == "adapter \(program) speaks gradeport-adapter/99, but this GradePort speaks gradeport-adapter/1: "
                + "update the adapter (or GradePort) so that both speak the same version"
        }
        _ = folder
    }

    @Test func aBuiltInIdIsRefused() throws {
        let (folder, program, _) = try AdapterFixtures.misbehaving("builtinid")
        let discovery = AdapterDiscovery(
            explicitPaths: [program], searchesEnvironment: false, adapterPath: [], userFolder: nil,
            executablePath: AdapterFixtures.searchPath)
        let loaded = AdapterHost(settings: AdapterFixtures.settings()).load(discovery, reservedIDs: ["kundelik"])
        #expect(loaded.adapters.isEmpty)
        #expect(
            loaded.refusals.map(\.message) == [
                "adapter 'kundelik' (\(program)) takes the id of a built-in platform; it is not loaded: give it another id"
            ])
        _ = folder
    }
}
