import OversightDomain
import OversightStore

/// The form that starts a plan or changes an existing plan's details.
enum PlanEditor {}

extension PlanEditor {
    /// The plan changed (nil for a new one) and what its fields offer.
    struct Model {
        var plan: Plan?
        var fields: PlanCommonFields.Model

        init(plan: Plan? = nil, inspections: [InspectionRecord], people: [Person]) {
            self.plan = plan
            fields = PlanCommonFields.Model(inspections: inspections, people: people)
        }
    }
}
