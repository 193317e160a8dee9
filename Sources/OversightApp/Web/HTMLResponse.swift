import Vapor

/// A rendered page with its status: 200, or 422 for a form with errors, 409 for a stale edit.
struct HTMLResponse: AsyncResponseEncodable {
    var status: HTTPStatus = .ok
    var html: String

    func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: html))
    }
}

extension HTTPMediaType {
    static let html = HTTPMediaType(type: "text", subType: "html", parameters: ["charset": "utf-8"])
}
