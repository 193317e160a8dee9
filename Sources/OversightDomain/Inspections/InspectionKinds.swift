public enum InspectionKind: String, Labelled {
    case fullInspection = "full-inspection"
    case focusedVisit = "focused-visit"
    case monitoringVisit = "monitoring-visit"
    case jointTargetedAreaInspection = "jtai"
    case dfeReview = "dfe-review"
    case peerReview = "peer-review"

    public var label: String {
        switch self {
        case .fullInspection: "Full inspection"
        case .focusedVisit: "Focused visit"
        case .monitoringVisit: "Monitoring visit"
        case .jointTargetedAreaInspection: "Joint targeted area inspection (JTAI)"
        case .dfeReview: "DfE review of progress"
        case .peerReview: "Peer review"
        }
    }

    /// Focused visits and monitoring visits end in a letter without grades.
    public var isUsuallyGraded: Bool { self == .fullInspection }
}

/// The inspection framework, which decides the judgement areas that can be graded.
public enum Framework: String, Labelled {
    case sif = "sif-2013"
    case ilacs = "ilacs-2018"
    case other

    public var label: String {
        switch self {
        case .sif: "Single inspection framework (SIF), 2013 to 2017"
        case .ilacs: "Inspecting local authority children's services (ILACS), 2018 onwards"
        case .other: "Other"
        }
    }

    public var shortLabel: String {
        switch self {
        case .sif: "SIF 2013-17"
        case .ilacs: "ILACS 2018+"
        case .other: "Other"
        }
    }

    /// The areas this framework grades, in the order an inspection report gives them.
    public var judgementAreas: [JudgementArea] {
        switch self {
        case .sif:
            [.overallEffectiveness, .sifHelpAndProtection, .sifLookedAfter, .sifAdoption,
             .sifCareLeavers, .sifLeadership, .lscbEffectiveness]
        case .ilacs:
            [.overallEffectiveness, .ilacsHelpAndProtection, .ilacsChildrenInCare,
             .ilacsCareLeavers, .ilacsLeaders]
        case .other:
            JudgementArea.allCases
        }
    }
}

/// A grade given for one judgement area. `notGraded` records an area that was looked at
/// without a grade, as in a focused visit; an overall grade is never assumed.
public enum Grade: String, Labelled {
    case outstanding
    case good
    case requiresImprovement = "requires-improvement"
    case inadequate
    case notGraded = "not-graded"

    public var label: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires improvement to be good"
        case .inadequate: "Inadequate"
        case .notGraded: "Not graded"
        }
    }
}

public enum JudgementArea: String, Labelled {
    case overallEffectiveness = "overall-effectiveness"
    case sifHelpAndProtection = "sif-help-and-protection"
    case sifLookedAfter = "sif-looked-after"
    case sifAdoption = "sif-adoption"
    case sifCareLeavers = "sif-care-leavers"
    case sifLeadership = "sif-leadership"
    case lscbEffectiveness = "lscb-effectiveness"
    case ilacsHelpAndProtection = "ilacs-help-and-protection"
    case ilacsChildrenInCare = "ilacs-children-in-care"
    case ilacsCareLeavers = "ilacs-care-leavers"
    case ilacsLeaders = "ilacs-leaders"

    public var label: String {
        switch self {
        case .overallEffectiveness: "Overall effectiveness"
        case .sifHelpAndProtection: "Children who need help and protection"
        case .sifLookedAfter: "Children looked after and achieving permanence"
        case .sifAdoption: "Adoption performance"
        case .sifCareLeavers: "Experiences and progress of care leavers"
        case .sifLeadership: "Leadership, management and governance"
        case .lscbEffectiveness: "Effectiveness of the Local Safeguarding Children Board"
        case .ilacsHelpAndProtection: "The experiences and progress of children who need help and protection"
        case .ilacsChildrenInCare: "The experiences and progress of children in care"
        case .ilacsCareLeavers: "The experiences and progress of care leavers"
        case .ilacsLeaders: "The impact of leaders on social work practice with children and families"
        }
    }
}
