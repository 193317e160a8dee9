import OversightDomain
import OversightStore
import Vapor

/// A new plan, or the successor of a running one.
struct PlanForm: FormInput {
    var title: String?
    var kind: String?
    var inspection: String?
    var owner: String?
    var startDay: String?, startMonth: String?, startYear: String?
    var endDay: String?, endMonth: String?, endYear: String?
    /// Further inspections the plan also answers.
    var alsoAnswers: [String]?
    /// For a successor: the unfinished actions to carry forward.
    var carry: [String]?
    var version: String?
    /// Not submitted: the choices the form may accept.
    var people: Set<String> = []
    var inspections: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case title, kind, inspection, owner, carry, alsoAnswers, version
        case startDay = "startDate-day", startMonth = "startDate-month", startYear = "startDate-year"
        case endDay = "endDate-day", endMonth = "endDate-month", endYear = "endDate-year"
    }

    init() {}

    init(_ plan: Plan) {
        title = plan.title
        kind = plan.kind.rawValue
        inspection = plan.inspectionID?.description
        alsoAnswers = plan.alsoAnswers.map(\.description)
        owner = plan.ownerID?.description
        (startDay, startMonth, startYear) = DateParts(plan.startDate).boxes
        (endDay, endMonth, endYear) = DateParts(plan.endDate).boxes
        version = String(plan.version)
    }

    var startParts: DateParts { DateParts(day: startDay, month: startMonth, year: startYear) }
    var endParts: DateParts { DateParts(day: endDay, month: endMonth, year: endYear) }

    func validate() -> Validated<PlanDraft> {
        var check = Validator()
        let title = check.required("title", title, PlanMessages.planTitle, max: 200, label: "Title")
        let kind: PlanKind? = check.choice("kind", kind, PlanMessages.planKind)
        let inspectionID = inspection.trimmedOrNil
        if let inspectionID, !inspections.contains(inspectionID) {
            check.fail("inspection", PlanMessages.inspection)
        }
        let also = (alsoAnswers ?? []).filter { $0 != inspectionID }
        if also.contains(where: { !inspections.contains($0) }) {
            check.fail("alsoAnswers", PlanMessages.alsoAnswers)
        }
        let ownerID = owner.trimmedOrNil
        if let ownerID, !people.contains(ownerID) { check.fail("owner", PlanMessages.owner) }
        let start = check.date("startDate", startParts, label: "Start date", required: true)
        let end = check.date("endDate", endParts, label: "End date", required: false)
        if let start, let end, end < start {
            check.fail("endDate", anchor: "endDate-day", PlanMessages.endBeforeStart)
        }
        return check.result {
            guard let title, let kind, let start else { return nil }
            return PlanDraft(title: title, kind: kind, inspectionID: inspectionID.flatMap(Inspection.ID.init),
                             alsoAnswers: also.compactMap(Inspection.ID.init),
                             ownerID: ownerID.flatMap(Person.ID.init), startDate: start, endDate: end)
        }
    }
}
