import OversightDocuments
import OversightDomain
import OversightStore

/// Forms that make and change a plan's shape: the plan itself and its priorities.
enum PlanEditViews {
    /// A new plan (the model's `plan` nil) or the details of an existing one.
    static func planForm(_ form: PlanForm, model: PlanEditor.Model, council: CouncilContext, errors: [FieldError],
                         conflict: Plan? = nil, context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        let plan = model.plan
        return FormPage(
            context: context, title: plan == nil ? "Start a plan" : "Change the plan's details",
            caption: plan?.title ?? council.name, council: council, section: .plans,
            back: plan.map { .plan(cid, .value($0.id)) } ?? .plans(cid),
            action: plan.map { .editPlan(cid, .value($0.id)) } ?? .plans(cid),
            version: plan == nil ? nil : Int(form.version ?? "") ?? 0, errors: errors,
            conflict: conflict.map { [SummaryRow("Title", $0.title), SummaryRow("Starts", $0.startDate.ukLong)] },
            submit: plan == nil ? "Save as a draft" : "Save the details",
            fields: [
                textInput("title", label: "Title", hint: "For example, Children's Services Improvement Plan",
                          value: form.title, errors: errs),
                radios("kind", legend: "Kind of plan", options: PlanKind.options, selected: form.kind, errors: errs),
            ] + commonFields(form, model: model.fields, errors: errs)
        ).render()
    }

    /// The inspection, owner and dates, shared by a new plan and a successor.
    static func commonFields(_ form: PlanForm, model: PlanCommonFields.Model, errors errs: FormErrors) -> [BodyNode] {
        [
            selectField("inspection", label: "Inspection it answers (optional)", options: model.inspections,
                        selected: form.inspection, placeholder: "Not linked to an inspection", errors: errs),
            !model.offersFurtherInspections ? .empty : checkboxes(
                "alsoAnswers", legend: "Further inspections it also answers (optional)",
                hint: "For example, a monitoring visit or a DfE review whose recommendations this plan takes on",
                options: model.inspections,
                checked: Set(form.alsoAnswers ?? []), errors: errs),
            selectField("owner", label: "Owner (optional)", hint: "The senior officer accountable for the plan",
                        options: model.owners,
                        selected: form.owner, placeholder: "No owner yet", errors: errs),
            dateInput("startDate", legend: "Start date", hint: "For example, 1 11 2017", parts: form.startParts,
                      errors: errs),
            dateInput("endDate", legend: "End date (optional)", hint: "For example, 31 3 2019", parts: form.endParts,
                      errors: errs),
        ]
    }

    static func priorityForm(_ form: PriorityForm, model: PriorityEditor.Model, council: CouncilContext,
                             errors: [FieldError], conflict: Priority? = nil, context: ViewContext) -> String {
        let errs = FormErrors(errors)
        let priority = model.priority
        let cid = Parameter.value(council.id), pid = Parameter.value(model.planID)
        return FormPage(
            context: context, title: priority.map { "Change priority \($0.number)" } ?? "Add a priority",
            caption: model.planTitle, council: council, section: .plans, back: .plan(cid, pid),
            action: priority.map { .editPriority(cid, pid, .value($0.id)) } ?? .priorities(cid, pid),
            version: priority == nil ? nil : Int(form.version ?? "") ?? 0, errors: errors,
            conflict: conflict.map { [SummaryRow("Number", String($0.number)), SummaryRow("Title", $0.title)] },
            submit: priority == nil ? "Add priority" : "Save priority",
            fields: [
                textInput("number", label: "Number", hint: "Its actions are numbered after it: 3.1, 3.2 and so on",
                          value: form.number, errors: errs, width: .w3, inputmode: "numeric"),
                textInput("title", label: "Title", hint: "The theme or workstream, for example Care leavers",
                          value: form.title, errors: errs),
                textArea("outcome", label: "Outcome sought (optional)",
                         hint: "What will be different for children and families", value: form.outcome, errors: errs,
                         rows: 3),
                selectField("lead", label: "Lead (optional)",
                            options: model.leads,
                            selected: form.lead, placeholder: "No lead yet", errors: errs),
            ]
        ).render()
    }
}
