import GradePortTesting

/// The runner of the built `gradeport`, shared with the stores' tests.
typealias GradePortProcess = GradePortTesting.GradePortProcess
