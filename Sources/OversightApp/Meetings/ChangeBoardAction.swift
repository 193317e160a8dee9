import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Progress on an action from the log, and its closing.
struct ChangeBoardAction {
    var dependencies: Dependencies

    func addUpdate(_ text: String, to action: BoardAction, by actor: Actor, on db: any Database) async throws {
        let now = dependencies.now()
        let update = BoardActionUpdate(actionID: action.id, date: .inLondon(now), text: text, author: actor.label)
        try await Audit.recording(actor.record("board-action.update", "board-action", id: action.id.description, after: text),
                                  touching: [.meetings(action.councilID)], on: db, dependencies: dependencies) { change in
            try await BoardActionStore.addUpdate(update, at: now, on: change)
        }
    }

    func close(_ action: BoardAction, note: String, at meeting: Meeting.ID?, expectedVersion: Int, by actor: Actor,
               on db: any Database) async throws {
        guard action.isOpen else { throw BoardActionError.closedAlready(action.closedOn) }
        let now = dependencies.now()
        var closed = action
        closed.closedOn = .inLondon(now)
        closed.closedAt = meeting
        closed.closingNote = note
        try await Audit.recording(actor.record("board-action.close", "board-action", id: action.id.description,
                                               before: Audit.json(action), after: Audit.json(closed)),
                                  touching: [.meetings(action.councilID)], on: db, dependencies: dependencies) { [closed] tx in
            try await BoardActionStore.save(closed, expectedVersion: expectedVersion, at: now, on: tx)
        }
    }
}
