import OversightDomain

/// One schema per DTO in this folder, property for property. Optional properties are the DTO's
/// optionals: left out of the JSON when they have no value.
extension OpenAPIDocument {
    static let objectSchemas: [(String, JSON)] = [
        ("Council", council), ("Person", person), ("Judgement", judgement), ("Recommendation", recommendation),
        ("Inspection", inspection),
        ("PlanSummary", object(planFields, optional: planOptional, description: "A plan, as lists show it: no priorities.")),
        ("Plan", object(planFields + [("priorities", list(of: schema("Priority")))], optional: planOptional,
                        description: "A plan with its priorities, and their actions.")),
        ("Priority", priority), ("Action", action),
        ("ReportSummary", object(reportFields, description: "A report, as lists show it: no text.")),
        ("Report", report), ("Indicator", indicator), ("IndicatorValue", indicatorValue),
        ("IndicatorValues", indicatorValues),
        ("MeetingSummary", object(meetingFields, optional: meetingOptional,
                                  description: "A meeting, as lists show it: no agenda or minutes.")),
        ("Meeting", meeting), ("MeetingBody", meetingBody), ("AgendaItem", agendaItem), ("Attendance", attendance),
        ("Decision", decision), ("Votes", votes), ("MeetingAction", meetingAction), ("DecisionRecord", decisionRecord),
        ("ForwardPlanEntry", forwardPlanEntry), ("KeyDecisionRoute", keyDecisionRoute), ("PrivateMeetingNotice", privateMeetingNotice),
        ("Risk", risk), ("RiskScore", riskScore), ("RiskReview", riskReview),
        ("Error", object([("error", text), ("status", statusText), ("requestId", text)],
                         description: "What went wrong, and the request's id to quote when asking for help.")),
        ("AuthenticationError", object([("error", text), ("status", statusText)], description: "Why a token is needed.")),
    ]

    static let statusText = pattern("^[0-9]{3}$", "The HTTP status code, as text.")

    // MARK: Councils

    static let council = object([
        ("id", uuid), ("name", text), ("kind", schema("CouncilKind")), ("areaLabel", schema("AreaLabel")),
        ("areas", list(of: text)),
        ("financialYearStart", pattern("^--[0-9]{2}-[0-9]{2}$", "The day each financial year starts, as --MM-DD: ISO 8601's form for a day that recurs every year.")),
        ("version", integer),
    ], description: "A council.")

    static let person = object([
        ("id", uuid), ("name", text), ("jobTitle", text), ("telephone", text), ("email", text), ("version", integer),
    ], optional: ["jobTitle", "telephone", "email"], description: "A person of a council: an officer or a member.")

    static let judgement = object([
        ("id", uuid), ("body", text), ("area", schema("JudgementArea")), ("grade", schema("Grade")),
    ], description: "A grade an inspection gave one body for one area.")

    static let recommendation = object([
        ("id", uuid), ("number", integer), ("text", text), ("area", schema("JudgementArea")), ("priorityAction", boolean),
    ], optional: ["area"], description: "A recommendation of an inspection.")

    static let inspection = object([
        ("id", uuid), ("title", text), ("kind", schema("InspectionKind")), ("inspectorate", text),
        ("framework", schema("Framework")), ("startDate", date), ("endDate", date), ("publishedDate", date),
        ("reportURL", text), ("judgements", list(of: schema("Judgement"))),
        ("recommendations", list(of: schema("Recommendation"))), ("version", integer),
    ], optional: ["endDate", "publishedDate", "reportURL"], description: "An inspection with its judgements and recommendations.")

    // MARK: Plans

    static let planFields: [(String, JSON)] = [
        ("id", uuid), ("councilId", uuid), ("title", text), ("kind", schema("PlanKind")), ("status", schema("PlanStatus")),
        ("inspectionId", uuid), ("startDate", date), ("endDate", date), ("predecessorId", uuid),
        ("alsoAnswersInspectionIds", list(of: uuid)),
    ]
    static let planOptional: Set<String> = ["inspectionId", "endDate", "predecessorId"]

    static let priority = object([
        ("id", uuid), ("number", integer), ("title", text), ("outcome", text), ("actions", list(of: schema("Action"))),
    ], optional: ["outcome"], description: "A priority of a plan, with its actions.")

    static let action = object([
        ("id", uuid), ("planId", uuid), ("reference", text), ("what", text), ("lead", text), ("dueDate", date),
        ("revisedDueDate", date), ("revisionCount", count), ("status", schema("ActionStatus")),
        ("latestRating", schema("Rating")), ("exceptions", list(of: codes(ActionException.self))),
        ("recommendationIds", list(of: uuid)), ("withdrawalReason", text), ("carriedFromId", uuid),
    ], optional: ["lead", "revisedDueDate", "latestRating", "withdrawalReason", "carriedFromId"],
    description: "An action of a plan: `lead` is the lead officer's name, `exceptions` why it needs the board's attention.")

    // MARK: Reports

    static let reportFields: [(String, JSON)] = [
        ("id", uuid), ("title", text), ("body", schema("MeetingBody")), ("meetingDate", date),
        ("part", schema("ReportPart")), ("status", schema("ReportStatus")), ("exempt", boolean),
    ]

    static let report = object(reportFields + [
        ("exemptionParagraph", paragraph),
        ("markdown", ["type": "string", "description": "The report and its appendices as Markdown; absent when exempt for the caller."]),
    ], optional: ["exemptionParagraph", "markdown"], description: "A report, with its text for those who may read it.")

    /// The paragraphs of Schedule 12A to the Local Government Act 1972 under which an item is exempt.
    static let paragraph: JSON = {
        let paragraphs = Schedule12A.allCases.map { $0.rawValue }
        return range((paragraphs.min() ?? 1)...(paragraphs.max() ?? 1))
    }()

    // MARK: Indicators

    static let indicator = object([
        ("id", uuid), ("councilId", uuid), ("code", text), ("title", text), ("theme", text),
        ("unit", schema("IndicatorUnit")), ("polarity", schema("Polarity")), ("frequency", schema("Frequency")),
        ("latest", schema("IndicatorValue")), ("target", number), ("rating", schema("RAG")),
        ("sincePrevious", schema("Direction")), ("sinceYearBefore", schema("Direction")),
        ("england", number), ("neighbours", number),
    ], optional: ["latest", "target", "rating", "sincePrevious", "sinceYearBefore", "england", "neighbours"],
    description: "An indicator with where it stands: its latest figure, target, rating, direction and benchmarks.")

    static let indicatorValue = object([
        ("period", pattern("^[0-9]{4}-(Q[1-4]|[0-9]{2})$", "A month (2017-10), a quarter of the financial year (2017-Q1) or a financial year (2017-18).")),
        ("numerator", number), ("denominator", number), ("value", number), ("status", codes(ValueStatus.self)),
        ("comment", text),
    ], optional: ["numerator", "denominator", "comment"], description: "One figure of an indicator.")

    static let indicatorValues = object([
        ("councilId", uuid), ("code", text), ("values", list(of: schema("IndicatorValue"))),
    ], description: "The figures of one council's indicator with the code asked for.")

    // MARK: Meetings

    static let meetingFields: [(String, JSON)] = [
        ("id", uuid), ("body", schema("MeetingBody")), ("date", date),
        ("time", pattern("^[0-9]{2}:[0-9]{2}$", "The time it starts, on the 24-hour clock in London.")),
        ("place", text), ("status", schema("MeetingStatus")), ("agendaPublishedOn", date), ("papersDueBy", date),
        ("cancelReason", text),
        ("minutesApprovedAt", ["type": "string", "format": "uuid", "description": "The id of the meeting that approved these minutes."]),
    ]
    static let meetingOptional: Set<String> = ["agendaPublishedOn", "cancelReason", "minutesApprovedAt"]

    static let meeting = object(meetingFields + [
        ("agenda", list(of: schema("AgendaItem"))), ("attendance", list(of: schema("Attendance"))),
        ("decisions", list(of: schema("Decision"))), ("actions", list(of: schema("MeetingAction"))),
    ], optional: meetingOptional, description: "A meeting with its agenda and, once held, its minutes.")

    static let meetingBody = object([("id", uuid), ("name", text), ("kind", schema("BodyKind"))],
                                    description: "The board or committee that meets.")

    static let agendaItem = object([
        ("id", uuid), ("number", integer), ("title", text), ("part", schema("ReportPart")),
        ("exemptionParagraph", paragraph), ("reportID", uuid), ("papers", list(of: text)),
        ("minute", ["type": "string", "description": "The minute of the discussion in Markdown, once written."]),
    ], optional: ["exemptionParagraph", "reportID", "minute"], description: "An item of business.")

    static let attendance = object([("personID", uuid), ("name", text), ("status", schema("AttendanceStatus"))],
                                   description: "Whether a member came.")

    static let decision = object([
        ("number", pattern("^[0-9]+\\.[0-9]+$", "The item's number and the decision's: 5.1 is item 5's first decision.")),
        ("itemID", uuid), ("text", text), ("reasons", text), ("alternatives", text), ("votes", schema("Votes")),
    ], optional: ["alternatives", "votes"], description: "A decision, with its reasons.")

    static let decisionRecord = object([
        ("number", pattern("^[0-9]+\\.[0-9]+$", "The item's number and the decision's: 5.1 is item 5's first decision.")),
        ("date", date), ("meetingId", uuid), ("body", schema("MeetingBody")), ("exempt", boolean),
        ("exemptionParagraph", paragraph), ("item", text), ("text", text), ("reasons", text), ("alternatives", text),
        ("votes", schema("Votes")), ("declarations", list(of: text)),
    ], optional: ["exemptionParagraph", "item", "text", "reasons", "alternatives", "votes", "declarations"],
       description: "A decision in the register. An exempt one is its number, date, meeting, body and paragraph alone.")

    static let forwardPlanEntry = object([
        ("id", uuid), ("reference", text), ("matter", text), ("summary", text), ("decisionMaker", schema("MeetingBody")),
        ("decisionDate", date), ("documents", list(of: text)),
        ("report", object([("id", uuid), ("title", text)], description: "The report asking for the decision.")),
        ("contact", text), ("published", date), ("route", schema("KeyDecisionRoute")),
        ("privateMeeting", schema("PrivateMeetingNotice")), ("withdrawn", text),
    ], optional: ["decisionMaker", "report", "published", "privateMeeting", "withdrawn"],
       description: "A key decision in the forward plan. `published` is absent only from a draft, which only staff see.")

    static let keyDecisionRoute = object([
        ("code", ["type": "string", "enum": ["notice", "general-exception", "special-urgency"]]), ("label", text),
        ("reason", text), ("chair", text), ("date", date),
    ], optional: ["reason", "chair", "date"],
       description: "How notice was given: regulation 9 (notice), 10 (general exception: the chair informed on `date`) "
           + "or 11 (special urgency: the chair agreed on `date`), with the reason.")

    static let privateMeetingNotice = object([
        ("exemptionParagraph", paragraph), ("reasons", text), ("noticeOfIntention", date), ("representations", text),
        ("response", text), ("furtherNotice", date),
    ], optional: ["noticeOfIntention", "furtherNotice"],
       description: "Regulation 5's notices of a decision to be taken in private.")

    static let votes = object([("inFavour", count), ("against", count), ("abstained", count)],
                              description: "How a vote went.")

    static let meetingAction = object([
        ("id", uuid), ("reference", text), ("what", text), ("owner", text), ("due", date), ("closedOn", date),
    ], optional: ["closedOn"], description: "An action the meeting raised.")

    // MARK: Risks

    static let risk = object([
        ("id", uuid), ("councilId", uuid), ("reference", text), ("title", text), ("cause", text), ("event", text),
        ("consequence", text), ("category", schema("RiskCategory")), ("status", schema("RiskStatus")), ("owner", text),
        ("raisedOn", date), ("inherent", schema("RiskScore")), ("current", schema("RiskScore")),
        ("target", schema("RiskScore")), ("targetReason", text), ("proximity", schema("RiskProximity")),
        ("reviewFrequency", schema("ReviewFrequency")), ("lastReviewedOn", date), ("nextReviewDue", date),
        ("reviewOverdue", boolean), ("movement", ["type": "string", "enum": .array(movements.map { JSON.string($0) })]),
        ("planActions", list(of: text)), ("boardActions", list(of: text)), ("actionsNeedingAttention", list(of: text)),
        ("reviews", list(of: schema("RiskReview"))),
    ], optional: ["targetReason", "lastReviewedOn"],
    description: "A risk with its three scores, its reviews and the references of the actions that treat it.")

    /// `RiskMovement` is not `CaseIterable`: the switch stops the build when a case is added and not listed.
    static let movements: [String] = [RiskMovement.up, .down, .same, .new].map { (movement: RiskMovement) -> String in
        switch movement {
        case .up, .down, .same, .new: return movement.rawValue
        }
    }

    static let riskScore: JSON = {
        let levels = RiskScore.levels
        return object([
            ("likelihood", range(levels)), ("impact", range(levels)),
            ("score", range((levels.lowerBound * levels.lowerBound)...(levels.upperBound * levels.upperBound))),
            ("band", ["type": "string", "description": "The name of the council's rating band the score falls in."]),
        ], description: "A place on the council's grid: likelihood times impact.")
    }()

    static let riskReview = object([
        ("date", date), ("current", schema("RiskScore")), ("target", schema("RiskScore")), ("commentary", text),
        ("reviewer", text),
    ], description: "A review of a risk and the scores it left.")
}
