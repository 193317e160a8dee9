/// A self-assessment: what the council knows about its practice, how it knows it and what it will
/// do, area by area, written against live evidence and frozen when it is submitted.
public struct SelfAssessment: Hashable, Sendable, Codable {
    public typealias ID = Identifier<SelfAssessment>

    public var id: ID
    public var councilID: Council.ID
    public var title: String
    public var purpose: AssessmentPurpose
    public var periodFrom: CalendarDate
    public var periodTo: CalendarDate
    public var authorID: Person.ID
    public var status: AssessmentStatus
    /// The areas and questions its sections answer, fixed when it is created.
    public var structure: AssessmentStructure
    public var agreedOn: CalendarDate?
    public var submittedOn: CalendarDate?
    public var version: Int

    public init(id: ID, councilID: Council.ID, title: String, purpose: AssessmentPurpose, periodFrom: CalendarDate, periodTo: CalendarDate,
                authorID: Person.ID, status: AssessmentStatus = .draft, structure: AssessmentStructure, agreedOn: CalendarDate? = nil,
                submittedOn: CalendarDate? = nil, version: Int = 1) {
        self.id = id
        self.councilID = councilID
        self.title = title
        self.purpose = purpose
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.authorID = authorID
        self.status = status
        self.structure = structure
        self.agreedOn = agreedOn
        self.submittedOn = submittedOn
        self.version = version
    }

    /// Sections, judgements and evidence can change until it is submitted.
    public var isOpen: Bool { status != .submitted }

    /// "1 April 2016 to 31 March 2017".
    public var periodLabel: String { "\(UKDateFormat.long(periodFrom)) to \(UKDateFormat.long(periodTo))" }
}

public enum AssessmentPurpose: String, Labelled {
    case annualSelfEvaluation = "annual-self-evaluation"
    case dfeReview = "dfe-review"
    case monitoringVisit = "monitoring-visit"
    case peerReview = "peer-review"

    public var label: String {
        switch self {
        case .annualSelfEvaluation: "Annual self-evaluation for Ofsted"
        case .dfeReview: "DfE review of progress"
        case .monitoringVisit: "Ofsted monitoring visit"
        case .peerReview: "Peer review"
        }
    }
}

public enum AssessmentStatus: String, Labelled {
    case draft, agreed, submitted

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .agreed: "Agreed by the board"
        case .submitted: "Submitted"
        }
    }
}

/// The moves a self-assessment makes: agreed by the board, then submitted (and so frozen).
public enum AssessmentEvent: String, Labelled {
    case agree, submit, reopen

    public var label: String {
        switch self {
        case .agree: "Record the board's agreement"
        case .submit: "Submit and freeze"
        case .reopen: "Reopen as a draft"
        }
    }

    /// The status after the move, or nil when it cannot be made from `status`. A submitted
    /// self-assessment never moves again.
    public func apply(to status: AssessmentStatus) -> AssessmentStatus? {
        switch (self, status) {
        case (.agree, .draft): .agreed
        case (.submit, .draft), (.submit, .agreed): .submitted
        case (.reopen, .agreed): .draft
        default: nil
        }
    }
}

/// The areas a self-assessment covers and the questions it answers in each: by default Ofsted's
/// three questions for each judgement area; any other structure can be given as data.
public struct AssessmentStructure: Hashable, Sendable, Codable {
    public var areas: [String]
    public var questions: [String]

    public init(areas: [String], questions: [String]) {
        self.areas = areas
        self.questions = questions
    }

    public static let ofstedQuestions = [
        "What do we know about the quality and impact of social work practice?",
        "How do we know it?",
        "What are our plans to maintain or improve it?",
    ]

    /// The areas of the 2013 to 2017 single inspection framework, each with the three questions.
    public static let ofsted = AssessmentStructure(
        areas: [JudgementArea.sifHelpAndProtection, .sifLookedAfter, .sifAdoption, .sifCareLeavers, .sifLeadership].map(\.label),
        questions: ofstedQuestions)

    /// Typed one a line, blank lines ignored; problems worded for the form.
    public static func parse(areas: String, questions: String) -> Result<AssessmentStructure, AssessmentStructureProblem> {
        func lines(_ text: String) -> [String] {
            text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        }
        let areaList = lines(areas), questionList = lines(questions)
        guard !areaList.isEmpty else { return .failure(.noAreas) }
        guard !questionList.isEmpty else { return .failure(.noQuestions) }
        guard areaList.count <= 20, questionList.count <= 10 else { return .failure(.tooMany) }
        if let repeated = areaList.first(where: { area in areaList.filter { $0 == area }.count > 1 }) {
            return .failure(.repeatedArea(repeated))
        }
        return .success(AssessmentStructure(areas: areaList, questions: questionList))
    }
}

public enum AssessmentStructureProblem: Error, Equatable, Sendable {
    case noAreas, noQuestions, tooMany
    case repeatedArea(String)

    public var message: String {
        switch self {
        case .noAreas: "Enter the areas the self-assessment covers, one a line"
        case .noQuestions: "Enter the questions each area answers, one a line"
        case .tooMany: "A self-assessment can have up to 20 areas and 10 questions"
        case let .repeatedArea(area): "Each area must be named once: \(area) is there twice"
        }
    }
}

/// One answer: an area's answer to one question, in Markdown.
public struct AssessmentSection: Hashable, Sendable, Codable {
    public typealias ID = Identifier<AssessmentSection>

    public var id: ID
    public var assessmentID: SelfAssessment.ID
    public var area: Int
    public var question: Int
    public var text: String
    public var version: Int

    public init(id: ID, assessmentID: SelfAssessment.ID, area: Int, question: Int, text: String = "", version: Int = 1) {
        self.id = id
        self.assessmentID = assessmentID
        self.area = area
        self.question = question
        self.text = text
        self.version = version
    }
}

/// The council's own grade for an area, with its reasons.
public struct AreaJudgement: Hashable, Sendable, Codable {
    public var assessmentID: SelfAssessment.ID
    public var area: Int
    public var grade: Grade
    public var reasons: String

    public init(assessmentID: SelfAssessment.ID, area: Int, grade: Grade, reasons: String) {
        self.assessmentID = assessmentID
        self.area = area
        self.grade = grade
        self.reasons = reasons
    }
}

/// What a section cites: something in Oversight, by kind and id.
public struct EvidenceLink: Hashable, Sendable, Codable {
    public typealias ID = Identifier<EvidenceLink>

    public enum Kind: String, Labelled {
        case indicator, planAction = "plan-action", risk, decision, auditRound = "audit-round", document

        public var label: String {
            switch self {
            case .indicator: "Indicator"
            case .planAction: "Plan action"
            case .risk: "Risk"
            case .decision: "Board decision"
            case .auditRound: "Practice audit"
            case .document: "Uploaded document"
            }
        }
    }

    public var id: ID
    public var sectionID: AssessmentSection.ID
    public var kind: Kind
    public var targetID: UUIDText
    public var note: String?

    public init(id: ID, sectionID: AssessmentSection.ID, kind: Kind, targetID: UUIDText, note: String? = nil) {
        self.id = id
        self.sectionID = sectionID
        self.kind = kind
        self.targetID = targetID
        self.note = note
    }
}

/// An id of any kind of record, as text, for links that point at different tables.
public typealias UUIDText = String

public enum AssessmentError: Error, Equatable, Sendable {
    case moveRefused(AssessmentEvent, from: AssessmentStatus)
    case submittedAlready(CalendarDate?)
    case evidenceMissing(String)
    case evidenceExempt(String)
    case brokenEvidence([String])
    case documentRefused(String)

    public var message: String {
        switch self {
        case let .moveRefused(event, from): "\(event.label) is not possible while the self-assessment is \(from.label.lowercased())"
        case let .submittedAlready(on):
            "The self-assessment was submitted" + (on.map { " on \(UKDateFormat.long($0))" } ?? "") + " and is frozen: nothing in it can change"
        case let .evidenceMissing(what): "\(what) is not in Oversight any more: choose evidence that exists"
        case let .evidenceExempt(what): "\(what) is exempt (Part II) and cannot be cited in a self-assessment, which is published"
        case let .documentRefused(message): message
        case let .brokenEvidence(items): "Some evidence is no longer in Oversight: \(items.joined(separator: "; ")). Remove it before submitting"
        }
    }
}
