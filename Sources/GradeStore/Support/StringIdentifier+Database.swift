import GRDB
import GradePortCore

// Identifiers are stored as their text: a platform id, an export kind or a record id binds as a string argument
// and reads back from a text column (GRDB's `RawRepresentable` defaults).

extension PlatformID: DatabaseValueConvertible {}
extension ExportKindID: DatabaseValueConvertible {}
extension RecordID: DatabaseValueConvertible {}
