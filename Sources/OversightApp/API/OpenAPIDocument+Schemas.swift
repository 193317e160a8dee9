import OversightDomain

/// The shared parts of the description: parameters, headers, error answers, and the helpers the
/// schemas in `OpenAPIDocument+Models.swift` are written with.
extension OpenAPIDocument {
    static let components: JSON = [
        "schemas": .object(Dictionary(codedSchemas + objectSchemas + pageSchemas, uniquingKeysWith: { first, _ in first })),
        "parameters": parameters,
        "headers": headers,
        "responses": responses,
        "securitySchemes": ["bearerToken": bearerToken],
    ]

    static let parameters: JSON = [
        "page": query("page", ["type": "integer", "minimum": 1, "maximum": .int(QueryParameter.maxPage), "default": 1],
                      "The page of the list, counting from 1."),
        "perPage": query("perPage", ["type": "integer", "minimum": 1, "maximum": .int(APIController.maxPerPage), "default": 50],
                         "How many items a page holds."),
        "ifNoneMatch": [
            "name": "If-None-Match", "in": "header", "required": false, "schema": text,
            "description": "The ETag of an answer you hold: while it is still the answer, the reply is 304 with no body.",
        ],
    ]

    static let headers: JSON = [
        "ETag": ["schema": text, "description": "Names this answer; send it back as If-None-Match."],
        "Cache-Control": ["schema": text, "description": "`private, no-cache`: kept only by the client that asked, and checked each time."],
        "WWW-Authenticate": ["schema": text, "description": "`Bearer realm=\"oversight\"`."],
    ]

    static let responses: JSON = [
        "NotModified": [
            "description": "Not Modified: the answer is still the one whose ETag was sent. No body.",
            "headers": ["ETag": ref("headers", "ETag")],
        ],
        "BadRequest": error("Bad Request: a parameter is not one the operation takes; `error` names it and what it takes."),
        // Written by `RequireSignIn` itself, without the `requestId` of the other errors.
        "Unauthorized": [
            "description": "Unauthorized: no token, or one that is unknown or revoked.",
            "headers": ["WWW-Authenticate": ref("headers", "WWW-Authenticate")],
            "content": ["application/json": ["schema": schema("AuthenticationError")]],
        ],
        "Forbidden": error("Forbidden: the token's holder may not read this."),
        "NotFound": error("Not Found: no such record, or an id that is not a UUID."),
    ]

    static let bearerToken: JSON = [
        "type": "http",
        "scheme": "bearer",
        "description": .string("An API token from the Tokens page (\(SiteURL.tokens.path)), sent as `Authorization: Bearer <token>`."),
    ]

    static func error(_ description: String) -> JSON {
        ["description": .string(description), "content": ["application/json": ["schema": schema("Error")]]]
    }

    // MARK: Building blocks

    static let text: JSON = ["type": "string"]
    static let uuid: JSON = ["type": "string", "format": "uuid"]
    static let date: JSON = ["type": "string", "format": "date"]
    static let integer: JSON = ["type": "integer"]
    static let count: JSON = ["type": "integer", "minimum": 0]
    static let number: JSON = ["type": "number"]
    static let boolean: JSON = ["type": "boolean"]

    static func list(of items: JSON) -> JSON { ["type": "array", "items": items] }

    static func range(_ range: ClosedRange<Int>) -> JSON {
        ["type": "integer", "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound)]
    }

    static func pattern(_ pattern: String, _ description: String) -> JSON {
        ["type": "string", "pattern": .string(pattern), "description": .string(description)]
    }

    /// A string that is one of a fixed set of codes, listed from the Swift enum itself.
    static func codes<T: CaseIterable & RawRepresentable>(_: T.Type) -> JSON where T.RawValue == String {
        ["type": "string", "enum": .array(T.allCases.map { JSON.string($0.rawValue) })]
    }

    /// `CodeAndLabel` for one enum: the code is fixed; the label is words for people and may be reworded.
    static func coded<T: Labelled>(_ name: String, _: T.Type) -> (String, JSON) {
        (name, object([("code", codes(T.self)), ("label", text)], description: "A fixed code, and its label in words."))
    }

    /// A closed object: every property not named in `optional` is always present, and there is no
    /// other. The DTOs leave an optional property out when it has no value (never `null`).
    static func object(_ properties: [(String, JSON)], optional: Set<String> = [], description: String) -> JSON {
        [
            "type": "object",
            "description": .string(description),
            "properties": .object(Dictionary(properties, uniquingKeysWith: { first, _ in first })),
            "required": .array(properties.map { $0.0 }.filter { !optional.contains($0) }.map { JSON.string($0) }),
            "additionalProperties": false,
        ]
    }

    /// `ListPage`: one page of a list, and what a client needs to fetch the rest.
    static func page(of item: String) -> JSON {
        object([("items", list(of: schema(item))), ("page", range(1...QueryParameter.maxPage)),
                ("perPage", range(1...APIController.maxPerPage)), ("total", count)],
               description: "A page of a list of `total` items in all.")
    }

    static let pageSchemas: [(String, JSON)] = [
        ("CouncilPage", page(of: "Council")), ("PersonPage", page(of: "Person")),
        ("InspectionPage", page(of: "Inspection")), ("PlanPage", page(of: "PlanSummary")),
        ("ActionPage", page(of: "Action")), ("ReportPage", page(of: "ReportSummary")),
        ("IndicatorPage", page(of: "Indicator")), ("IndicatorValuesPage", page(of: "IndicatorValues")),
        ("MeetingPage", page(of: "MeetingSummary")), ("DecisionRecordPage", page(of: "DecisionRecord")),
        ("ForwardPlanPage", page(of: "ForwardPlanEntry")), ("RiskPage", page(of: "Risk")),
    ]

    static let codedSchemas: [(String, JSON)] = [
        coded("CouncilKind", CouncilKind.self), coded("AreaLabel", AreaLabel.self),
        coded("InspectionKind", InspectionKind.self), coded("Framework", Framework.self),
        coded("JudgementArea", JudgementArea.self), coded("Grade", Grade.self),
        coded("PlanKind", PlanKind.self), coded("PlanStatus", PlanStatus.self),
        coded("ActionStatus", ActionStatus.self), coded("Rating", Rating.self),
        coded("ReportPart", ReportPart.self),
        coded("ReportStatus", ReportStatus.self), coded("IndicatorUnit", IndicatorUnit.self),
        coded("Polarity", Polarity.self), coded("Frequency", Frequency.self), coded("RAG", RAG.self),
        coded("Direction", Direction.self), coded("MeetingStatus", MeetingStatus.self),
        coded("BodyKind", BodyKind.self), coded("AttendanceStatus", AttendanceStatus.self),
        coded("RiskCategory", RiskCategory.self), coded("RiskStatus", RiskStatus.self),
        coded("RiskProximity", RiskProximity.self), coded("ReviewFrequency", ReviewFrequency.self),
    ]
}
