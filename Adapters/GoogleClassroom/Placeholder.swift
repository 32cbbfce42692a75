// GoogleClassroomAdapter
