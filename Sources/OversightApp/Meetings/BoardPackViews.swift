import OversightDocuments
import OversightDomain

enum BoardPackViews {
    static func page(_ model: BoardPackPageModel, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id), mid = Parameter.value(model.meeting.id)
        let status: BodyNode = if let frozen = model.frozen {
            inset([paragraph("Frozen when the agenda was published on \(UKDateFormat.long(frozen.builtOn)), by \(frozen.builtBy). "
                + "It does not change as the plan, the scorecard or the action log move on.")])
        } else {
            inset([paragraph("Draft: built from the information as it stands today. It is frozen when the agenda is published, "
                + "and the board reads it as it was then.")])
        }
        return Layout.render(Page(
            title: model.document.title, council: council, section: .meetings,
            breadcrumbs: [("Boards and committees", .bodies(cid)), (model.body.name, .body(cid, .value(model.body.id))),
                          (UKDateFormat.long(model.meeting.date), .meeting(cid, mid))],
            context: context, content: [
                heading(1, "Board pack", size: .l, caption: "\(model.body.name), \(UKDateFormat.long(model.meeting.date))"),
                status,
                model.partTwo ? importantBanner(title: "Not for publication", [paragraph("This version includes items exempt from publication (Part II). Do not share it with anyone without access to exempt material.")]) : .empty,
                downloadLinks([("Word (.docx)", .boardPackDocx(cid, mid)), ("PDF", .boardPackPDF(cid, mid))]),
                el("article", [("class", "ov-report"), ("aria-label", "The board pack")],
                   [.raw(HTMLRenderer.render(model.document, headingOffset: 1))]),
            ]))
    }

    static func noPack(_ meeting: Meeting, message: String, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id)
        return Layout.render(Page(title: "No board pack", council: council, section: .meetings,
                                  breadcrumbs: [("Boards and committees", .bodies(cid))], context: context, content: [
            heading(1, "No board pack", size: .l),
            paragraph(message),
            paragraph([link("Go to the meeting of \(UKDateFormat.long(meeting.date))", to: .meeting(cid, .value(meeting.id)))]),
        ]))
    }

    static func pdfUnavailable(_ model: BoardPackPageModel, message: String, council: CouncilContext, context: ViewContext) -> String {
        let cid = Parameter.value(council.id), mid = Parameter.value(model.meeting.id)
        return Layout.render(Page(title: "The PDF could not be made", council: council, section: .meetings,
                                  breadcrumbs: [("Board pack", .boardPack(cid, mid))], context: context, content: [
            heading(1, "The PDF could not be made", size: .l),
            paragraph(message),
            paragraph([el("a", [("class", "ov-link"), ("href", SiteURL.boardPackDocx(cid, mid).path), ("download", "")],
                          text: "Download the Word version instead")]),
        ]))
    }
}
