// GradePortTesting: work in progress in this session.
