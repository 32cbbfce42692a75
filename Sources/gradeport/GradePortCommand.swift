import ArgumentParser

@main
struct GradePortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gradeport")
}
