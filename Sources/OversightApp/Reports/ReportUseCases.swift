import Fluent
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

extension Report {
    /// A new draft from the checked form.
    init(id: ID, councilID: Council.ID, templateID: ReportTemplate.ID, _ valid: ReportForm.Valid, supersedesID: ID? = nil) {
        self.init(id: id, councilID: councilID, templateID: templateID, body: valid.body, meetingDate: valid.meetingDate,
                  reportOf: valid.reportOf, part: valid.part, areas: valid.areas, title: valid.title,
                  contact: valid.contact, sections: valid.sections, implications: valid.implications,
                  backgroundPapers: valid.backgroundPapers, exemption: valid.exemption,
                  keyDecision: valid.keyDecision, supersedesID: supersedesID, correction: valid.correction)
    }

    /// The report with the form's edits; its id, template and workflow stay.
    func applying(_ valid: ReportForm.Valid) -> Report {
        var report = Report(id: id, councilID: councilID, templateID: templateID, valid, supersedesID: supersedesID)
        report.status = status
        report.version = version
        return report
    }
}
