/// The deadlines of a forward plan entry, each counted in clear days: every day counts, weekends
/// and bank holidays too, but neither the day the notice is given nor the day of the decision
/// (`PublicationRules.clearDaysBefore`). A decision on Thursday 12 October 2017 needs its notice by
/// Wednesday 13 September 2017 (28 clear days) and a general exception notice by Friday 6 October
/// 2017 (5 clear days).
public struct ForwardPlanDeadline: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case keyDecisionNotice, generalException, specialUrgency, urgencyNotice, privateFirstNotice, privateFinalNotice
    }

    public var kind: Kind
    /// What must happen, as democratic services would put it.
    public var what: String
    /// The regulation that asks for it.
    public var regulation: String
    /// The last day it may happen; nil where the law says "as soon as reasonably practicable".
    public var due: CalendarDate?
    /// The day it happened, when it has.
    public var done: CalendarDate?

    public enum State: Hashable, Sendable {
        /// Done on time.
        case met(CalendarDate)
        /// Done, but after the day it was due.
        case late(CalendarDate, daysLate: Int)
        /// Not done and still possible; `warning` once it is near.
        case due(daysLeft: Int, warning: Bool)
        /// Not done, and the day has passed.
        case missed(daysAgo: Int)
        /// Not done, with no fixed day.
        case waiting
    }

    /// Days before a deadline when democratic services are warned.
    public static let warningDays = 7

    public func state(today: CalendarDate) -> State {
        if let done {
            guard let due, done > due else { return .met(done) }
            return .late(done, daysLate: done.dayNumber - due.dayNumber)
        }
        guard let due else { return .waiting }
        let left = due.dayNumber - today.dayNumber
        return left < 0 ? .missed(daysAgo: -left) : .due(daysLeft: left, warning: left <= Self.warningDays)
    }

    /// Whether democratic services need to act on it: near, missed, or waiting for an urgency notice.
    public func needsAttention(today: CalendarDate) -> Bool {
        switch state(today: today) {
        case .met, .late: false
        case let .due(_, warning): warning
        case .missed, .waiting: true
        }
    }
}

extension PublicationRules {
    /// A general exception notice must be out 5 clear days before the decision.
    public static let generalExceptionClearDays = 5
    /// Regulation 5's further notice of a private meeting: 5 clear days before it.
    public static let privateFinalClearDays = 5

    /// The last day a notice can be given with `days` clear days before `date`.
    public func clearDaysBefore(_ date: CalendarDate, _ days: Int) -> CalendarDate {
        date.adding(days: -(days + 1))
    }

    /// How many clear days lie between a notice given on `notice` and `date`.
    public func clearDays(from notice: CalendarDate, to date: CalendarDate) -> Int {
        max(0, date.dayNumber - notice.dayNumber - 1)
    }

    /// Every deadline of `entry`, in the order they fall. A withdrawn entry has none.
    public func deadlines(of entry: ForwardPlanEntry) -> [ForwardPlanDeadline] {
        guard entry.withdrawn == nil else { return [] }
        let decision = entry.decisionDate
        var list: [ForwardPlanDeadline] = []
        switch entry.route {
        case .notice:
            list.append(.init(kind: .keyDecisionNotice, what: "Publish the key decision in the forward plan (28 clear days)",
                              regulation: "Regulation 9", due: clearDaysBefore(decision, keyDecisionClearDays), done: entry.published))
        case let .generalException(exception):
            // Both must have happened: the chair told in writing and the notice made public.
            let done = entry.published.map { max($0, exception.informedOn) }
            list.append(.init(kind: .generalException,
                              what: "Tell the scrutiny chair in writing and publish the general exception notice (5 clear days)",
                              regulation: "Regulation 10", due: clearDaysBefore(decision, Self.generalExceptionClearDays), done: done))
        case let .specialUrgency(urgency):
            list.append(.init(kind: .specialUrgency, what: "Record the scrutiny chair's agreement that the decision is urgent",
                              regulation: "Regulation 11", due: decision, done: urgency.agreedOn))
            list.append(.init(kind: .urgencyNotice, what: "Publish the notice of the reasons for urgency, as soon as reasonably practicable",
                              regulation: "Regulation 11", due: nil, done: entry.published))
        }
        if let notice = entry.privateMeeting {
            list.append(.init(kind: .privateFirstNotice, what: "Publish the notice of intention to take the decision in private (28 clear days)",
                              regulation: "Regulation 5(2)", due: clearDaysBefore(decision, keyDecisionClearDays), done: notice.firstNotice))
            list.append(.init(kind: .privateFinalNotice,
                              what: "Publish the further notice with the reasons, representations and response (5 clear days)",
                              regulation: "Regulation 5(4)", due: clearDaysBefore(decision, Self.privateFinalClearDays), done: notice.finalNotice))
        }
        return list.sorted { ($0.due ?? decision) < ($1.due ?? decision) }
    }
}
