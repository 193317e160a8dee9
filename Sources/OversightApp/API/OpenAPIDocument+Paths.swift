import OversightDomain

/// Every route of the API with its parameters and answers. The paths are printed from
/// `SiteURL`, so a description cannot name a path the server does not answer.
extension OpenAPIDocument {
    static let operations: [PathOperation] = [
        get(.api(.councils), "listCouncils", tag: "Councils", summary: "List councils",
            description: "Every council, in pages.", query: paging, ok: schema("CouncilPage"), badRequest: true),
        get(.api(.council(.key)), "getCouncil", tag: "Councils", summary: "Get a council",
            description: "One council.", ok: schema("Council")),
        get(.api(.people(.key)), "listPeople", tag: "Councils", summary: "List a council's people",
            description: "The council's officers and members, in pages.", query: paging, ok: schema("PersonPage"),
            badRequest: true),
        get(.api(.person(.key, .key)), "getPerson", tag: "Councils", summary: "Get a person",
            description: "One person of the council.", ok: schema("Person")),
        get(.api(.inspections(.key)), "listInspections", tag: "Councils", summary: "List a council's inspections",
            description: "The council's inspections, each with its judgements and recommendations, in pages.",
            query: paging, ok: schema("InspectionPage"), badRequest: true),
        get(.api(.inspection(.key, .key)), "getInspection", tag: "Councils", summary: "Get an inspection",
            description: "One inspection with its judgements and recommendations.", ok: schema("Inspection")),
        get(.api(.plans), "listPlans", tag: "Plans", summary: "List plans",
            description: "Every council's plans, without their priorities, in pages.", query: paging,
            ok: schema("PlanPage"), badRequest: true),
        get(.api(.plan(.key)), "getPlan", tag: "Plans", summary: "Get a plan",
            description: "One plan with its priorities and each priority's actions.", ok: schema("Plan")),
        get(.api(.actions), "listActions", tag: "Plans", summary: "List a plan's actions",
            description: "The actions of one plan, narrowed by their latest rating or status, in pages. "
                + "A plan that does not exist is 404.",
            query: [
                query("plan", uuid, "The id of the plan, as /api/v1/plans lists them.", required: true),
                query("rating", codes(Rating.self), "Only the actions whose latest rating is this."),
                query("status", codes(ActionStatus.self), "Only the actions with this status."),
            ] + paging,
            ok: schema("ActionPage"), badRequest: true, notFound: true),
        get(.api(.reports(.key)), "listReports", tag: "Reports", summary: "List a council's reports",
            description: "The council's committee reports, without their text, in pages. Anyone may ask: without a "
                + "token, or with one whose holder does not read reports, only published reports; otherwise every stage.",
            query: paging, ok: schema("ReportPage"), access: .optionalToken, badRequest: true),
        get(.api(.report(.key, .key)), "getReport", tag: "Reports", summary: "Get a report",
            description: "One report with its text and appendices as Markdown. A Part II (exempt) report has "
                + "its text only for holders of Part II access; for anyone else it is its title, its paragraph "
                + "of Schedule 12A and `exempt`. Anyone may ask for a published report; a draft is there only for "
                + "a token whose holder reads reports.",
            ok: schema("Report"), access: .optionalToken),
        get(.api(.indicators), "listIndicators", tag: "Indicators", summary: "List indicators",
            description: "Every council's indicators with their latest figure, target, rating and benchmarks, in pages.",
            query: paging, ok: schema("IndicatorPage"), badRequest: true),
        get(.api(.indicatorValues(.key)), "listIndicatorValues", tag: "Indicators", summary: "List an indicator's figures",
            description: "Every figure of the indicators with this code, one entry per council that has one, in pages. "
                + "A code no council uses is 404.",
            query: paging, ok: schema("IndicatorValuesPage"), badRequest: true),
        get(.api(.meetings(.key)), "listMeetings", tag: "Meetings", summary: "List a council's meetings",
            description: "Every meeting of the council's boards and committees, earliest first, without agendas "
                + "or minutes, in pages. Anyone may ask.",
            query: [query("body", uuid, "Only the meetings of this board or committee.")] + paging,
            ok: schema("MeetingPage"), access: .optionalToken, badRequest: true),
        get(.api(.meeting(.key, .key)), "getMeeting", tag: "Meetings", summary: "Get a meeting",
            description: "One meeting with its agenda, attendance, decisions and actions: the facts of its public page. "
                + "Anyone may ask; Part II items, and the decisions and actions under them, are present only for "
                + "a token whose holder has Part II access.",
            ok: schema("Meeting"), access: .optionalToken),
        get(.api(.decisions(.key)), "listDecisions", tag: "Meetings", summary: "List a council's decisions",
            description: "The decisions register: every decision its boards and committees have recorded, newest "
                + "meeting first, in pages. Anyone may ask. A decision on Part II business is `exempt` with its "
                + "paragraph and nothing more, unless the token's holder has Part II access.",
            query: [query("q", text, "Words that must all appear in the decision, its reasons, its alternatives, the item or the declarations."),
                    query("body", uuid, "Only the decisions of this board or committee."),
                    query("year", range(CalendarDate.acceptedYears), "Only the decisions of meetings in this year.")] + paging,
            ok: schema("DecisionRecordPage"), access: .optionalToken, badRequest: true),
        get(.api(.forwardPlan(.key)), "listForwardPlan", tag: "Meetings", summary: "List a council's forward plan of key decisions",
            description: "Every key decision whose notice is published, in order of the date of decision, in pages. Anyone may ask; "
                + "a token whose holder reads the programme also sees drafts, which have no `published` date.",
            query: paging, ok: schema("ForwardPlanPage"), access: .optionalToken, badRequest: true),
        get(.api(.risks), "listRisks", tag: "Risks", summary: "List risks",
            description: "Every council's risks with their scores, reviews and linked actions, in pages.",
            query: [query("council", uuid, "Only this council's risks.")] + paging,
            ok: schema("RiskPage"), badRequest: true),
        get(.api(.openAPI), "getDescription", tag: "Description", summary: "Describe the API",
            description: "This OpenAPI 3.1 description. Anyone may ask.",
            ok: ["type": "object", "required": ["openapi", "info", "paths", "components"]], access: .anyone),
    ]

    /// Who may call an operation.
    enum Access {
        /// Only with a token (the document's default): 401 without one, 403 without the permission.
        case token
        /// Anyone; a token shows more (Part II) to a holder who may see it.
        case optionalToken
        /// Anyone; a token changes nothing.
        case anyone
    }

    struct PathOperation: Sendable {
        var path: String
        var operation: JSON
    }

    /// A GET that answers `ok` in JSON with an ETag (every handler answers through
    /// `APIController.json`), or one of the shared errors. Any id in the path can be unknown: 404.
    static func get(_ url: SiteURL, _ id: String, tag: String, summary: String, description: String,
                    query: [JSON] = [], ok: JSON, access: Access = .token, badRequest: Bool = false,
                    notFound: Bool = false) -> PathOperation {
        let path = template(url)
        let pathParameters = placeholders(in: path).map { pathParameter($0) }
        var responses: [String: JSON] = [
            "200": [
                "description": "OK",
                "headers": ["ETag": ref("headers", "ETag"), "Cache-Control": ref("headers", "Cache-Control")],
                "content": ["application/json": ["schema": ok]],
            ],
            "304": ref("responses", "NotModified"),
        ]
        if badRequest { responses["400"] = ref("responses", "BadRequest") }
        if access == .token {
            responses["401"] = ref("responses", "Unauthorized")
            responses["403"] = ref("responses", "Forbidden")
        }
        if notFound || !pathParameters.isEmpty { responses["404"] = ref("responses", "NotFound") }
        var operation: [String: JSON] = [
            "operationId": .string(id),
            "tags": [.string(tag)],
            "summary": .string(summary),
            "description": .string(description),
            "parameters": .array(pathParameters + query + [ref("parameters", "ifNoneMatch")]),
            "responses": .object(responses),
        ]
        switch access {
        case .token: break
        // An empty requirement is "no token needed"; the second says a token is also understood.
        case .optionalToken: operation["security"] = JSON.array([JSON.object([:]), JSON.object(["bearerToken": []])])
        case .anyone: operation["security"] = JSON.array([])
        }
        return PathOperation(path: path, operation: .object(operation))
    }

    /// "/api/v1/councils/{council}" for the route "/api/v1/councils/:council".
    static func template(_ url: SiteURL) -> String {
        "/" + url.path.split(separator: "/")
            .map { segment -> String in segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment) }
            .joined(separator: "/")
    }

    static func placeholders(in template: String) -> [String] {
        template.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
    }

    /// Every path parameter is a record's id (`Request.id`: 404 when it is not a UUID) except an
    /// indicator's code, which is the council's own text.
    static func pathParameter(_ name: String) -> JSON {
        let isCode = name == SiteURL.Key.code.rawValue
        let description = isCode ? "An indicator's code, as /api/v1/indicators lists them." : "The id of the \(name)."
        return ["name": .string(name), "in": "path", "required": true, "description": .string(description),
                "schema": isCode ? text : uuid]
    }

    static func query(_ name: String, _ schema: JSON, _ description: String, required: Bool = false) -> JSON {
        ["name": .string(name), "in": "query", "required": .bool(required), "description": .string(description),
         "schema": schema]
    }

    static let paging: [JSON] = [ref("parameters", "page"), ref("parameters", "perPage")]

    static func ref(_ section: String, _ name: String) -> JSON {
        ["$ref": .string("#/components/\(section)/\(name)")]
    }

    static func schema(_ name: String) -> JSON { ref("schemas", name) }
}
