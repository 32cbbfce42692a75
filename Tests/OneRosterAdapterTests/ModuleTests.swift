import Testing

@testable import OneRosterAdapter

@Test func moduleLoads() {
    #expect(Bool(true))
}
