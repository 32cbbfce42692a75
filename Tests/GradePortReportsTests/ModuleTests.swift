import Testing

@testable import GradePortReports

@Test func moduleLoads() {
    #expect(Bool(true))
}
