import Foundation
@testable import OversightApp
import OversightDomain
import Testing
import VaporTesting

@Suite("JSON API")
struct APITests {
    @Test("Councils are listed in pages with stable codes")
    func councils() async throws {
        try await withTestApp { app in
            let response = try await app.api("/api/v1/councils")
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentType) == "application/json; charset=utf-8")
            let page = try JSONDecoder().decode(ListPage<CouncilDTO>.self, from: Data(response.text.utf8))
            #expect(page.total == 1)
            #expect(page.page == 1)
            let council = try #require(page.items.first)
            #expect(council.name == "Northshire County Council")
            #expect(council.kind.code == "county")
            #expect(council.financialYearStart == "--04-01")
            #expect(council.areas.count == 16)
        }
    }

    @Test("An inspection comes with its judgements and recommendations")
    func inspection() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let record = try await app.demoInspection()
            let response = try await app.api("/api/v1/councils/\(council.id)/inspections/\(record.inspection.id)")
            let dto = try JSONDecoder().decode(InspectionDTO.self, from: Data(response.text.utf8))
            #expect(dto.publishedDate == "2015-11-27")
            #expect(dto.judgements.contains { $0.grade.code == "good" && $0.body == "Local Safeguarding Children Board" })
            #expect(dto.recommendations.map(\.number) == Array(1...10))
        }
    }

    @Test("Paging and ETags", arguments: [1, 2])
    func paging(perPage: Int) async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let path = "/api/v1/councils/\(council.id)/people?page=2&perPage=\(perPage * 5)"
            let response = try await app.api(path)
            let page = try JSONDecoder().decode(ListPage<PersonDTO>.self, from: Data(response.text.utf8))
            #expect(page.total == 17)
            #expect(page.items.count == min(perPage * 5, 17 - perPage * 5))
            let etag = try #require(response.headers.first(name: .eTag))
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .ifNoneMatch, value: etag)
            let again = try await app.api(path, headers: headers)
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
        }
    }

    @Test("Bad paging is a 400 in JSON naming the parameter", arguments: ["page=0", "perPage=1000", "page=two"])
    func badPaging(query: String) async throws {
        try await withTestApp { app in
            let response = try await app.api("/api/v1/councils?\(query)")
            #expect(response.status == .badRequest)
            #expect(response.headers.first(name: .contentType) == "application/json; charset=utf-8")
            #expect(response.text.contains(query.split(separator: "=")[0]))
        }
    }

    @Test("Unknown records are a JSON 404")
    func notFound() async throws {
        try await withTestApp { app in
            let response = try await app.api("/api/v1/councils/00000000-0000-0000-0000-0000000000ff")
            #expect(response.status == .notFound)
            #expect(response.text.contains(#""error":"Not found""#))
        }
    }
}
