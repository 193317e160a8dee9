import Fluent
import Foundation
import OversightDomain
import OversightStore

/// Saves the accessibility statement's and the privacy notice's words in one change, each refused
/// if someone saved it since the editor read it. Only a text that differs is written and audited.
struct ChangePublicTexts {
    var dependencies: Dependencies

    struct Edit: Sendable {
        var kind: PublicStatements.Kind
        var text: String
        /// The version the editor read; nil when the standard text was showing.
        var expectedVersion: Int?
        var before: String
    }

    func callAsFunction(_ edits: [Edit], by actor: Actor, on db: any Database) async throws {
        let changed = edits.filter { $0.text != $0.before }
        guard !changed.isEmpty else { return }
        let now = dependencies.now()
        let ids = changed.map { _ in dependencies.newID() }
        // Nothing the page cache keeps shows these texts: the statements are read afresh each time.
        try await Audit.changing(touching: [], on: db, dependencies: dependencies) { change in
            for (edit, id) in zip(changed, ids) {
                try await PublicTextStore.save(edit.kind.rawValue, text: edit.text, expectedVersion: edit.expectedVersion, id: id,
                                               at: now, on: change)
                change.audit(actor.record("public-text.save", "public-text", id: edit.kind.rawValue, before: edit.before, after: edit.text))
            }
        }
    }
}
