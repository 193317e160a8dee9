import Foundation
@testable import OversightApp
@testable import OversightDemo
import OversightDocuments
import OversightDomain
import OversightStore
import Testing
import VaporTesting
#if canImport(Glibc)
import Glibc
#endif

@Suite("PDF printing and caching headers")
struct PDFAndCachingTests {
    /// A page that tries everything a printed page must not do: run a script, fetch from the
    /// network (a listener on this machine counts every connection), and frame a local file.
    @Test("Chromium prints with scripts off, no requests and no files, whatever the page holds")
    func hostilePage() async throws {
        guard let chromium = PDFPrinter.chromium else {
            Issue.record("Chromium is needed for this test: apt-get install chromium")
            return
        }
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(bound == 0)
        listen(listener, 16)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(listener, $0, &length) }
        }
        let port = UInt16(bigEndian: address.sin_port)
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("oversight-secret-\(UUID().uuidString).html")
        try Data("<p>LOCALFILESECRET</p>".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let html = """
            <html><body><p id="p">STATICTEXT</p>
            <script>document.getElementById('p').textContent = 'SCRIPTRAN';</script>
            <img src="http://127.0.0.1:\(port)/leak.png"><link rel="stylesheet" href="http://127.0.0.1:\(port)/leak.css">
            <iframe src="\(secret.absoluteString)"></iframe><iframe src="http://127.0.0.1:\(port)/frame"></iframe>
            </body></html>
            """
        let pdf = try await PDFPrinter.print(html: html, chromium: chromium)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let text = try pdfText(pdf)
        #expect(text.contains("STATICTEXT"))
        #expect(!text.contains("SCRIPTRAN"))
        #expect(!text.contains("LOCALFILESECRET"))
        // Nothing connected to the listener.
        _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL) | O_NONBLOCK)
        let connection = accept(listener, nil, nil)
        if connection >= 0 { close(connection) }
        #expect(connection < 0, "the printed page reached the network")
    }

    func pdfText(_ pdf: Data) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("oversight-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("When every printer is busy a PDF is 503 with Retry-After at once; a frozen document's PDF is printed once and kept")
    func poolAndKeptCopies() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let report = try await app.demoReport(ReportText.cabinet, in: council)
            let path = SiteURL.reportPDF(.value(council.id), .value(report.id)).path
            app.oversight.printers = PDFPrinter.Pool(limit: 1)
            let printers = app.oversight.printers
            let (held, release) = AsyncStream<Void>.makeStream()
            let holder = Task { try await printers.run { for await _ in held { break } } }
            while printers.inUse == 0 { await Task.yield() }
            let busy = try await app.get(path, as: nil)
            #expect(busy.status == .serviceUnavailable)
            #expect(busy.headers.first(name: .retryAfter) == "10")
            #expect(busy.text.contains("Oversight is making other PDFs just now"))
            release.yield()
            release.finish()
            try await holder.value
            guard PDFPrinter.chromium != nil else { return }
            let first = try await app.get(path, as: nil)
            #expect(first.status == .ok)
            #expect(try await PrintedDocumentStore.count(on: app.db) == 1)
            // Printed once: asked again while no printer is free, the kept copy answers.
            let (again, done) = AsyncStream<Void>.makeStream()
            let hold = Task { try await printers.run { for await _ in again { break } } }
            while printers.inUse == 0 { await Task.yield() }
            let second = try await app.get(path, as: nil)
            done.yield()
            done.finish()
            try await hold.value
            #expect(second.status == .ok)
            #expect(second.body == first.body)
        }
    }

    @Test("What depends on who asks is private and never stored; the same for everyone may be cached publicly")
    func cacheControl() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let cid = Parameter.value(council.id)
            let board = try await app.demoBody("Children's Services Improvement Board", in: council)
            let meeting = try await app.demoMeeting(of: board, on: DemoPlan.date(2017, 11, 9))
            let cabinet = try await app.demoReport(ReportText.cabinet, in: council)
            for path in [SiteURL.boardPackDocx(cid, .value(meeting.id)).path, SiteURL.actionsCSV(cid, .value(try await app.demoImprovementPlan(in: council).id)).path,
                         SiteURL.risksXLSX(cid).path, SiteURL.scorecard(cid).path, SiteURL.council(cid).path] {
                let response = try await app.get(path, as: Who.viewer)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers.first(name: .cacheControl) == "private, no-store", "\(path)")
            }
            let api = try await app.api(SiteURL.api(.plans).path, as: Who.viewer)
            #expect(api.headers.first(name: .cacheControl) == "private, no-cache")
            #expect(api.headers.first(name: .vary) == "Cookie, Authorization")
            let feed = try await app.get(SiteURL.calendarFeed(cid).path, as: nil)
            #expect(feed.headers.first(name: .cacheControl) == "private, no-store")
            let published = try await app.get(SiteURL.reportDocx(cid, .value(cabinet.id)).path, as: nil)
            #expect(published.headers.first(name: .cacheControl) == "public, max-age=300")
            let refused = try await app.get("/councils/\(UUID())", as: Who.viewer)
            #expect(refused.headers.first(name: .cacheControl) == "private, no-store")
        }
    }
}
