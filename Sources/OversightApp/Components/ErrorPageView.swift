import Vapor

/// The page for 404, 500 and other refusals. It names the request id, never the cause.
enum ErrorPageView {
    static func render(status: HTTPStatus, reason: String, requestID: String, context: ViewContext) -> String {
        let content: [BodyNode]
        switch status.code {
        case 404:
            content = [
                heading(1, "Page not found", size: .l),
                paragraph("If you typed the web address, check it is correct."),
                paragraph("If you pasted the web address, check you copied the entire address."),
                paragraph([.text("You can go to the "), link("home page", to: .home), .text(".")]),
            ]
        case 503:
            content = [
                heading(1, "Sorry, this is not available just now", size: .l),
                paragraph(reason),
            ]
        case 500...:
            content = [
                heading(1, "Sorry, there is a problem with the service", size: .l),
                paragraph("Try again later. Nothing you saved before this has been lost."),
                paragraph("If it keeps happening, tell your administrator this reference: \(requestID)"),
            ]
        default:
            content = [
                heading(1, reason, size: .l),
                paragraph([.text("You can go back or return to the "), link("home page", to: .home), .text(".")]),
            ]
        }
        let title = switch status.code {
        case 404: "Page not found"
        case 503: "Sorry, this is not available just now"
        case 500...: "Sorry, there is a problem with the service"
        default: reason
        }
        return Layout.render(Page(title: title, council: nil, section: nil,
                                  context: context, content: content))
    }
}
