import Testing

@testable import TableReader
