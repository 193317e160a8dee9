import OversightDocuments
import OversightDomain

enum PracticeAuditViews {
    static func list(_ model: PracticeAuditList.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let manage = context.selfAssessments.manage.isAllowed
        return Layout.render(Page(title: "Practice audits", council: council, section: .selfAssessment,
                                  breadcrumbs: [("Self-assessments", .selfAssessments(cid))], context: context, content: [
            heading(1, "Practice audits", size: .l),
            paragraph("Each month's audit of case files on a theme: how many cases were audited and how they were graded. Counts only; no child's details are kept. Self-assessments use these rounds as evidence; in Part I documents counts from 1 to 5 are shown as c."),
            manage ? buttonLink("Record an audit round", to: .newAuditRound(cid)) : .empty,
            model.hasRounds ? .empty : paragraph("No audit rounds have been recorded yet."),
            .group(model.themes.map { theme -> BodyNode in
                return .group([
                    heading(2, theme.name, size: .m),
                    trendChart(theme.trend, unit: .percentage, target: nil, title: "\(theme.name): cases graded good or better"),
                    dataTable(caption: "\(theme.name): \(counted(theme.roundCount, "round"))", captionSize: .s,
                              head: ["Month", "Cases audited", "Outstanding", "Good", "Requires improvement", "Inadequate", "Good or better"],
                              rows: theme.rows.map { round -> [BodyNode] in
                                  // A manager changes a round from its month.
                                  [manage ? link(UKDateFormat.monthAndYear(round.month), to: .auditRound(cid, .value(round.id)))
                                       : .text(UKDateFormat.monthAndYear(round.month)),
                                   .text(String(round.casesAudited)), .text(String(round.outstanding)),
                                   .text(String(round.good)), .text(String(round.requiresImprovement)), .text(String(round.inadequate)),
                                   .text(round.goodOrBetterPercent.map { IndicatorUnit.percentage.format($0) } ?? "None graded")]
                              }),
                ])
            }),
        ]))
    }

    static func form(_ form: AuditRoundForm, roundID: AuditRound.ID?, themes: [String], council: CouncilContext, context: ViewContext,
                     errors: [FieldError], conflict: AuditRound? = nil) -> String {
        let errs = FormErrors(errors)
        let cid = Parameter.value(council.id)
        return FormPage(
            context: context, title: roundID == nil ? "Record an audit round" : "Change the audit round", caption: "Practice audits",
            council: council, section: .selfAssessment, back: .practiceAudits(cid),
            action: roundID.map { .auditRound(cid, .value($0)) } ?? .newAuditRound(cid),
            version: roundID == nil ? nil : Int(form.version ?? "") ?? 0, errors: errors,
            conflict: conflict.map { [SummaryRow("Round", $0.label), SummaryRow("Cases audited", String($0.casesAudited))] },
            submit: "Save", fields: [
                textInput("month", label: "Month audited", hint: "Year and month, for example 2017-10", value: form.month, errors: errs,
                          width: .w10, spellcheck: false),
                textInput("theme", label: "Theme", hint: themes.isEmpty ? "For example \"Management oversight\""
                              : "Use the same words each month so the trend joins up: " + themes.joined(separator: "; "),
                          value: form.theme, errors: errs),
                textInput("casesAudited", label: "Cases audited", value: form.casesAudited, errors: errs, width: .w5, inputmode: "numeric"),
                el("fieldset", [("class", "ov-fieldset")], [
                    el("legend", [("class", "ov-fieldset__legend ov-fieldset__legend--s")], text: "How many were graded"),
                    el("div", [("class", "ov-hint")], text: "Cases not graded are left out; the grades cannot add up to more than the cases audited"),
                    textInput("outstanding", label: "Outstanding", value: form.outstanding, errors: errs, width: .w5, inputmode: "numeric"),
                    textInput("good", label: "Good", value: form.good, errors: errs, width: .w5, inputmode: "numeric"),
                    textInput("requiresImprovement", label: "Requires improvement to be good", value: form.requiresImprovement, errors: errs,
                              width: .w5, inputmode: "numeric"),
                    textInput("inadequate", label: "Inadequate", value: form.inadequate, errors: errs, width: .w5, inputmode: "numeric"),
                ]),
            ]).render()
    }
}
