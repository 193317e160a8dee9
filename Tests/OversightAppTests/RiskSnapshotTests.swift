import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing

/// The risk register's pages, from fixed values.
extension PageSnapshotTests {
    static func score(_ l: Int, _ i: Int) -> RiskScore { RiskScore(likelihood: l, impact: i)! }

    var riskModel: RiskRegisterModel {
        let workforce = Risk(id: .init(Self.uuid(700)), councilID: council.id, reference: "R01", title: "Workforce stability",
                             cause: "A national shortage of social workers", event: "The council cannot keep permanent staff",
                             consequence: "Caseloads rise", category: .workforce, ownerID: people[1].id, raisedOn: Self.day(1, 1, 2016),
                             inherent: Self.score(5, 4), current: Self.score(3, 4), target: Self.score(2, 4),
                             controls: "- Recruitment campaign\n- Caseload monitoring", proximity: .imminent,
                             lastReviewedOn: Self.day(5, 10, 2017), version: 4)
        let grant = Risk(id: .init(Self.uuid(701)), councilID: council.id, reference: "R02", title: "End of improvement grant funding",
                         cause: "The grant ends", event: "Posts cannot be kept", consequence: "Improvements are not sustained",
                         category: .finance, ownerID: people[0].id, raisedOn: Self.day(1, 4, 2017), inherent: Self.score(3, 3),
                         current: Self.score(3, 3), target: Self.score(4, 3), targetReason: "The grant ends in March 2018",
                         proximity: .nearTerm, status: .escalated, lastReviewedOn: Self.day(7, 9, 2017), version: 2)
        let reviews = [
            RiskReview(id: .init(Self.uuid(710)), riskID: workforce.id, date: Self.day(7, 1, 2016), current: Self.score(5, 4),
                       target: Self.score(2, 4), commentary: "Risk raised.", reviewer: "David Okafor"),
            RiskReview(id: .init(Self.uuid(711)), riskID: workforce.id, date: Self.day(2, 3, 2017), current: Self.score(4, 4),
                       target: Self.score(2, 4), commentary: "The campaign filled 14 posts.", reviewer: "David Okafor"),
            RiskReview(id: .init(Self.uuid(712)), riskID: workforce.id, date: Self.day(5, 10, 2017), current: Self.score(3, 4),
                       target: Self.score(2, 4), commentary: "Agency use 16%.", reviewer: "David Okafor"),
        ]
        let action = planModel.record.actions[1]
        var links = RiskLinks()
        links.planActions[workforce.id] = [action.id]
        links.boardActions[workforce.id] = [boardActions[0].id]
        return RiskRegisterModel(
            risks: [workforce, grant], reviews: [workforce.id: reviews], links: links, scale: .standard,
            people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
            planActions: [action.id: LinkedPlanAction(id: action.id, reference: action.reference, what: action.what,
                                                      planID: planModel.record.plan.id, planTitle: planModel.record.plan.title,
                                                      rating: .red, problems: [.red])],
            boardActions: [boardActions[0].id: boardActions[0]], today: Self.day(3, 11, 2017))
    }

    @Test func riskRegister() throws {
        try assertSnapshot(RiskViews.register(RiskRegister.Model(riskModel, filter: RiskFilter()), council: context, context: page()), named: "risk-register")
    }

    @Test("Two plans' actions with the same reference are listed by plan, the same way in every process")
    func linkedActionsInPlanOrder() throws {
        var model = riskModel
        let risk = model.risks[0]
        // The later plan's action has the smaller id, so only the plan's title puts it second.
        let earlier = LinkedPlanAction(id: .init(Self.uuid(721)), reference: "7.2", what: "Reduce agency use", planID: .init(Self.uuid(731)),
                                       planTitle: "Improvement plan 2016", rating: .amber, problems: [])
        let later = LinkedPlanAction(id: .init(Self.uuid(720)), reference: "7.2", what: "Reduce agency use further", planID: .init(Self.uuid(730)),
                                     planTitle: "Improvement plan 2017", rating: .green, problems: [])
        model.planActions = [earlier.id: earlier, later.id: later]
        // Links are a set, whose order follows the process's hash seed and the set's size: build it
        // at several sizes and both ways round, so that some set lists the later plan first.
        for capacity in [2, 8, 64, 512] {
            for ids in [[earlier.id, later.id], [later.id, earlier.id]] {
                var links = Set<PlanAction.ID>(minimumCapacity: capacity)
                for id in ids { links.insert(id) }
                model.links.planActions[risk.id] = links
                let listed = RiskDetail.Model(risk, register: model).planActions.map(\.planTitle)
                #expect(listed == ["Improvement plan 2016", "Improvement plan 2017"])
            }
        }
    }

    @Test func riskDetail() throws {
        let model = riskModel
        try assertSnapshot(RiskViews.detail(RiskDetail.Model(model.risks[0], register: model), council: context, context: page()), named: "risk-detail")
    }

    @Test func riskFormErrors() throws {
        var form = RiskForm(raisedOn: Self.day(1, 11, 2017))
        form.inherentLikelihood = "6"
        form.currentLikelihood = "2"
        guard case let .invalid(errors) = form.validate() else { Issue.record("an empty risk was accepted"); return }
        try assertSnapshot(RiskFormViews.riskForm(form, riskID: nil, people: people, scale: .standard, council: context, context: page(),
                                                  errors: errors), named: "risk-form-errors")
    }

    @Test func riskReviewForm() throws {
        let risk = riskModel.risks[1]
        try assertSnapshot(RiskFormViews.reviewForm(RiskReviewForm(risk, today: Self.day(3, 11, 2017)),
                                                    model: RiskReviewPage.Model(risk, scale: .standard),
                                                    council: context, context: page(), errors: []), named: "risk-review-form")
    }

    @Test func riskScale() throws {
        try assertSnapshot(RiskFormViews.scaleForm(RiskScaleForm(.standard, version: 0), scale: ScoringScale.Model(.standard),
                                                   council: context, context: page(), errors: []),
                           named: "risk-scale")
    }
}
