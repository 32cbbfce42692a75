import ArgumentParser
import GradePortWriters

/// `--sds-version 2.1|1` parses straight into the writer's version.
extension SchoolDataSyncWriter.Version: ExpressibleByArgument {}
