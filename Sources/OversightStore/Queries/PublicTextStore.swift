import Fluent
import Foundation

/// A site text as saved: its Markdown (empty for the standard text) and the version an edit must name.
public struct PublicText: Sendable, Equatable {
    public var text: String
    public var version: Int

    public init(text: String, version: Int) {
        self.text = text
        self.version = version
    }
}

/// The accessibility statement's and the privacy notice's own words, where an administrator wrote them.
public enum PublicTextStore {
    /// Each saved text by its kind ("accessibility", "privacy").
    public static func all(on db: any Database) async throws -> [String: PublicText] {
        var texts: [String: PublicText] = [:]
        for model in try await PublicTextModel.query(on: db).all() {
            texts[model.kind] = PublicText(text: model.text, version: model.version)
        }
        return texts
    }

    public static func find(_ kind: String, on db: any Database) async throws -> PublicText? {
        try await PublicTextModel.query(on: db).filter(\.$kind == kind).first().map { PublicText(text: $0.text, version: $0.version) }
    }

    /// Saves `text` for `kind`. `expectedVersion` is the version the editor read, or nil when there
    /// was no row yet; either way a save made meanwhile by someone else is refused (`staleEdit`).
    public static func save(_ kind: String, text: String, expectedVersion: Int?, id: UUID, at now: Date,
                            on change: Change) async throws {
        let db = change.written()
        let existing = try await PublicTextModel.query(on: db).filter(\.$kind == kind).first()
        switch (existing, expectedVersion) {
        case (nil, nil):
            let model = PublicTextModel()
            model.id = id
            model.kind = kind
            model.text = text
            // Two first saves at once: the second breaks the unique kind and is told it is stale.
            do {
                try await translatingConstraintFailures(field: "kind") { try await model.createFirstVersion(at: now, on: db) }
            } catch StoreError.duplicate {
                throw StoreError.staleEdit
            }
        case let (model?, expected?):
            guard let rowID = model.id else { throw StoreError.corrupt("public text \(kind) without an id") }
            try await VersionedUpdate.apply(PublicTextModel.self, id: rowID, expectedVersion: expected, at: now, on: change) {
                $0.text = text
            }
        default:
            throw StoreError.staleEdit
        }
    }
}
