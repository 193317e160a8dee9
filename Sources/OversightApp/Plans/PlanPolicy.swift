import OversightDomain
import Vapor

/// Every "may this person do this to this plan" question for plans, their actions, milestones and
/// monthly updates. Handlers act on its decisions (`req.authorize`) and views offer only what it
/// allows, so a page never offers what the handler would refuse. `PlanPolicyTests` is its table.
struct PlanPolicy: Sendable {
    var viewer: Viewer?

    init(_ viewer: Viewer?) { self.viewer = viewer }

    /// Reading plans, their actions and updates.
    var read: Authorisation { .permission(.viewProgramme, viewer) }

    /// Starting or importing a plan, moving one through its lifecycle, opening update periods and
    /// reviewing updates: the plan editors' work.
    var edit: Authorisation { .permission(.editPlans, viewer) }

    /// Changing a plan's content (details, priorities, actions): editors, until it closes.
    func change(_ plan: Plan) -> Authorisation {
        edit.then(plan.status == .closed ? .notNow("A closed plan cannot be changed") : .allowed)
    }

    /// Recording an approval: editors, while the plan can still be approved.
    func approve(_ plan: Plan) -> Authorisation {
        edit.then(PlanEvent.approve.apply(to: plan.status) == nil ? .notNow("This plan cannot be approved now") : .allowed)
    }

    /// Moving the plan on (consultation, back to draft, activation, closing): editors, when the
    /// plan's status has somewhere to go other than approval.
    func move(_ plan: Plan) -> Authorisation {
        let moves = PlanEvent.available(from: plan.status).filter { $0 != .approve }
        return edit.then(moves.isEmpty ? .notNow("This plan has no change of status to make") : .allowed)
    }

    /// Recording a consultation: editors, while the plan's content may change.
    func consult(_ plan: Plan) -> Authorisation {
        edit.then(plan.status.isEditable ? .allowed : .notNow("Consultations are recorded before a plan is approved"))
    }

    /// Drafting a successor: editors, for a running plan that has none yet.
    func succeed(_ plan: Plan, hasSuccessor: Bool) -> Authorisation {
        edit.then(plan.status == .active || plan.status == .approved
            ? (hasSuccessor ? .notNow("This plan already has a successor") : .allowed)
            : .notNow("Only an approved or active plan is succeeded"))
    }

    /// Opening a month's update period: editors, for an active plan with no period open.
    func openPeriod(_ plan: Plan, periodOpen: Bool) -> Authorisation {
        edit.then(plan.status == .active && !periodOpen ? .allowed : .notNow("A period is opened for an active plan, one at a time"))
    }

    /// A plan editor, or the action's own lead (a contributor linked to that person).
    func editsOrLeads(_ action: PlanAction) -> Bool {
        guard let viewer else { return false }
        return viewer.can(.editPlans)
            || (viewer.can(.submitOwnUpdates) && action.leadID != nil && viewer.user.personID == action.leadID)
    }

    /// Writing an action's monthly update (or correcting an accepted one): its lead, or a plan
    /// editor on their behalf, while the plan runs.
    func writeUpdate(for action: PlanAction, in plan: Plan) -> Authorisation {
        guard plan.status == .active || plan.status == .approved, editsOrLeads(action) else {
            return .refused(.submitOwnUpdates)
        }
        return .allowed
    }

    /// Milestones belong to the action's lead as much as to the plan's editors, while the plan runs;
    /// once the action is finished, only editors.
    func manageMilestones(of action: PlanAction, in plan: Plan) -> Authorisation {
        guard viewer != nil, plan.status != .closed, !action.isFinished || viewer?.can(.editPlans) == true,
              editsOrLeads(action) else { return .refused(.editPlans) }
        return .allowed
    }
}

extension Request {
    /// The plans policy for this request's viewer.
    var plans: PlanPolicy { PlanPolicy(viewer) }
}

extension ViewContext {
    /// The plans policy for the page's viewer: what to offer.
    var plans: PlanPolicy { PlanPolicy(viewer) }
}
