import OversightDomain
import OversightStore

/// The inspection, owner and dates of a plan's form, shared by a new plan and a successor.
enum PlanCommonFields {}

extension PlanCommonFields {
    /// The inspections the plan may answer and the people who may own it, as the form offers them.
    struct Model {
        /// In the order the council's inspections are listed.
        var inspections: [(value: String, label: String)]
        /// Further inspections are asked for only when there is another to choose.
        var offersFurtherInspections: Bool
        /// By name.
        var owners: [(value: String, label: String)]

        init(inspections: [InspectionRecord], people: [Person]) {
            self.inspections = inspections.map { (value: $0.inspection.id.description, label: $0.inspection.title) }
            offersFurtherInspections = !(inspections.count < 2)
            owners = people.sorted { $0.name < $1.name }.map { (value: $0.id.description, label: $0.name) }
        }
    }
}
