import Foundation
@testable import OversightApp
import OversightDomain
import Testing
import VaporTesting

@Suite("Typed URLs")
struct SiteURLTests {
    let council = Council.ID(UUID(uuidString: "00000000-0000-0000-0000-000000000001")!)
    let inspection = Inspection.ID(UUID(uuidString: "00000000-0000-0000-0000-000000000002")!)

    @Test("Paths print as documented")
    func paths() {
        #expect(SiteURL.home.path == "/")
        #expect(SiteURL.council(.value(council)).path == "/councils/00000000-0000-0000-0000-000000000001")
        #expect(SiteURL.editJudgement(.key, .key, .key).path == "/councils/:council/inspections/:inspection/judgements/:judgement/edit")
        #expect(SiteURL.api(.inspection(.value(council), .value(inspection))).path
                == "/api/v1/councils/00000000-0000-0000-0000-000000000001/inspections/00000000-0000-0000-0000-000000000002")
    }

    @Test("Every URL has a route, and a printed link finds that route")
    func everyCaseHasARoute() async throws {
        try await withTestApp(demo: false) { app in
            let registered = Set(app.routes.all.map { "/" + $0.path.map(\.description).joined(separator: "/") })
            for url in SiteURL.allRoutes {
                let template = url.path
                #expect(registered.contains(template == "/" ? "/" : template), "no route for \(template)")
            }
            // A printed link with values reaches a handler rather than the 404 for unknown paths:
            // the records do not exist, so the handler itself answers 404 with a page.
            let link = SiteURL.editRecommendation(.value(council), .value(inspection), .value(.init(UUID()))).path
            let response = try await app.get(link)
            #expect(response.status == .notFound)
            let metricsText = try await app.get("/metrics").text
            #expect(metricsText.contains(#"path="/councils/:council/inspections/:inspection/recommendations/:recommendation/edit""#))
        }
    }
}
