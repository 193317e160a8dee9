/// A report's life: drafted, cleared by a senior leader, published for the meeting, and perhaps
/// superseded by a corrected report. Only a draft is edited; published text is never changed.
public enum ReportStatus: String, Labelled {
    case draft, cleared, published, superseded

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .cleared: "Cleared"
        case .published: "Published"
        case .superseded: "Superseded"
        }
    }

    public var isEditable: Bool { self == .draft }
    /// Published, or published once and since corrected: what the public may read.
    public var wasPublished: Bool { self == .published || self == .superseded }
}

public enum ReportEvent: String, Labelled {
    case clear
    case returnToDraft = "return-to-draft"
    case publish
    case supersede

    public var label: String {
        switch self {
        case .clear: "Clear for publication"
        case .returnToDraft: "Return to draft"
        case .publish: "Publish"
        case .supersede: "Superseded by a correction"
        }
    }

    /// The state after the event, or nil when the event cannot happen from `status`.
    public func apply(to status: ReportStatus) -> ReportStatus? {
        switch (self, status) {
        case (.clear, .draft): .cleared
        case (.returnToDraft, .cleared): .draft
        case (.publish, .cleared): .published
        case (.supersede, .published): .superseded
        default: nil
        }
    }
}

public enum ReportError: Error, Equatable {
    case transitionRefused(event: ReportEvent, from: ReportStatus)
    case notReady([String])
    case lateWithoutReason
}
