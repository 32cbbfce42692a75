/// GradePortReports turns a gradebook and a grading policy into per-student term marks and class
/// summaries, rendered as a terminal table, CSV, JSON (`gradeport-report/1`) or an HTML page with
/// SVG charts.
public enum GradePortReports {}
