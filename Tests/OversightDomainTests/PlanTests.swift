import Foundation
import OversightDomain
import Testing

@Suite("Plan lifecycle")
struct PlanLifecycleTests {
    /// Every event from every state: allowed transitions land where the table says, all others are refused.
    @Test("Every event from every state", arguments: PlanEvent.allCases, PlanStatus.allCases)
    func exhaustive(event: PlanEvent, status: PlanStatus) {
        let expected: PlanStatus? = switch (event, status) {
        case (.startConsultation, .draft): .consultation
        case (.returnToDraft, .consultation): .draft
        case (.approve, .draft), (.approve, .consultation): .approved
        case (.activate, .approved): .active
        case (.close, .active), (.close, .approved): .closed
        default: nil
        }
        #expect(event.apply(to: status) == expected)
    }

    @Test("A closed plan has nowhere to go; a draft can be consulted on or approved")
    func available() {
        #expect(PlanEvent.available(from: .closed).isEmpty)
        #expect(PlanEvent.available(from: .draft) == [.startConsultation, .approve])
        #expect(PlanStatus.draft.isEditable && !PlanStatus.approved.isEditable)
    }
}

@Suite("Actions")
struct ActionTests {
    func action(due: (Int, Int, Int), revised: (Int, Int, Int)? = nil, revisions: Int = 0,
                status: ActionStatus = .inProgress) -> PlanAction {
        PlanAction(id: .init(UUID()), priorityID: .init(UUID()), reference: "2.3", what: "Audit cases", how: nil,
                   leadID: nil, startDate: nil, dueDate: CalendarDate(year: due.0, month: due.1, day: due.2)!,
                   revisedDueDate: revised.flatMap { CalendarDate(year: $0.0, month: $0.1, day: $0.2) },
                   revisionReason: revised == nil ? nil : "Staff shortages", revisionCount: revisions,
                   successMeasures: nil, status: status, recommendationIDs: [], version: 1)
    }

    let today = CalendarDate(year: 2016, month: 10, day: 1)!

    @Test("An unfinished action past its current due date is overdue; a finished one never is")
    func overdue() {
        #expect(action(due: (2016, 9, 30)).isOverdue(on: today))
        #expect(!action(due: (2016, 10, 1)).isOverdue(on: today))
        #expect(!action(due: (2016, 9, 30), revised: (2016, 12, 31), revisions: 1).isOverdue(on: today))
        #expect(!action(due: (2016, 1, 1), status: .completed).isOverdue(on: today))
    }

    @Test("Exceptions name what is wrong in words")
    func exceptions() {
        let late = action(due: (2016, 6, 30), revised: (2016, 9, 1), revisions: 2)
        #expect(ActionException.reasons(for: late, on: today) == [.overdue, .revisedMoreThanOnce])
        #expect(ActionException.overdue.label == "Past its due date")
        #expect(ActionException.reasons(for: action(due: (2017, 1, 1)), on: today).isEmpty)
    }
}
