import OversightDocuments
import OversightDomain
import OversightStore

enum RiskFormViews {
    /// Likelihood and impact side by side, each chosen from the council's own definitions.
    static func scoreFields(_ name: String, legend: String, hint: String, likelihood: String?, impact: String?, scale: RiskScale,
                            errors: FormErrors) -> BodyNode {
        el("fieldset", [("class", "ov-fieldset ov-score-fields")], [
            el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--s")], text: legend),
            el("div", [("class", "ov-hint")], text: hint),
            selectField("\(name)Likelihood", label: "Likelihood",
                        options: RiskScore.levels.map { (String($0), "\($0) \(scale.likelihoodName($0))") },
                        selected: likelihood, placeholder: "Choose", errors: errors),
            selectField("\(name)Impact", label: "Impact",
                        options: RiskScore.levels.map { (String($0), "\($0) \(scale.impactName($0))") },
                        selected: impact, placeholder: "Choose", errors: errors),
        ])
    }

    static func riskForm(_ form: RiskForm, riskID: Risk.ID?, people: [Person], scale: RiskScale, council: CouncilContext,
                         context: ViewContext, errors: [FieldError], conflict: Risk? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: riskID == nil ? "Add a risk" : "Change the risk", caption: "Risk register", council: council,
            section: .risks, back: riskID.map { .risk(cid, .value($0)) } ?? .risks(cid),
            action: riskID.map { .editRisk(cid, .value($0)) } ?? .newRisk(cid),
            version: riskID == nil ? nil : Int(form.version ?? "") ?? 0, errors: errors,
            conflict: conflict.map { risk in
                [SummaryRow("Title", risk.title), SummaryRow("Current score", risk.current.label), SummaryRow("Status", risk.status.label)]
            },
            submit: "Save", fields: [
                textInput("title", label: "Title", hint: "Short, as the board will say it, for example \"Workforce stability\"",
                          value: form.title, errors: errs),
                textArea("cause", label: "Cause", hint: "Because of ...", value: form.cause, errors: errs, rows: 3),
                textArea("event", label: "Event", hint: "There is a risk that ...", value: form.event, errors: errs, rows: 3),
                textArea("consequence", label: "Consequence", hint: "Which would lead to ...", value: form.consequence, errors: errs, rows: 3),
                radios("category", legend: "Category", options: RiskCategory.options, selected: form.category, errors: errs),
                selectField("owner", label: "Owner", hint: "Someone not listed can be added under People first",
                            options: people.map { ($0.id.description, $0.name + ($0.jobTitle.map { ", \($0)" } ?? "")) },
                            selected: form.owner, placeholder: "Choose a person", errors: errs),
                dateInput("raised", legend: "Date raised", parts: DateParts(day: form.raisedDay, month: form.raisedMonth, year: form.raisedYear),
                          errors: errs),
                scoreFields("inherent", legend: "Inherent risk", hint: "Before any control is in place", likelihood: form.inherentLikelihood,
                            impact: form.inherentImpact, scale: scale, errors: errs),
                scoreFields("current", legend: "Current risk", hint: "With the controls in place now; not above the inherent risk",
                            likelihood: form.currentLikelihood, impact: form.currentImpact, scale: scale, errors: errs),
                scoreFields("target", legend: "Target risk", hint: "Where the mitigating actions should bring it",
                            likelihood: form.targetLikelihood, impact: form.targetImpact, scale: scale, errors: errs),
                textArea("targetReason", label: "Reason for a target above the inherent risk (if it is)",
                         hint: "Only when the risk is expected to grow, for example when grant funding ends", value: form.targetReason,
                         errors: errs, rows: 2),
                textArea("controls", label: "Controls in place (optional)", hint: "You can use Markdown: a line starting \"- \" is a bullet",
                         value: form.controls, errors: errs, rows: 6),
                radios("proximity", legend: "When could it happen?", options: RiskProximity.options, selected: form.proximity, errors: errs),
                radios("reviewFrequency", legend: "How often is it reviewed?", options: ReviewFrequency.options,
                       selected: form.reviewFrequency, errors: errs),
                radios("status", legend: "Status", options: RiskStatus.options, selected: form.status, errors: errs),
            ]).render()
    }

    static func reviewForm(_ form: RiskReviewForm, model: RiskReviewPage.Model, council: CouncilContext, context: ViewContext,
                           errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        let risk = model.risk, scale = model.scale
        let cid = Parameter.value(council.id), rid = Parameter.value(risk.id)
        return FormPage(
            context: context, title: "Record a review", caption: "\(risk.reference): \(risk.title)", council: council, section: .risks,
            back: .risk(cid, rid), action: .riskReviews(cid, rid), version: Int(form.version ?? "") ?? risk.version, errors: errors,
            conflict: nil, submit: "Save the review", fields: [
                paragraph("Inherent risk: \(risk.inherent.label), \(model.inherentBand). The current and target scores cannot go above it"
                    + (risk.targetReason == nil ? "." : ", except the target, for the reason recorded: \(risk.targetReason!)")),
                dateInput("date", legend: "Date of the review", parts: DateParts(day: form.dateDay, month: form.dateMonth, year: form.dateYear),
                          errors: errs),
                scoreFields("current", legend: "Current risk", hint: "With the controls in place now", likelihood: form.currentLikelihood,
                            impact: form.currentImpact, scale: scale, errors: errs),
                scoreFields("target", legend: "Target risk", hint: "Where the mitigating actions should bring it",
                            likelihood: form.targetLikelihood, impact: form.targetImpact, scale: scale, errors: errs),
                textArea("commentary", label: "Commentary", hint: "What has changed since the last review, and why the scores are what they are",
                         value: form.commentary, errors: errs, rows: 5),
            ]).render()
    }

    static func linksForm(_ model: MitigatingActions.Model, chosenPlan: Set<String>, chosenBoard: Set<String>, council: CouncilContext,
                          context: ViewContext, errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        let risk = model.risk
        let cid = Parameter.value(council.id), rid = Parameter.value(risk.id)
        var fields: [BodyNode] = model.planGroups.map { group in
            checkboxes(group.field, legend: group.planTitle, options: group.options, checked: chosenPlan, errors: errs, fieldName: "planActions")
        }
        fields.append(model.boardOptions.isEmpty ? paragraph("No board actions are open.")
            : checkboxes("boardActions", legend: "Open board actions", options: model.boardOptions, checked: chosenBoard, errors: errs))
        return FormPage(
            context: context, title: "Mitigating actions", caption: "\(risk.reference): \(risk.title)", council: council, section: .risks,
            back: .risk(cid, rid), action: .riskActions(cid, rid), version: risk.version, errors: errors, conflict: nil,
            submit: "Save the actions", fields: [paragraph("Choose the actions that reduce this risk. The register flags the risk when one of them is red or overdue.")]
                + fields).render()
    }

    /// The scale's form for whoever manages the register; for anyone else, the scale as it is (`scale`).
    static func scaleForm(_ form: RiskScaleForm, scale: ScoringScale.Model, council: CouncilContext, context: ViewContext,
                          errors: [FieldError]) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        let manage = context.risks.manage.isAllowed
        guard manage else {
            return Layout.render(Page(title: "Scoring scale and bands", council: council, section: .risks,
                                      breadcrumbs: [("Risk register", .risks(cid))], context: context, content: [
                heading(1, "Scoring scale and bands", size: .l),
                summaryList(scale.likelihood.map { SummaryRow("Likelihood \($0.level)", $0.definition) }),
                summaryList(scale.impact.map { SummaryRow("Impact \($0.level)", $0.definition) }),
                summaryList(scale.bands.map { band in
                    SummaryRow(band.name, "Scores \(band.from) to \(band.upTo) (\(band.colour.lowercased()))")
                }),
            ]))
        }
        var fields: [BodyNode] = [heading(2, "Likelihood", size: .m)]
        fields += RiskScore.levels.map { textInput("likelihood\($0)", label: "Likelihood \($0)", value: form.likelihood[$0 - 1], errors: errs) }
        fields.append(heading(2, "Impact", size: .m))
        fields += RiskScore.levels.map { textInput("impact\($0)", label: "Impact \($0)", value: form.impact[$0 - 1], errors: errs) }
        fields.append(heading(2, "Rating bands", size: .m))
        fields.append(paragraph("From the lowest to the highest. Each band takes the scores above the band before, up to its own end; the highest ends at 25. Leave a band's name empty to remove it."))
        for index in 0..<RiskScaleForm.bandRows {
            fields.append(el("fieldset", [("class", "ov-fieldset ov-score-fields")], [
                el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--s")], text: "Band \(index + 1)"),
                textInput("band\(index + 1)Name", label: "Name", value: form.bandNames[index], errors: errs, width: .w10),
                textInput("band\(index + 1)UpTo", label: "Up to score", value: form.bandEnds[index], errors: errs, width: .w3, inputmode: "numeric"),
                selectField("band\(index + 1)Colour", label: "Colour", options: RiskColour.options, selected: form.bandColours[index],
                            placeholder: "Choose", errors: errs),
            ]))
        }
        return FormPage(context: context, title: "Scoring scale and bands", caption: "Risk register", council: council, section: .risks,
                        back: .risks(cid), action: .riskScale(cid), version: Int(form.version ?? "") ?? 0, errors: errors, conflict: nil,
                        submit: "Save the scale", fields: fields).render()
    }
}
