import Foundation
import Vapor

extension Response {
    /// A file to save, never to show inline: CSV, Markdown and JSON exports and evidence files. The
    /// name is given plainly for old clients and in UTF-8 (RFC 6266) for the rest, so a name with
    /// accents or quotes neither breaks the header nor is lost.
    static func download(_ body: Data, type: String, fileName: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        let plain = String(fileName.unicodeScalars.map { $0.isASCII && $0 != "\\" && $0 != "\"" ? Character($0) : "_" })
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._")))
            ?? plain
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "attachment; filename=\"\(plain)\"; filename*=UTF-8''\(encoded)")
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }

    static func download(_ text: String, type: String, fileName: String) -> Response {
        download(Data(text.utf8), type: type, fileName: fileName)
    }
}
