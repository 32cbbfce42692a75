import Testing

@testable import GradeStore

@Test func moduleLoads() {
    #expect(Bool(true))
}
