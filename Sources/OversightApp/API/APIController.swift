import Crypto
import Foundation
import OversightDomain
import OversightStore
import Vapor

/// The read-only JSON API under /api/v1. Lists are paged (`?page=2&perPage=50`); every answer
/// has an ETag so that a client polling for changes gets 304 Not Modified when nothing moved.
enum APIController {
    @Sendable static func councils(req: Request) async throws -> Response {
        try await req.authorize(req.councils.read)
        return try paged(try await CouncilStore.all(on: req.db).map(CouncilDTO.init), req)
    }

    @Sendable static func council(req: Request) async throws -> Response {
        try await req.authorize(req.councils.read)
        return try json(CouncilDTO(try await req.council()), req)
    }

    @Sendable static func people(req: Request) async throws -> Response {
        try await req.authorize(req.councils.read)
        let council = try await req.council()
        return try paged(try await PersonStore.all(in: council.id, on: req.db).map(PersonDTO.init), req)
    }

    @Sendable static func person(req: Request) async throws -> Response {
        try await req.authorize(req.councils.read)
        let council = try await req.council()
        guard let person = try await PersonStore.find(req.id(.person), in: council.id, on: req.db) else {
            throw Abort(.notFound)
        }
        return try json(PersonDTO(person), req)
    }

    @Sendable static func inspections(req: Request) async throws -> Response {
        try await req.authorize(req.councils.read)
        let council = try await req.council()
        return try paged(try await InspectionStore.all(in: council.id, on: req.db).map(InspectionDTO.init), req)
    }

    @Sendable static func inspection(req: Request) async throws -> Response {
        try await req.authorize(req.councils.read)
        let council = try await req.council()
        return try json(InspectionDTO(try await req.inspection(in: council)), req)
    }

    static let maxPerPage = 200

    static func paged<T: Codable & Sendable>(_ items: [T], _ req: Request) throws -> Response {
        let page = try req.pageNumber()
        let perPage = try req.queryInt("perPage", in: 1...maxPerPage, default: 50)
        // Both are bounded, so the product cannot overflow.
        let slice = items.dropFirst((page - 1) * perPage).prefix(perPage)
        return try json(ListPage(items: Array(slice), page: page, perPage: perPage, total: items.count), req)
    }

    static func json<T: Encodable>(_ value: T, _ req: Request) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        let etag = "\"" + lowercaseHex(SHA256.hash(data: data).prefix(16)) + "\""
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .eTag, value: etag)
        // The answer depends on the token's holder: kept only by that client, and checked each time.
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-cache")
        // Any web page may read the API with JavaScript: without credentials (a browser sends no
        // cookie to `*`, and a token needs a preflight that is never answered), so only what the
        // public may read, with the ETag readable for polling.
        headers.replaceOrAdd(name: "Access-Control-Allow-Origin", value: "*")
        headers.replaceOrAdd(name: "Access-Control-Expose-Headers", value: "ETag")
        if req.headers.first(name: .ifNoneMatch) == etag {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
