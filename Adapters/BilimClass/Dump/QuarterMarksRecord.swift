import GradePortCore
import JSONStream

/// The marks of a `quarter` response (the journal service's `/diary/quarter`): an object keyed by
/// the lesson's `scheduleUuid`, each `{formattedScore|sor|soch|po: {mark, markMax, comment},
/// attendance}`. A list of such entries, each naming its `scheduleUuid`, is read too.
struct QuarterMarksRecord: Sendable {
    /// One mark object of a lesson.
    struct Mark: Sendable {
        /// The key it was under: `formattedScore`, `sor`, `soch` or `po`.
        var key: String
        /// `mark`.
        var mark: MarkValue
        /// `markMax`.
        var markMax: DecimalNumber?
        /// `comment`.
        var comment: String?
        /// Where the mark object starts.
        var position: DumpLocation
    }

    /// One lesson's entry.
    struct Entry: Sendable {
        /// `scheduleUuid`: the lesson in a `subjects` response.
        var scheduleUUID: String
        /// The mark objects, in the order `formattedScore`, `sor`, `soch`, `po`.
        var marks: [Mark]
        /// `attendance`: `was_in_class`, or an absence.
        var attendance: String?
        /// Where the entry starts.
        var position: DumpLocation
    }

    /// The keys mark objects are found under, in reading order.
    static let markKeys = ["formattedScore", "sor", "soch", "po"]

    /// The lessons' entries.
    var entries: [Entry] = []

    /// Reads a `quarter` record.
    init(_ value: JSONValue, at position: DumpLocation, index: JSONPositionIndex) {
        if value["scheduleUuid"] != nil {
            if let uuid = value["scheduleUuid"]?.idString {
                entries.append(Self.entry(uuid, value, position: position, path: [], record: position, index: index))
            }
            return
        }
        for (key, member) in value.object ?? [:] where member.object != nil {
            let at = index.position(in: position, at: [key])
            entries.append(Self.entry(key, member, position: at, path: [key], record: position, index: index))
        }
    }

    private static func entry(
        _ uuid: String, _ value: JSONValue, position: DumpLocation, path: [String], record: DumpLocation,
        index: JSONPositionIndex
    ) -> Entry {
        var marks: [Mark] = []
        for key in markKeys {
            guard let object = value[key], !object.isNull else { continue }
            let at = index.position(in: record, at: path + [key])
            if object.object != nil {
                marks.append(
                    Mark(
                        key: key, mark: MarkValue(object["mark"]), markMax: MarkMaximum.read(object["markMax"]),
                        comment: UserInfoRecord.text(object["comment"]), position: at))
            } else {
                marks.append(Mark(key: key, mark: MarkValue(object), markMax: nil, comment: nil, position: at))
            }
        }
        return Entry(
            scheduleUUID: uuid, marks: marks, attendance: UserInfoRecord.text(value["attendance"]), position: position)
    }
}
