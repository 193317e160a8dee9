import Foundation
import OversightStore
import Vapor

extension Request {
    /// The PDF of a page made by `ReportViews.printable`. A frozen document (a published report, a
    /// published board pack, a submitted self-assessment) is printed once and its copy kept, so
    /// asking for it again costs a lookup, not a Chromium; anything else is printed each time.
    /// Printing waits for no one: when every printer is busy this throws a `PDFPrinter.Failure`
    /// saying to try again shortly, with the seconds to wait.
    func printedPDF(_ html: String, frozen: Bool) async throws -> Data {
        let page = sha256Hex(html)
        if frozen, let kept = try await PrintedDocumentStore.find(page: page, on: db) { return kept }
        let pdf: Data
        do {
            pdf = try await application.oversight.printers.run { try await PDFPrinter.print(html: html) }
        } catch let busy as PDFPrinter.Busy {
            throw PDFPrinter.Failure(message: PDFPrinter.busy, retryAfterSeconds: busy.retryAfterSeconds)
        }
        if frozen {
            let now = dependencies.now(), id = dependencies.newID()
            try await UnitOfWork.housekeeping(.printedCopy, on: db) { housekeeping in
                try await PrintedDocumentStore.keep(pdf, page: page, at: now, id: id, on: housekeeping)
            }
        }
        return pdf
    }
}

extension Response {
    /// Tells a client when to ask again after a 503.
    func retrying(after seconds: Int?) -> Response {
        if let seconds { headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
        return self
    }
}
