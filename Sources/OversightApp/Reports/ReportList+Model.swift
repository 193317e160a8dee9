import OversightDomain
import OversightStore

/// The committee reports list.
enum ReportList {}

extension ReportList {
    /// The reports the viewer may see, each as its row prints it; staff alone are shown the status.
    struct Model {
        struct Row {
            var id: Report.ID
            var title: String
            var meetingDate: CalendarDate
            var committee: String
            var part: String
            var status: ReportStatus
        }

        var rows: [Row]

        init(_ reports: [ReportSummary]) {
            rows = reports.map { report in
                Row(id: report.id, title: report.title, meetingDate: report.meetingDate, committee: report.body.label,
                    part: report.part.label, status: report.status)
            }
        }
    }
}
