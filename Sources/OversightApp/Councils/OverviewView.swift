import OversightDocuments
import OversightDomain
import OversightStore

enum OverviewView {
    static func render(_ model: Overview.Model, context: ViewContext) -> String {
        let council = model.council
        let id = Parameter.value(council.id)
        var content: [BodyNode] = [heading(1, council.name, size: .xl, caption: "Improvement programme")]
        if let mine = model.myBoardActions {
            content += [
                heading(2, "Your board actions", size: .m),
                paragraph(mine.intro),
                BoardActionViews.table(mine.actions, cid: id, caption: "Your open board actions"),
            ]
        }
        if let mine = model.myRisks {
            content.append(RiskViews.mitigated(mine.risks, cid: id, title: "Your risks", intro: mine.intro))
        }
        if let governing = model.inspection {
            let record = governing.record
            let inspection = record.inspection
            content += [
                el("div", [("class", "ov-grid")], [
                    el("div", [("class", "ov-grid__two-thirds")], [
                        heading(2, "The inspection this programme answers", size: .m),
                        paragraph([
                            link(inspection.title, to: .inspection(council.id, inspection.id)),
                            .text(" by \(inspection.inspectorate)"
                                  + (inspection.publishedDate.map { ", report published \($0.ukLong)" } ?? "") + "."),
                        ]),
                        governing.hasJudgements ? InspectionViews.judgementTable(record, councilID: council.id, editable: false)
                            : paragraph("No judgements recorded."),
                    ]),
                    el("div", [("class", "ov-grid__one-third")], [
                        el("div", [("class", "ov-card")], [
                            heading(2, "At a glance", size: .s),
                            el("ul", [("class", "ov-list")], [
                                el("li", [], text: "\(governing.recommendationCount) recommendations to answer"),
                                governing.priorityActionCount.map { el("li", [], text: "\($0) areas for priority action") } ?? .empty,
                                el("li", [], text: "\(model.inspectionCount) inspections and visits recorded"),
                                el("li", [], text: "\(model.peopleCount) people in the directory"),
                            ]),
                        ]),
                    ]),
                ]),
                InspectionViews.recommendationTable(record, councilID: council.id,
                                                    caption: "Recommendations the plan must answer"),
            ]
        } else {
            content += [
                paragraph("No inspection has been recorded yet. Start with the inspection whose findings the programme answers."),
                context.inspections.record.isAllowed ? buttonLink("Add an inspection", to: .newInspection(id)) : .empty,
            ]
        }
        content += [
            heading(2, "Council details", size: .m),
            summaryList(CouncilViews.summaryRows(council).map { row in
                var row = row
                if context.councils.edit.isAllowed { row.change = (.editCouncil(id), row.key.lowercased()) }
                return row
            }),
        ]
        return Layout.render(Page(title: "Overview", council: .init(id: council.id, name: council.name),
                                  section: .overview, context: context, content: content))
    }
}
