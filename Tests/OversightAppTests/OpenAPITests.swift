import Foundation
@testable import OversightApp
import OversightDomain
import Testing
import VaporTesting

/// The API's description is served to anyone, names every route and no other, and stays true:
/// every path is called on the demo council and each answer is checked against its schema, so a
/// DTO changed without the description (or the description without the DTO) fails here.
@Suite("OpenAPI description")
struct OpenAPITests {
    static let path = SiteURL.api(.openAPI).path

    @Test("The description is served to anyone as JSON, with an ETag, and every $ref in it resolves")
    func served() async throws {
        try await withTestApp(demo: false) { app in
            let response = try await app.get(Self.path, as: nil)
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentType) == "application/json; charset=utf-8")
            let document = try JSONNode.parse(response.text)
            #expect(document["openapi"] == JSONNode.string("3.1.0"))
            #expect(document["info"]?["title"] == JSONNode.string("Oversight API"))
            #expect(document["servers"] == JSONNode.array([.object(["url": .string("/")])]))

            let check = JSONSchemaCheck(root: document)
            for reference in Self.references(in: document) {
                #expect(check.resolve(reference) != nil, "\(reference) names nothing")
            }

            let etag = try #require(response.headers.first(name: .eTag))
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .ifNoneMatch, value: etag)
            #expect(try await app.get(Self.path, headers: headers, as: nil).status == .notModified)
        }
    }

    @Test("Every API route is described with its method, and every described path is a route")
    func everyRouteIsDescribed() async throws {
        try await withTestApp(demo: false) { app in
            let document = try JSONNode.parse(try await app.get(Self.path, as: nil).text)
            let paths = try #require(document["paths"]?.objectValue)
            var described: Set<String> = []
            for (path, item) in paths {
                for method in (item.objectValue ?? [:]).keys { described.insert(method.uppercased() + " " + path) }
            }
            var routes: Set<String> = []
            for route in app.routes.all {
                let path = Self.template("/" + route.path.map(\.description).joined(separator: "/"))
                if path.hasPrefix("/api/") { routes.insert(route.method.rawValue + " " + path) }
            }
            #expect(routes.subtracting(described).isEmpty, "routes not described: \(routes.subtracting(described).sorted())")
            #expect(described.subtracting(routes).isEmpty, "described but not routes: \(described.subtracting(routes).sorted())")
            for url in SiteURL.allRoutes {
                guard case .api = url else { continue }
                #expect(paths[Self.template(url.path)] != nil, "\(url.path) is not described")
            }

            // OpenAPI's own rule: each {name} in a path is one of its path parameters, and no more.
            let check = JSONSchemaCheck(root: document)
            for (path, item) in paths {
                for operation in (item.objectValue ?? [:]).values {
                    let parameters = (operation["parameters"]?.arrayValue ?? []).compactMap { check.resolved($0) }
                    let inPath = parameters.filter { $0["in"] == JSONNode.string("path") }.compactMap { $0["name"]?.stringValue }
                    #expect(Set(inPath) == Set(Self.placeholders(in: path)), "\(path)")
                }
            }
        }
    }

    @Test("Every path answers the demo council as its 200 schema says")
    func answersMatchTheDescription() async throws {
        try await withTestApp { app in
            let document = try JSONNode.parse(try await app.get(Self.path, as: nil).text)
            let check = JSONSchemaCheck(root: document)
            let samples = try await Self.samples(app)
            let paths = try #require(document["paths"]?.objectValue)
            for (template, item) in paths.sorted(by: { $0.key < $1.key }) {
                let operation = try #require(item["get"], "\(template) has no GET")
                let parameters = (operation["parameters"]?.arrayValue ?? []).compactMap { check.resolved($0) }
                let schema = try #require(check.resolved(operation["responses"]?["200"])?["content"]?["application/json"]?["schema"],
                                          "\(template) describes no 200")
                let urls = Self.urls(template, parameters, samples)
                #expect(!urls.isEmpty, "\(template) was not called")
                for url in urls {
                    let response = try await app.api(url, as: Who.admin)
                    #expect(response.status == .ok, "\(url): \(response.status)")
                    guard response.status == .ok else { continue }
                    let errors = check.errors(try JSONNode.parse(response.text), schema)
                    #expect(errors.isEmpty, "\(url):\n\(errors.prefix(20).joined(separator: "\n"))")
                }
            }
        }
    }

    @Test("Errors are as the description says")
    func errorsMatchTheDescription() async throws {
        try await withTestApp(demo: false) { app in
            let document = try JSONNode.parse(try await app.get(Self.path, as: nil).text)
            let check = JSONSchemaCheck(root: document)
            let unknown = "00000000-0000-0000-0000-0000000000ff"
            let cases: [(template: String, url: String, status: HTTPStatus, token: Bool)] = [
                ("/api/v1/councils", "/api/v1/councils?page=0", .badRequest, true),
                ("/api/v1/actions", "/api/v1/actions", .badRequest, true),
                ("/api/v1/councils/{council}", "/api/v1/councils/\(unknown)", .notFound, true),
                ("/api/v1/councils/{council}", "/api/v1/councils/not-a-uuid", .notFound, true),
                ("/api/v1/councils", "/api/v1/councils", .unauthorized, false),
            ]
            for item in cases {
                let response: TestingHTTPResponse
                if item.token {
                    response = try await app.api(item.url, as: Who.admin)
                } else {
                    response = try await app.get(item.url, as: nil)
                }
                #expect(response.status == item.status, "\(item.url)")
                let described = check.resolved(document["paths"]?[item.template]?["get"]?["responses"]?[String(item.status.code)])
                let schema = try #require(described?["content"]?["application/json"]?["schema"],
                                          "\(item.template) describes no \(item.status.code)")
                let errors = check.errors(try JSONNode.parse(response.text), schema)
                #expect(errors.isEmpty, "\(item.url):\n\(errors.joined(separator: "\n"))")
            }
        }
    }

    // MARK: Helpers

    /// "/api/v1/councils/{council}" for a route's "/api/v1/councils/:council".
    static func template(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { segment -> String in segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment) }
            .joined(separator: "/")
    }

    static func placeholders(in template: String) -> [String] {
        template.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
    }

    static func references(in node: JSONNode) -> [String] {
        switch node {
        case let .object(members):
            members.flatMap { key, value in key == "$ref" ? [value.stringValue ?? "?"] : references(in: value) }
        case let .array(items):
            items.flatMap { references(in: $0) }
        default:
            []
        }
    }

    /// Real values for each path parameter and required query parameter, found through the lists:
    /// several where one record shows what another cannot (a held meeting has minutes, a Part II
    /// report an exemption paragraph).
    static func samples(_ app: Application) async throws -> [String: [String]] {
        let council = try await app.demoCouncil().id.description
        let base = "/api/v1/councils/\(council)"
        var statuses: Set<JSONNode> = []
        let meetings = try await items(app, base + "/meetings").filter { meeting in
            statuses.insert(meeting["status"]?["code"] ?? JSONNode.null).inserted
        }
        var seen: Set<String> = []
        let codes = try await items(app, "/api/v1/indicators").compactMap { $0["code"]?.stringValue }.filter { seen.insert($0).inserted }
        let people = try await ids(app, base + "/people")
        let inspections = try await ids(app, base + "/inspections")
        let plans = try await ids(app, "/api/v1/plans")
        let reports = try await ids(app, base + "/reports")
        return [
            "council": [council],
            "person": Array(people.prefix(3)),
            "inspection": inspections,
            "plan": plans,
            "report": reports,
            "meeting": meetings.compactMap { $0["id"]?.stringValue },
            "code": Array(codes.prefix(5)),
        ]
    }

    static func items(_ app: Application, _ path: String) async throws -> [JSONNode] {
        let response = try await app.api(path + "?perPage=200", as: Who.admin)
        #expect(response.status == .ok, "\(path): \(response.status)")
        return try JSONNode.parse(response.text)["items"]?.arrayValue ?? []
    }

    static func ids(_ app: Application, _ path: String) async throws -> [String] {
        try await items(app, path).compactMap { $0["id"]?.stringValue }
    }

    /// The addresses to call for one path: as many as its most-sampled parameter has samples, and
    /// whole lists (`perPage=200`) so that every item is checked.
    static func urls(_ template: String, _ parameters: [JSONNode], _ samples: [String: [String]]) -> [String] {
        let inPath = placeholders(in: template)
        let inQuery = parameters.filter { $0["in"] == JSONNode.string("query") && $0["required"] == JSONNode.bool(true) }
            .compactMap { $0["name"]?.stringValue }
        var values: [String: [String]] = [:]
        for name in inPath + inQuery {
            guard let given = samples[name], !given.isEmpty else {
                Issue.record("no sample for \(name) in \(template)")
                return []
            }
            values[name] = given
        }
        let count = values.values.map(\.count).max() ?? 1
        return (0..<count).map { index -> String in
            func value(_ name: String) -> String {
                let given = values[name] ?? []
                return given[index % given.count]
            }
            var path = template
            for name in inPath {
                let text = value(name)
                path = path.replacingOccurrences(of: "{\(name)}", with: text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? text)
            }
            var query = inQuery.map { name in "\(name)=\(value(name))" }
            if parameters.contains(where: { $0["name"] == JSONNode.string("perPage") }) { query.append("perPage=200") }
            return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
        }
    }
}
