import Foundation
import OversightDomain
import OversightStore
import Vapor

extension OversightAdmin {
    /// Every passage of a council's exempt and draft material, as JSON lines: for an
    /// information-governance review, and for the crawl that proves none of it leaks.
    public static func exemptMaterial(_ configuration: OversightConfiguration, council name: String?,
                                      frozen: Bool = false) async throws -> String {
        try await withDatabase(configuration) { db in
            let council = try await self.council(named: name, on: db)
            if frozen {
                let found = try await ExemptMaterial.inFrozenDocuments(in: council.id, on: db)
                return found.isEmpty ? "No frozen Part I board pack or published Part I report holds any Part II passage."
                    : "Part II passages in frozen public documents:\n" + found.joined(separator: "\n")
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return try await ExemptMaterial.entries(in: council.id, on: db)
                .map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n")
        }
    }

    /// Every route Oversight answers, as JSON lines: the methods, the path with its parameters as
    /// `:name`, and whether it is open to visitors. For the route fuzzer and for people reading the code.
    public static func routes() async throws -> String {
        let app = try await Application.make(.custom(name: "routes"))
        defer { Task { try? await app.asyncShutdown() } }
        Routes.register(on: app.routes)
        struct Line: Encodable {
            var methods: [String]
            var path: String
            var isPublic: Bool
            var route: String
        }
        let registered = Dictionary(grouping: app.routes.all, by: { "/" + $0.path.map(\.description).joined(separator: "/") })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try SiteURL.allRoutes.map { url in
            let path = "/" + url.pathComponents.map(\.description).joined(separator: "/")
            let methods = (registered[path] ?? []).map(\.method.rawValue).sorted()
            let name = String(describing: url).prefix { $0 != "(" }
            return String(decoding: try encoder.encode(Line(methods: methods, path: path, isPublic: Routes.isPublic(url),
                                                            route: String(name))), as: UTF8.self)
        }.joined(separator: "\n")
    }
}
