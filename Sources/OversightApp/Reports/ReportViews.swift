import Crypto
import Foundation
import OversightDocuments
import OversightDomain
import OversightStore

/// The reports list, a report's page (for staff with its workflow, for the public as published,
/// for those without Part II access as an exemption notice), and the page Chromium prints.
enum ReportViews {
    static func statusTag(_ status: ReportStatus) -> BodyNode {
        let colour: TagColour = switch status {
        case .draft: .grey
        case .cleared: .blue
        case .published: .green
        case .superseded: .orange
        }
        return tag(status.label, colour)
    }

    static func list(_ model: ReportList.Model, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        let staff = context.reports.read.isAllowed
        return Layout.render(Page(title: "Committee reports", council: council, section: .reports, context: context, content: [
            heading(1, "Committee reports", size: .l),
            paragraph(staff ? "Reports to Cabinet, Scrutiny, the Improvement Board and Full Council: drafted here, cleared by a senior leader, then published and frozen."
                      : "Reports published for the council's meetings. Reports exempt from publication (Part II) show only their title and the reason."),
            context.reports.edit.isAllowed ? buttonLink("Draft a report", to: .newReport(cid)) : .empty,
            model.rows.isEmpty ? paragraph(staff ? "No report has been drafted yet." : "No report has been published yet.") : dataTable(
                caption: counted(model.rows.count, "report"), captionSize: .s,
                head: ["Meeting", "Report", "Committee", "Part"] + (staff ? ["Status"] : []),
                rows: model.rows.map { report in
                    [.text(report.meetingDate.ukLong), link(report.title, to: .report(cid, .value(report.id))),
                     .text(report.committee), .text(report.part)] + (staff ? [statusTag(report.status)] : [])
                }),
        ]))
    }

    static func show(_ model: ReportPage.Model, access: ReportAccess, errors: [FieldError] = [], lateReason: String? = nil,
                     context: ViewContext) -> String {
        let cid = Parameter.value(model.council.id)
        let caption = "Report to \(model.committeePhrase), \(UKDateFormat.withWeekday(model.meetingDate))"
        var content: [BodyNode] = [heading(1, model.title, size: .l, caption: caption)]
        switch access {
        case .exempt:
            content += [
                inset([
                    el("p", [("class", "ov-body ov-!-font-weight-bold")], text: "This report is exempt"),
                    paragraph(model.exemption.map { "\($0.citation): \($0.description.lowercased())." }
                              ?? "It is exempt under Schedule 12A to the Local Government Act 1972."),
                    paragraph("It is not published because the public interest in keeping it exempt outweighs the public interest in disclosing it."),
                ]),
            ]
        case .published, .full:
            if let summary = model.plainSummary {
                content.append(el("section", [("class", "ov-plain-summary"), ("aria-labelledby", "plain-summary")], [
                    heading(2, "In brief, for children, young people and families", size: .m, id: "plain-summary"),
                    el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(summary))]),
                ]))
            }
            if access == .full { content += staffPanel(model, errors: errors, lateReason: lateReason, context: context) }
            else { content += publicPanel(model) }
            if let correctedBy = model.publishedCorrection {
                content.append(importantBanner(title: "Important", [
                    el("p", [("class", "ov-notification-banner__heading")], [
                        .text("This report has been corrected. "),
                        link("Read the corrected report", to: .report(cid, .value(correctedBy.id))),
                    ]),
                ]))
            }
            if let document = model.document {
                content.append(downloads(model))
                content.append(el("article", [("class", "ov-report"), ("aria-label", "The report")],
                                  [.raw(HTMLRenderer.render(document, headingOffset: 1))]))
            }
        }
        return Layout.render(Page(title: model.title, council: model.council,
                                  section: .reports, breadcrumbs: [("Committee reports", .reports(cid))],
                                  errors: errors, context: context, content: content))
    }

    private static func publicPanel(_ model: ReportPage.Model) -> [BodyNode] {
        guard let publication = model.publication else { return [] }
        return [summaryList([
            SummaryRow("Meeting", UKDateFormat.withWeekday(model.meetingDate)),
            SummaryRow("Published", publication.publishedOn.ukLong),
        ])]
    }

    private static func downloads(_ model: ReportPage.Model) -> BodyNode {
        let cid = Parameter.value(model.council.id), rid = Parameter.value(model.id)
        return downloadLinks([("Word (.docx)", .reportDocx(cid, rid)), ("PDF", .reportPDF(cid, rid)),
                              ("Markdown", .reportMarkdown(cid, rid))])
    }

    /// Status, deadlines and what the viewer can do next.
    private static func staffPanel(_ model: ReportPage.Model, errors: [FieldError], lateReason: String?,
                                   context: ViewContext) -> [BodyNode] {
        let cid = Parameter.value(model.council.id), rid = Parameter.value(model.id)
        var rows = [
            SummaryRow("Status", nodes: [statusTag(model.status)]),
            SummaryRow("Committee", model.committee),
            SummaryRow("Meeting", UKDateFormat.withWeekday(model.meetingDate)),
            SummaryRow("Publish by", nodes: [.text(UKDateFormat.withWeekday(model.publishBy)),
                                             el("span", [("class", "ov-hint ov-block")],
                                                text: "Five clear working days before the meeting, not counting weekends and bank holidays")]),
            SummaryRow("Part", model.part + (model.exemption.map { ": exempt under paragraph \($0.rawValue) of Schedule 12A" } ?? "")),
            SummaryRow("Template", "\(model.templateName), version \(model.templateVersion)"),
        ]
        if let key = model.keyDecision {
            let notice = key.noticeGiven.map { "Forward plan notice given \($0.ukLong)" } ?? "Forward plan notice date not given yet"
            var nodes: [BodyNode] = [.text("Yes. \(notice).")]
            if let shortfall = key.shortfall {
                nodes.append(el("strong", [("class", "ov-warning-text ov-block")],
                                text: "Notice is \(counted(shortfall, "day")) short of the 28 clear days a key decision needs: use the general exception or special urgency procedure, and record it."))
            } else if key.noticeGiven != nil {
                nodes.append(el("span", [("class", "ov-hint ov-block")], text: "28 clear days' notice: met"))
            }
            rows.append(SummaryRow("Key decision", nodes: nodes))
        }
        if let clearedBy = model.clearedBy { rows.append(SummaryRow("Cleared by", clearedBy)) }
        if let publication = model.publication {
            rows.append(SummaryRow("Published", "\(publication.publishedOn.ukLong) by \(publication.publishedBy)"))
            if let late = publication.lateReason { rows.append(SummaryRow("Published late because", late)) }
            rows.append(SummaryRow("Checksum (SHA-256)", nodes: [el("code", [("class", "ov-code")], text: publication.checksum)]))
            if !publication.isIntact {
                rows.append(SummaryRow("Warning", "The stored report no longer matches its checksum: it has been changed since it was published. Tell your system administrator."))
            }
        }
        if let corrects = model.corrects {
            rows.append(SummaryRow("Corrects", nodes: [link(corrects.title, to: .report(cid, .value(corrects.id)))]))
        }
        var nodes: [BodyNode] = [el("div", [("class", "ov-no-print")], [summaryList(rows)])]
        var actions: [BodyNode] = []
        let version = model.version
        switch model.status {
        case .draft:
            if context.reports.edit.isAllowed {
                actions.append(buttonGroup([
                    buttonLink("Edit the report", to: .editReport(cid, rid)),
                    buttonLink("Add an appendix", to: .newAppendix(cid, rid), secondary: true),
                ]))
            }
            if context.reports.clear.isAllowed {
                let problems = model.clearanceProblems
                actions.append(el("div", [("class", "ov-card")], [
                    heading(2, "Clear for publication", size: .s),
                    problems.isEmpty ? paragraph("Clearing confirms the report is ready to publish. Only a draft can be edited, so return it to draft if it needs changes.", classes: "ov-body-s")
                        : el("div", [], [paragraph("Before it can be cleared:", classes: "ov-body-s"),
                                         bulletList(problems.map { .text($0) })]),
                    postForm(to: .reportTransition(cid, rid), csrf: context.csrfToken, version: version, [
                        voidElement("input", [("type", "hidden"), ("name", "event"), ("value", ReportEvent.clear.rawValue)]),
                        submitButton("Clear for publication"),
                    ]),
                ]))
            }
        case .cleared:
            if context.reports.edit.isAllowed {
                let late = model.isLateToday
                let errs = FormErrors(errors)
                actions.append(el("div", [("class", "ov-card")], [
                    heading(2, "Publish", size: .s),
                    paragraph(late ? "The deadline was \(UKDateFormat.withWeekday(model.publishBy)): publishing today is late, so record why."
                              : "Publishing freezes the report and its appendices as they stand now; they will not change afterwards.",
                              classes: "ov-body-s"),
                    postForm(to: .publishReport(cid, rid), csrf: context.csrfToken, version: version, [
                        late || lateReason != nil ? textArea("lateReason", label: "Why it is published late",
                                                             hint: "For example, the urgency that means the item cannot wait for the next meeting",
                                                             value: lateReason, errors: errs, rows: 3) : .empty,
                        submitButton("Publish the report"),
                    ]),
                ]))
            }
            if context.reports.edit.isAllowed || context.reports.clear.isAllowed {
                actions.append(postForm(to: .reportTransition(cid, rid), csrf: context.csrfToken, version: version, [
                    voidElement("input", [("type", "hidden"), ("name", "event"), ("value", ReportEvent.returnToDraft.rawValue)]),
                    el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Return to draft"),
                ]))
            }
        case .published:
            if context.reports.edit.isAllowed && model.correctedBy == nil {
                actions.append(postForm(to: .correctReport(cid, rid), csrf: context.csrfToken, version: version, [
                    paragraph("A published report is never edited. To put something right, publish a corrected report that says what changed.",
                              classes: "ov-body-s"),
                    el("button", [("type", "submit"), ("class", "ov-button ov-button--secondary")], text: "Correct this report"),
                ]))
            } else if let correction = model.correctedBy {
                actions.append(paragraph([.text("A correction is in progress: "), link(correction.title, to: .report(cid, .value(correction.id)))]))
            }
        case .superseded:
            break
        }
        if !actions.isEmpty { nodes.append(el("div", [("class", "ov-no-print"), ("id", "workflow")], actions)) }
        if model.isEditable && context.reports.edit.isAllowed && !model.appendices.isEmpty {
            nodes.append(el("div", [("class", "ov-no-print")], [
                dataTable(caption: "Appendices", captionSize: .s, head: ["Letter", "Title", "Made from", "Change"],
                          rows: model.appendices.map { appendix in
                              [.text(appendix.letter), .text(appendix.title), .text(sourceLabel(appendix.source)
                                   + (appendix.exemption.map { ". Exempt (Part II), paragraph \($0.paragraph.paragraph)" } ?? "")),
                               postForm(to: .removeAppendix(cid, rid, .value(appendix.id)), csrf: context.csrfToken, [
                                   el("button", [("type", "submit"), ("class", "ov-button ov-button--warning ov-button--small")],
                                      [.text("Remove"), visuallyHidden(" appendix \(appendix.letter)")]),
                               ])]
                          }),
            ]))
        }
        return nodes
    }

    static func sourceLabel(_ source: AppendixSource) -> String {
        switch source {
        case let .generated(.scorecard(through)): "\(GeneratedAppendix.Kind.scorecard.label) to \(through.label) (made from the scorecard)"
        case .generated(.risks): "\(GeneratedAppendix.Kind.risks.label) (made from the register)"
        case .generated(.selfAssessment): "\(GeneratedAppendix.Kind.selfAssessment.label) (as submitted, or as it reads while a draft)"
        case let .generated(kind): "\(kind.kind.label) (made from the plan)"
        case let .uploaded(fileName, kind, size): "\(fileName): \(kind.label), \(EvidenceRules.sizeLabel(size))"
        }
    }

    static func pdfUnavailable(_ model: ReportPageModel, message: String, context: ViewContext) -> String {
        let cid = Parameter.value(model.council.id)
        return Layout.render(Page(title: "The PDF could not be made", council: CouncilContext(id: model.council.id, name: model.council.name),
                                  section: .reports, breadcrumbs: [("Committee reports", .reports(cid)),
                                                                   (model.report.title, .report(cid, .value(model.report.id)))],
                                  context: context, content: [
            heading(1, "The PDF could not be made", size: .l),
            paragraph(message),
            paragraph([el("a", [("class", "ov-link"), ("href", SiteURL.reportDocx(cid, .value(model.report.id)).path), ("download", "")],
                          text: "Download the Word version instead")]),
        ]))
    }

    /// A whole HTML page for Chromium to print: the document only, laid out for A4. Chromium is
    /// given it as a string (`PDFPrinter`), with no response to carry a policy, so the page carries
    /// its own: nothing may load or run but its one stylesheet (allowed by its hash).
    static func printable(_ document: OversightDocuments.Document, council: String) -> String {
        HTMLNode.document(
            .escapedAttribute("lang", "en-GB"),
            .element(named: "head", nodes: [
                .selfClosedElement(named: "meta", attributes: [.escapedAttribute("charset", "UTF-8")]),
                .selfClosedElement(named: "meta", attributes: [.escapedAttribute("http-equiv", "Content-Security-Policy"),
                                                               .escapedAttribute("content", printPolicy)]),
                .element(named: "title", text: "\(document.title) - \(council)"),
                .element(named: "style", nodes: [.raw(printCSS)]),
            ]),
            .element(named: "body", nodes: [.raw(HTMLRenderer.render(document))])
        ).render()
    }

    /// No script, no frames, no fetches, no forms: only the print stylesheet below.
    static let printPolicy = "default-src 'none'; style-src 'sha256-\(Data(SHA256.hash(data: Data(printCSS.utf8))).base64EncodedString())'; img-src data:; form-action 'none'; base-uri 'none'"

    static let printCSS = """
        @page { size: A4; margin: 2.5cm 2cm; }
        body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 12pt; line-height: 1.35; color: #0b0c0c; }
        h1 { font-size: 18pt; margin: 12pt 0 6pt; } h2 { font-size: 15pt; margin: 14pt 0 6pt; }
        h3 { font-size: 13pt; margin: 10pt 0 4pt; } h2, h3 { break-after: avoid; }
        p { margin: 0 0 8pt; } table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 0 0 12pt; }
        caption { text-align: left; font-weight: bold; margin-bottom: 4pt; }
        th, td { border: 1px solid #505a5f; padding: 3pt 4pt; text-align: left; vertical-align: top; }
        thead { display: table-header-group; } tr { break-inside: avoid; } th { background: #e8e8e8; }
        .fill-red { background: #f4c7c3; } .fill-amber { background: #fce5b0; } .fill-green { background: #cce8d4; }
        .fill-blue { background: #d2e3f3; } .fill-grey { background: #e8e8e8; }
        .page-break { break-after: page; } a { color: #1d70b8; }
        dl { margin: 0 0 8pt; } dt { font-weight: bold; }
        """
}
