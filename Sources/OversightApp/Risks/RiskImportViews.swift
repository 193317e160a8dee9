import Foundation
import OversightDocuments
import OversightDomain

/// The risk import form with the problems of a refused file, and the preview of a good one.
enum RiskImportViews {
    static func form(council: CouncilContext, errors: [FieldError], problems: [ImportProblem], sheet: String? = nil,
                     context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        return Layout.render(Page(title: "Import risks", council: council, section: .risks, back: .risks(cid),
                                  errors: errors, context: context, content: [
            heading(1, "Import risks", size: .l, caption: "Risk register"),
            paragraph("Bring in risks from your own risk log: a CSV file, or an Excel workbook with a row of headings near the top of a sheet. The headings are those of the register's CSV download, which makes a template:"),
            el("pre", [("class", "ov-code ov-block")], text: RiskImport.columns.joined(separator: ",")),
            bulletList([
                .text("Required: title, cause, event, consequence, category, owner, raised_on, and the likelihood and impact (1 to 5) of the inherent, current and target scores, and proximity."),
                .text("Category, proximity, status and review frequency are written as the register shows them (\"Workforce\", \"Within 3 months\", \"Every month\"). Status is Open and reviews are monthly unless given."),
                .text("The owner is someone in the people directory, by name or email address. Dates are UK dates, such as 12/10/2017."),
                .text("Each row is a new risk. A risk without a reference gets the register's next one; a reference already on the register is refused, never overwritten. To change a risk, edit or review it on its page."),
                .text("The scores and bands, review dates, movement and actions in a download are worked out by Oversight, and passed over."),
            ]),
            paragraph("Every row is checked first and you see what will be imported before anything is. If any row has a problem, nothing is imported."),
            importProblems(problems, sheet: sheet),
            postForm(to: .importRisks(cid), csrf: context.csrfToken, [
                importFileUpload(errors: FormErrors(errors)),
                submitButton("Check the file"),
            ], multipart: true),
        ]))
    }

    static func preview(_ model: RiskImportPreview.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let described = counted(model.riskCount, "risk")
        return Layout.render(Page(title: "Check the risks before importing", council: council, section: .risks,
                                  back: .importRisks(cid), context: context, content: [
            heading(1, "Check the risks before importing", size: .l, caption: model.fileName),
            paragraph("\(model.fileName) has \(described) and no problems. Nothing has been imported yet."),
            dataTable(caption: "What will be imported", captionSize: .s,
                      head: ["Ref", "Risk", "Category", "Owner", "Raised", "Inherent", "Current", "Target"],
                      rows: model.rows.map { row -> [BodyNode] in
                          [.text(row.reference), .text(row.title), .text(row.category), .text(row.ownerName),
                           .text(row.raisedOn.ukLong), .text(String(row.inherent)), .text(String(row.current)),
                           .text(String(row.target))]
                      }),
            postForm(to: .confirmRiskImport(cid, .value(model.pending)), csrf: context.csrfToken, [
                buttonGroup([submitButton("Import \(described)"), link("Cancel", to: .risks(cid))]),
            ]),
        ]))
    }
}
