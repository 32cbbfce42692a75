import Testing

@testable import Interchange

@Test func moduleLoads() {
    #expect(Bool(true))
}
