import OversightDomain
import OversightStore
import Plot

enum OverviewView {
    static func render(_ model: OverviewModel, context: ViewContext) -> String {
        let council = model.council
        let id = Parameter.value(council.id)
        var content: [BodyNode] = [heading(1, council.name, size: .xl, caption: "Improvement programme")]
        if !model.myBoardActions.isEmpty {
            let overdue = model.myBoardActions.filter { $0.isOverdue(on: model.today) }.count
            content += [
                heading(2, "Your board actions", size: .m),
                paragraph("\(counted(model.myBoardActions.count, "open action")) asked of you by the boards and committees"
                          + (overdue == 0 ? "." : ", \(overdue) overdue.")),
                BoardActionViews.table(model.myBoardActions, people: model.people, today: model.today, cid: id,
                                       caption: "Your open board actions"),
            ]
        }
        if !model.myRisks.isEmpty {
            let due = model.myRisks.filter { $0.isReviewOverdue(on: model.today) }.count
            content.append(RiskViews.mitigated(
                model.myRisks, scale: model.riskScale, today: model.today, cid: id, title: "Your risks",
                intro: "You own \(counted(model.myRisks.count, "open risk")) on the risk register"
                    + (due == 0 ? "." : "; \(due) \(due == 1 ? "needs its" : "need their") review.")))
        }
        if let record = model.governing {
            let inspection = record.inspection
            let priority = record.recommendations.filter(\.isPriorityAction).count
            content += [
                el("div", [("class", "ov-grid")], [
                    el("div", [("class", "ov-grid__two-thirds")], [
                        heading(2, "The inspection this programme answers", size: .m),
                        paragraph([
                            link(inspection.title, to: .inspection(council.id, inspection.id)),
                            .text(" by \(inspection.inspectorate)"
                                  + (inspection.publishedDate.map { ", report published \($0.ukLong)" } ?? "") + "."),
                        ]),
                        record.judgements.isEmpty ? paragraph("No judgements recorded.") :
                            InspectionViews.judgementTable(record, councilID: council.id, editable: false),
                    ]),
                    el("div", [("class", "ov-grid__one-third")], [
                        el("div", [("class", "ov-card")], [
                            heading(2, "At a glance", size: .s),
                            el("ul", [("class", "ov-list")], [
                                el("li", [], text: "\(record.recommendations.count) recommendations to answer"),
                                priority == 0 ? .empty : el("li", [], text: "\(priority) areas for priority action"),
                                el("li", [], text: "\(model.inspections.count) inspections and visits recorded"),
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
