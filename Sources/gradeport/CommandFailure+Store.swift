import GradeStore

extension CommandFailure {
    /// A store refusal or failure, printed as `gradeport: error: message`.
    ///
    /// Usage mistakes (a missing folder, an unknown import, an undo refused, a filter that names
    /// nothing, an older schema on a dry run) are status 2; a store that cannot be read or written
    /// is status 3.
    init(_ error: GradeStoreError) {
        let status: ExitStatus =
            switch error.code {
            case .missingFolder, .unknownImport, .alreadyUndone, .notAnImport, .laterImportsDepend, .noMatch,
                .olderSchema, .invalidLocation:
                .usage
            default:
                .unreadable
            }
        self.init(status, error.description)
    }
}
