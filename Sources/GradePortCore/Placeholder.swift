// GradePortCore
