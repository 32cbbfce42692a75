// Adapters and programs that import the core see the base types (diagnostic codes, located errors,
// the export file, identifiers, decimal numbers) without a second import, as swift-nio's `NIO`
// re-exports `NIOCore`.
@_exported import GradePortBase
