import Foundation
import GradePortCore
import GradePortTesting
import Testing

@testable import GradeStore

/// A newer export that corrects an assessment or a name revises the stored record; undo puts the
/// old value back.
@Suite struct RevisionTests {
    @Test func aNewerExportRevisesAnAssessmentAndUndoPutsItBack() throws {
        let store = try GradeStore.inMemory()
        let first = ClassExport()
        _ = try store.importGradebook(first.gradebook)
        let before = try store.gradebook()

        var corrected = first
        corrected.file = "7A-physics-corrected.csv"
        corrected.assessments[2] = ("СОЧ", 30)  // the teacher raised the maximum
        _ = try store.importGradebook(corrected.gradebook)
        let soch = try store.gradebook().assessments.first { $0.id == "teams:7А:СОЧ" }
        #expect(soch?.maxScore == DecimalNumber(30))
        let log = try store.recordLog(ofImport: 2)
        #expect(
            log == [
                RecordLogEntry(
                    importID: 2, entity: "assessments", record: "teams:7А:СОЧ", field: "maxScore", old: "25", new: "30",
                    name: "СОЧ")
            ])
        // The results took the new maximum as a change of value.
        #expect(try store.resultLog(ofImport: 2).count { $0.action == .change } == 3)

        try store.undo(importID: 2)
        #expect(try store.gradebook() == before)
        #expect(
            try store.recordLog(ofImport: 3) == [
                RecordLogEntry(
                    importID: 3, entity: "assessments", record: "teams:7А:СОЧ", field: "maxScore", old: "30", new: "25",
                    name: "СОЧ")
            ])
    }

    @Test func aNameIsRevisedOnlyByThePlatformRecordThatIntroducedIt() throws {
        let store = try GradeStore.inMemory()
        var teams = ClassExport()
        teams.students = [("aruzhan@school.kz", "Серикқызы Аружан", ["18", "17", "22"])]
        _ = try store.importGradebook(teams.gradebook)

        // Another platform names her differently: linked by e-mail, her name stays.
        var classroom = ClassExport()
        classroom.platform = "google-classroom"
        classroom.students = [("aruzhan@school.kz", "Serikkyzy Aruzhan", ["18", "17", "22"])]
        _ = try store.importGradebook(classroom.gradebook)
        #expect(try store.gradebook().people.map(\.fullName) == ["Серикқызы Аружан"])

        // Her own platform corrects the spelling: the store follows.
        var fixed = teams
        fixed.file = "7A-physics-fixed.csv"
        fixed.students[0].name = "Серікқызы Аружан"
        _ = try store.importGradebook(fixed.gradebook)
        #expect(try store.gradebook().people.map(\.fullName) == ["Серікқызы Аружан"])
        #expect(
            try store.recordLog(ofImport: 3).map { "\($0.field): \($0.old ?? "-") → \($0.new ?? "-")" } == [
                "familyName: Серикқызы → Серікқызы"
            ])
    }

    @Test func undoingAnEarlierRevisionKeepsALaterOneAndItsChainRight() throws {
        let store = try GradeStore.inMemory()
        let first = ClassExport()
        _ = try store.importGradebook(first.gradebook)
        var second = first
        second.file = "second.csv"
        second.students = []
        second.assessments = [("СОЧ", 30), ("СОР 1", 20), ("СОР 2", 20)]
        _ = try store.importGradebook(second.gradebook)
        var third = second
        third.file = "third.csv"
        third.assessments[0] = ("СОЧ", 40)
        _ = try store.importGradebook(third.gradebook)

        // Undoing import 2 keeps import 3's maximum; import 3's change now starts from 25.
        try store.undo(importID: 2)
        let soch = { try store.gradebook().assessments.first { $0.id == "teams:7А:СОЧ" }?.maxScore }
        #expect(try soch() == DecimalNumber(40))
        #expect(try store.recordLog(ofImport: 3).map(\.old) == ["25"])
        try store.undo(importID: 3)
        #expect(try soch() == DecimalNumber(25))
    }
}
