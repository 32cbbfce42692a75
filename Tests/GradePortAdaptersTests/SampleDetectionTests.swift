import Foundation
import GradePortAdapters
import GradePortCore
import GradePortTesting
import Testing

/// Issue 11, item 4: `detect` on every sample of every platform gives that platform, and sniffers
/// claim a table only on positive evidence. New samples are covered as they are added: every file
/// and dump folder directly in `Samples/<Platform>/` is detected (the platform from the folder name),
/// except `bad/` inputs, documentation and generator scripts.
@Suite struct SampleDetectionTests {
    static let fixtures = Fixtures(testFile: #filePath)

    /// The platform id each sample folder's files belong to.
    static let platforms: [String: PlatformID] = [
        "BilimClass": "bilimclass", "BilimLand": "bilimland", "GoogleClassroom": "google-classroom",
        "Journal": "journal", "Kundelik": "kundelik", "OneRoster": "oneroster", "OnlineMektep": "onlinemektep",
        "Opiq": "opiq", "Teams": "teams",
    ]

    /// Every sample input with the platform it must be detected as.
    static func samples() throws -> [(path: String, platform: PlatformID)] {
        let root = fixtures.packageRoot + "/Samples"
        let manager = FileManager.default
        var samples: [(String, PlatformID)] = []
        for (folder, platform) in platforms.sorted(by: { $0.key < $1.key }) {
            for name in try manager.contentsOfDirectory(atPath: root + "/" + folder).sorted() {
                if name == "bad" || name.hasSuffix(".md") || name.hasSuffix(".py") || name.hasSuffix(".yaml") {
                    continue
                }
                samples.append((root + "/" + folder + "/" + name, platform))
            }
        }
        return samples
    }

    @Test func everySampleIsDetectedAsItsPlatform() throws {
        let samples = try Self.samples()
        #expect(samples.count >= 42)
        let registry = BuiltInPlatforms.registry
        for (path, platform) in samples {
            let file = try ExportFile(path: path)
            let best = registry.detect(file).first
            #expect(best?.platform == platform, "\(path): detected as \(best?.platform.rawValue ?? "nothing")")
        }
        // Opiq's two layouts: the long tables (one with no title, detected by its mark column) and the wide ones.
        let opiq = Self.fixtures.packageRoot + "/Samples/Opiq/"
        for (name, export) in [
            ("7А задания Opiq (long).csv", "task-results"), ("7А тапсырмалар Opiq (long, қаз).csv", "task-results"),
            ("7А Математика Opiq.csv", "results"), ("7А Математика Opiq (қаз).csv", "results"),
        ] as [(String, ExportKindID)] {
            let detections = registry.detect(try ExportFile(path: opiq + name))
            #expect(detections.first?.platform == "opiq" && detections.first?.export == export, "\(name)")
            let bilimLand = detections.first { $0.platform == "bilimland" }?.confidence ?? .none
            #expect(bilimLand <= .low, "\(name): Bilim Land claims it with \(bilimLand)")
        }
        // The merge sample mixes platforms: each file is still its own.
        let merge = Self.fixtures.packageRoot + "/Samples/Merge/"
        for (name, platform) in [
            ("kundelik-7A-dump.json", "kundelik"), ("7А Математика 2-тоқсан.csv", "onlinemektep"),
            ("bilimclass-7A-nurlanov.json", "bilimclass"),
        ] as [(String, PlatformID)] {
            #expect(registry.detect(try ExportFile(path: merge + name)).first?.platform == platform, "\(name)")
        }
    }

    /// A long table (one row per student and task) names its row fields in the header: the Kundelik
    /// report sniffer must not take `Задание`, `Дата`, `Результат`, `%`, `Оценка`, `Комментарий` for
    /// subjects.
    @Test func aLongTableIsNotAKundelikReport() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "long.csv",
            "Ученик,Класс,Задание,Дата,Результат,%,Оценка,Комментарий\n"
                + "Иванова Мария Петровна,7А,СОР 1. Рациональные числа,19.09.2025,18,90%,5,\n")
        let detections = BuiltInPlatforms.registry.detect(try ExportFile(path: path))
        #expect(!detections.contains { $0.platform == "kundelik" })
        let kazakh = try folder.write(
            "long-kk.csv", "Оқушы,Сынып,Тапсырма,Күні,Нәтиже,Баға,Пікір\nАхметов Нұрлан,7А,БЖБ 1,19.09.2025,12,3,\n")
        #expect(!BuiltInPlatforms.registry.detect(try ExportFile(path: kazakh)).contains { $0.platform == "kundelik" })
        // A real report with subject columns is still one.
        let report = try folder.write("report.csv", "ФИО,Математика,Физика,Қазақ тілі\nИванова Мария,5,4,5\n")
        #expect(BuiltInPlatforms.registry.detect(try ExportFile(path: report)).first?.platform == "kundelik")
    }
}
