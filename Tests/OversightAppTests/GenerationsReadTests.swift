import Foundation
@testable import OversightApp
import OversightStore
import Testing
import Vapor
import VaporTesting

/// A signed-in person's cached page reads the session's generations and the page's in one query.
@Suite("Generations read together")
struct GenerationsReadTests {
    @Test("The page's generations are read with the session's, so the request sees one moment throughout")
    func readTogether() async throws {
        try await withTestApp { app in
            let council = try await app.demoCouncil()
            let session: [CacheScope] = [.all, .accounts]
            let page: [CacheScope] = [.all, .core(council.id), .scorecard(council.id)]
            let request = Request(application: app, method: .GET, url: URI(path: "/"), on: app.eventLoopGroup.next())
            let before = try await CacheGenerations.read(page, on: app.db)
            #expect(try await request.generations(of: session, alongWith: [page]) == CacheGenerations.read(session, on: app.db))
            try await UnitOfWork.seed(on: app.db) { _ in } // moves every generation
            #expect(try await CacheGenerations.read(page, on: app.db) != before)
            // Already read, with the session's: not read again after the change.
            #expect(try await request.generations(of: page) == before)
        }
    }
}
