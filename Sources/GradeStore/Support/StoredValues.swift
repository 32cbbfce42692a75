import GRDB
import GradePortCore

/// How model values are kept in columns: exact decimals as integer millionths, flags as 0/1.
extension DecimalNumber {
    /// The value as stored: millionths (`18.5` → `18_500_000`).
    package var stored: Int64 { scaledValue }

    /// A value read from a millionths column.
    package init?(stored: Int64?) {
        guard let stored else { return nil }
        self.init(scaledValue: stored)
    }
}

extension Optional where Wrapped == Bool {
    /// The flag as stored: 1, 0 or NULL.
    package var stored: Int64? { map { $0 ? 1 : 0 } }
}

extension Bool {
    /// A flag read from a 0/1 column.
    package init?(stored: Int64?) {
        guard let stored else { return nil }
        self = stored != 0
    }
}
