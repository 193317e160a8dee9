import OversightDocuments
import OversightDomain
import OversightStore

/// A plan's actions as one list to filter by lead, priority, rating and status, sort and page.
enum ActionListViews {
    static func list(_ model: ActionList.Model, council: CouncilContext, context: ViewContext) -> String {
        let plan = model.plan, query = model.query, paging = model.paging
        let cid = Parameter.value(council.id), pid = Parameter.value(plan.id)
        let list = SiteURL.actions(cid, pid)
        let noErrors = FormErrors()
        return Layout.render(Page(title: "Actions", council: council, section: .plans,
                                  breadcrumbs: [("Plans", .plans(cid)), (plan.title, .plan(cid, pid))], context: context,
                                  content: [
            heading(1, "Actions", size: .l, caption: plan.title),
            el("form", [("method", "get"), ("action", list.path), ("class", "ov-filter")], [
                selectField("priority", label: "Priority", options: model.priorities.map {
                    ($0.id.description, "\($0.number). \($0.title)")
                }, selected: query.priority, placeholder: "All priorities", errors: noErrors),
                selectField("lead", label: "Lead officer", options: model.leads.map { ($0.id.description, $0.name) },
                            selected: query.lead, placeholder: "Everyone", errors: noErrors),
                selectField("rating", label: "Latest rating",
                            options: Rating.allCases.map { ($0.rawValue, $0.word) } + [("none", "No rating yet")],
                            selected: query.rating, placeholder: "Any rating", errors: noErrors),
                selectField("status", label: "Status", options: ActionStatus.allCases.map { ($0.rawValue, $0.label) },
                            selected: query.status, placeholder: "Any status", errors: noErrors),
                checkbox("exceptions", legend: "Attention", label: "Only actions that need attention",
                         checked: query.exceptionsOnly, errors: noErrors),
                query.sort == .reference ? .empty
                    : voidElement("input", [("type", "hidden"), ("name", "sort"), ("value", query.sort.rawValue)]),
                query.descending ? voidElement("input", [("type", "hidden"), ("name", "order"), ("value", "desc")]) : .empty,
                el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Apply filters"),
            ]),
            paragraph([
                .text(paging.summary("actions") + ". "),
                query == ActionListQuery() ? .empty : link("Clear the filters", to: .actions(cid, pid)),
            ]),
            PlanViews.actionTable(model.rows, plan: plan.id, council: council,
                                  caption: paging.summary("actions"), query: query),
            pagination(paging, label: "Pages of actions") { list.path(query: query.query(page: $0)) },
        ]))
    }
}
