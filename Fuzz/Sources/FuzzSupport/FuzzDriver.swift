#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signature libFuzzer calls for each input.
public typealias FuzzTestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// `argv` as libFuzzer's driver takes it.
typealias FuzzArguments = UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: FuzzArguments, _ callback: FuzzTestOneInput
) -> CInt

/// Starts libFuzzer with the process's arguments (`-max_total_time=…`, corpus folders, …).
///
/// SwiftPM renames an executable's `main` and points the linker's `main` at it, so a fuzz target
/// has top-level code that calls this instead of relying on libFuzzer's own `main`.
public enum FuzzDriver {
    /// Runs the fuzzer on `testOneInput` and exits with its status.
    public static func run(_ testOneInput: FuzzTestOneInput) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, testOneInput))
    }

    /// The input's bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}
