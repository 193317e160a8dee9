import OversightDomain
import Vapor

/// The OpenAPI 3.1 description of the JSON API, served to anyone at /api/v1/openapi.json.
/// Paths come from `SiteURL` and codes from the domain's own enums, so neither can drift;
/// `OpenAPITests` calls every path and checks each answer against the schemas here, so a DTO
/// changed without its schema fails the tests.
enum OpenAPIDocument {
    @Sendable static func serve(req: Request) async throws -> Response {
        // The same headers and ETag as every other answer of the API.
        try APIController.json(document, req)
    }

    static let document: JSON = [
        "openapi": "3.1.0",
        "info": [
            "title": "Oversight API",
            "version": "1.0.0",
            "description": .string(introduction),
        ],
        "servers": [["url": "/"]],
        // Every operation needs a token unless it says otherwise.
        "security": [["bearerToken": []]],
        "tags": .array(tags.map { tag -> JSON in ["name": .string(tag.0), "description": .string(tag.1)] }),
        "paths": paths,
        "components": components,
    ]

    static let introduction = """
        Read-only access to Oversight's councils, inspections, improvement plans, committee reports, \
        performance indicators, meetings and risks. Every request except those for meetings and for this \
        description needs an API token, made on the Tokens page (\(SiteURL.tokens.path)) and sent as \
        `Authorization: Bearer <token>`; the API never honours a browser's session cookie. A token sees \
        what its holder sees: exempt (Part II) material only when they may read it.

        Lists come in pages: `page` counts from 1, and `perPage` is 50 unless you ask for anything up to \
        \(APIController.maxPerPage). Every answer carries an ETag: send it back as `If-None-Match` and an \
        unchanged answer is 304 Not Modified with no body, so polling for changes costs little.

        Errors are JSON with the reason in `error`, the HTTP status as text in `status` and, for every \
        error but 401, the request's id in `requestId` to quote when asking for help. Ids are UUIDs; an id \
        that is not one is as unknown as a missing record, so the answer is 404.
        """

    static let tags: [(String, String)] = [
        ("Councils", "Councils, their people and their inspections."),
        ("Plans", "Improvement plans, their priorities and their actions."),
        ("Reports", "Committee reports."),
        ("Indicators", "Performance indicators and their figures."),
        ("Meetings", "Meetings of boards and committees, which anyone may read."),
        ("Risks", "Risk registers."),
        ("Description", "This description of the API."),
    ]

    static var paths: JSON {
        var paths: [String: JSON] = [:]
        // Every route is a single GET; the first description of a path wins.
        for operation in operations where paths[operation.path] == nil {
            paths[operation.path] = JSON.object(["get": operation.operation])
        }
        return .object(paths)
    }

    /// A JSON value written with literals. Objects encode their keys sorted (`APIController.json`
    /// sets `.sortedKeys`), so the document and its ETag are the same on every start.
    enum JSON: Encodable, Sendable, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral,
        ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
    {
        case string(String)
        case int(Int)
        case bool(Bool)
        case array([JSON])
        case object([String: JSON])

        init(stringLiteral value: String) { self = .string(value) }
        init(integerLiteral value: Int) { self = .int(value) }
        init(booleanLiteral value: Bool) { self = .bool(value) }
        init(arrayLiteral elements: JSON...) { self = .array(elements) }

        init(dictionaryLiteral elements: (String, JSON)...) {
            self = .object(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
        }

        /// An object's member name. (Not `Key`: that would be taken for the dictionary literal's key type.)
        private struct Name: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { return nil }
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case let .string(value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case let .int(value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case let .bool(value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case let .array(values):
                var container = encoder.unkeyedContainer()
                for value in values { try container.encode(value) }
            case let .object(members):
                var container = encoder.container(keyedBy: Name.self)
                for (key, value) in members { try container.encode(value, forKey: Name(stringValue: key)) }
            }
        }
    }
}
