import OversightDomain

/// A plan's actions as one list to filter, sort and page.
enum ActionList {}

extension ActionList {
    struct Model {
        var plan: Plan
        var query: ActionListQuery
        var paging: Paging
        /// The filter's choices: the plan's priorities, and the people who lead any of its actions, by name.
        var priorities: [Priority]
        var leads: [Person]
        /// This page of the matching actions.
        var rows: [PlanActionRow]

        init(_ page: PlanPageModel, query: ActionListQuery) {
            let matching = query.apply(to: page)
            plan = page.record.plan
            self.query = query
            paging = Paging(page: query.page, perPage: ActionListQuery.perPage, total: matching.count)
            priorities = page.record.priorities
            leads = Set(page.record.actions.compactMap(\.leadID)).compactMap { page.people[$0] }.sorted { $0.name < $1.name }
            rows = paging.slice(matching).map { PlanActionRow($0, in: page) }
        }
    }
}
