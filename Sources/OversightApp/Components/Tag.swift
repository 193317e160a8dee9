import OversightDocuments
import OversightDomain

/// A coloured tag that always carries its word: colour is never the only carrier of meaning.
enum TagColour: String { case grey, green, blue, red, orange, yellow, purple }

func tag(_ text: String, _ colour: TagColour) -> BodyNode {
    el("strong", [("class", "ov-tag ov-tag--\(colour.rawValue)")], text: text)
}

extension HTMLWriter {
    /// `tag`, written straight into a long table.
    mutating func tag(_ text: String, _ colour: TagColour) {
        element("strong", class: "ov-tag ov-tag--\(colour.rawValue)", text: text)
    }
}

func gradeTag(_ grade: Grade) -> BodyNode {
    let colour: TagColour = switch grade {
    case .outstanding: .blue
    case .good: .green
    case .requiresImprovement: .yellow
    case .inadequate: .red
    case .notGraded: .grey
    }
    return tag(grade.label, colour)
}
