import GradePortCore

/// Writes a `Gradebook`'s roster in Microsoft School Data Sync CSV, for a school moving
/// its classes to Teams: version 2.1 (`orgs`, `users`, `roles`, `classes`, `courses`, `enrollments`,
/// `academicSessions`) or the classic version 1 (`School`, `Section`, `Student`, `Teacher`,
/// `StudentEnrollment`, `TeacherRoster`), as a folder or a `.zip`.
///
/// Headers are exactly those of Microsoft's sample files (``headers``); UTF-8, RFC 4180, no line break
/// inside a field (SDS accepts none); dates ISO 8601, as Microsoft recommends. Identifiers are the same
/// as ``OneRosterWriter``'s, so a school sending both gets one identity per person, class and school.
/// SDS signs people in by their user name: a person without an e-mail address is left out (with their
/// enrollments) and named in ``ExportSummary/omissions`` — nothing is invented for them.
///
/// ```swift
/// let summary = try SchoolDataSyncWriter(options: .init(version: .v2_1))
///     .write(book, to: FileSetDestination(path: "sds"))
/// for omission in summary.omissions { print(omission.name, omission.reason) }
/// ```
public struct SchoolDataSyncWriter: Sendable {
    /// The SDS CSV formats.
    public enum Version: String, Sendable, Hashable, CaseIterable {
        /// SDS v2.1 (OneRoster-like).
        case v2_1 = "2.1"
        /// Classic SDS (v1).
        case v1 = "1"
    }

    /// Settings of an export.
    public struct Options: Sendable, Hashable {
        /// The format version.
        public var version: Version
        /// An ISO 8601 date whose school year dates a gradebook that nothing else dates; today by default.
        public var referenceDate: String

        /// Creates options.
        public init(version: Version = .v2_1, referenceDate: String? = nil) {
            self.version = version
            self.referenceDate = referenceDate ?? OneRosterWriter.Options.today()
        }
    }

    /// The settings.
    public var options: Options

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The header of every file of each version, as in Microsoft's sample files
    /// (`OfficeDev/O365-EDU-Tools`, `CSV Samples/`; reference notes §2.3 and §2.4).
    public static let headers: [Version: [String: [String]]] = [
        .v2_1: [
            "orgs.csv": ["sourcedId", "name", "type", "parentSourcedId"],
            "users.csv": [
                "sourcedId", "username", "givenName", "familyName", "password", "activeDirectoryMatchId", "email",
                "phone", "sms",
            ],
            "roles.csv": [
                "userSourcedId", "orgSourcedId", "role", "sessionSourcedId", "grade", "isPrimary", "roleStartDate",
                "roleEndDate",
            ],
            "classes.csv": ["sourcedId", "orgSourcedId", "title", "sessionSourcedIds", "courseSourcedId"],
            "courses.csv": ["sourcedId", "orgSourcedId", "title", "code", "schoolYearSourcedId", "subject", "grade"],
            "enrollments.csv": ["classSourcedId", "userSourcedId", "role"],
            "academicSessions.csv": ["sourcedId", "title", "type", "schoolYear", "startDate", "endDate"],
        ],
        .v1: [
            "School.csv": [
                "SIS ID", "Name", "School Number", "School NCES_ID", "State ID", "Grade Low", "Grade High",
                "Principal SIS ID", "Principal Name", "Principal Secondary Email", "Address", "City", "State",
                "Country", "Zip", "Phone", "Zone",
            ],
            "Section.csv": [
                "SIS ID", "School SIS ID", "Section Name", "Section Number", "Term SIS ID", "Term Name",
                "Term StartDate", "Term EndDate", "Course SIS ID", "Course Name", "Course Number",
                "Course Description", "Course Subject", "Periods", "Status",
            ],
            "Student.csv": [
                "SIS ID", "School SIS ID", "First Name", "Last Name", "Username", "Password", "State ID",
                "Secondary Email", "Student Number", "Middle Name", "Grade", "Status", "Mailing Address",
                "Mailing City", "Mailing State", "Mailing Zip", "Mailing Latitude", "Mailing Longitude",
                "Mailing Country", "Residence Address", "Residence City", "Residence State", "Residence Zip",
                "Residence Latitude", "Residence Longitude", "Residence Country", "Gender", "Birthdate", "ELL Status",
                "FederalRace", "Graduation Year",
            ],
            "Teacher.csv": [
                "SIS ID", "School SIS ID", "First Name", "Last Name", "Username", "Password", "State ID",
                "Teacher Number", "Status", "Middle Name", "Secondary Email", "Title", "Qualification",
            ],
            "StudentEnrollment.csv": ["Section SIS ID", "SIS ID"],
            "TeacherRoster.csv": ["Section SIS ID", "SIS ID"],
        ],
    ]

    /// The files of each version in the order they are written.
    public static let fileOrder: [Version: [String]] = [
        .v2_1: [
            "orgs.csv", "academicSessions.csv", "courses.csv", "classes.csv", "users.csv", "roles.csv",
            "enrollments.csv",
        ],
        .v1: ["School.csv", "Section.csv", "Student.csv", "Teacher.csv", "StudentEnrollment.csv", "TeacherRoster.csv"],
    ]

    /// Writes the files.
    ///
    /// - Returns: The files with their rows, and the people left out.
    /// - Throws: ``InterchangeError``; the destination is then left as it was.
    @discardableResult
    public func write(_ book: Gradebook, to destination: FileSetDestination) throws(InterchangeError) -> ExportSummary {
        let version = options.version
        let files = try StagedFileSet(
            destination: destination, format: .schoolDataSync,
            knownNames: Set(Self.headers.values.flatMap(\.keys)))
        let plan = RosterPlan(book, referenceDate: options.referenceDate)
        var export = SchoolDataSyncExport(plan: plan, files: files, headers: Self.headers[version]!)
        switch version {
        case .v2_1: try export.writeVersion2()
        case .v1: try export.writeVersion1()
        }
        try files.commit()
        return ExportSummary(files: export.written, omissions: export.omissions)
    }
}
