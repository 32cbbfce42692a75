// The page's `Language` and the words it shares with the reports live in GradePortLocalization; the
// server's users (the CLI's `serve`, the tests) see them through this module as before.
@_exported import GradePortLocalization
