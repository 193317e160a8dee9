import OversightDomain

/// The list of councils, shown when Oversight runs more than one.
enum CouncilList {}

extension CouncilList {
    /// What the list of councils shows: a line a council, in the order given.
    struct Model {
        var rows: [Row]

        struct Row {
            var id: Council.ID
            var name: String
            /// The kind's label: "County council".
            var kind: String
            /// How many areas and what the council calls them: "3 electoral divisions".
            var areas: String
        }

        init(_ councils: [Council]) {
            rows = councils.map { council in
                Row(id: council.id, name: council.name, kind: council.kind.label,
                    areas: "\(council.areas.count) \(council.areaLabel.plural.lowercased())")
            }
        }
    }
}
