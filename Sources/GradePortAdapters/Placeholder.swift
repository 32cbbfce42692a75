// GradePortAdapters: work in progress in this session.
