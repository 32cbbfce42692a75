import Foundation
import JSONStream

/// `user_info`: the account the dump was made with (a student's own account).
///
/// **The name trap**: BilimClass's `lastname` is the **patronymic**, not the surname; the surname
/// is `surname` and the given name `firstname`. `studentInfo.fullname` is the name in upper case
/// and may leave out the patronymic (`ИВАНОВ ИВАН`).
struct UserInfoRecord: Sendable {
    /// `surname`: the family name.
    var surname: String?
    /// `firstname`: the given name.
    var firstname: String?
    /// `lastname`: the patronymic (the trap).
    var lastname: String?
    /// `studentInfo.fullname`, upper case.
    var fullname: String?
    /// `studentInfo.iin`, as written.
    var iin: String?
    /// `userId`.
    var userID: String?
    /// `login`, when the dump kept it (the login response does not carry it).
    var login: String?
    /// `role`: `student`, `teacher`, ….
    var role: String?
    /// `group`: `id`, `name` (`7 В`), `letter`, `parallel`.
    var group: (id: String?, name: String?, letter: String?, parallel: Int?)?
    /// `school`: `bin`, `name`, and `school_id` beside it.
    var school: (bin: String?, name: String?, id: String?)?
    /// The `eduYear` of `school.eduYears` marked `isCurrent`.
    var currentEduYear: Int?
    /// Where the record starts.
    var position: DumpLocation

    /// Reads a `user_info` record (or a login response that holds one under `user_info`).
    init(_ value: JSONValue, at position: DumpLocation) {
        let value = value["user_info"].flatMap { $0.object != nil ? $0 : nil } ?? value
        surname = Self.text(value["surname"])
        firstname = Self.text(value["firstname"])
        lastname = Self.text(value["lastname"])
        fullname = Self.text(value["studentInfo"]?["fullname"])
        iin = value["studentInfo"]?["iin"]?.idString ?? value["iin"]?.idString
        userID = value["userId"]?.idString ?? value["studentInfo"]?["studentUserId"]?.idString
        login = Self.text(value["login"])
        role = Self.text(value["role"])
        if let group = value["group"], group.object != nil {
            self.group = (
                group["id"]?.idString, Self.text(group["name"]), Self.text(group["letter"]),
                group["parallel"]?.idString.flatMap { Int($0) }
            )
        }
        let school = value["school"]
        let schoolID = value["school_id"]?.idString ?? value["schoolId"]?.idString
        if school?.object != nil || schoolID != nil {
            self.school = (school?["bin"]?.idString, Self.text(school?["name"]), schoolID)
        }
        currentEduYear = school?["eduYears"]?.array?
            .first { $0["isCurrent"]?.bool == true }?["eduYear"]?.idString.flatMap { Int($0) }
        self.position = position
    }

    /// A trimmed, non-empty string.
    static func text(_ value: JSONValue?) -> String? {
        guard let text = value?.string?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            return nil
        }
        return text
    }
}
