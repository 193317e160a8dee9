import OversightDocuments

/// Everything in a page is an `HTMLNode`; `el` builds any element so that components compose
/// freely. Every attribute value passes through `HTMLEscaping.attribute` here, and every text
/// through `HTMLEscaping.text` as it is written (see `HTMLNode`).
typealias BodyNode = HTMLNode

func el(_ name: String, _ attributes: [(String, String?)] = [], _ children: [BodyNode] = []) -> BodyNode {
    .element(named: name, nodes: attributes.compactMap(attributeNode) + children)
}

func el(_ name: String, _ attributes: [(String, String?)] = [], text: String) -> BodyNode {
    el(name, attributes, [.text(text)])
}

/// A void element such as `<input>`.
func voidElement(_ name: String, _ attributes: [(String, String?)]) -> BodyNode {
    .selfClosedElement(named: name, attributes: attributes.compactMap(attributeNode))
}

/// A nil value leaves the attribute out; a boolean attribute given as "" is printed bare
/// (`checked`), and so is an empty `value` (which HTML reads as value=""; an `<option>` without a
/// value submits its text, so a "No lead yet" placeholder must carry an empty one). Any other
/// empty value is left out. The names are `HTMLWriter.keptWhenEmpty`, shared with the writer.
private func attributeNode(_ pair: (String, String?)) -> BodyNode? {
    guard let value = pair.1 else { return nil }
    return .escapedAttribute(pair.0, value, keptWhenEmpty: HTMLWriter.keptWhenEmpty.contains(pair.0))
}

/// A link to a page with a query, such as a filtered list.
func link(_ text: String, to url: SiteURL, query: [(String, String?)], classes: String = "ov-link") -> BodyNode {
    el("a", [("href", url.path(query: query)), ("class", classes)], text: text)
}

func link(_ text: String, to url: SiteURL, classes: String = "ov-link") -> BodyNode {
    el("a", [("href", url.path), ("class", classes)], text: text)
}

/// Text only a screen reader reads, to make a repeated "Change" link say what it changes.
func visuallyHidden(_ text: String) -> BodyNode {
    el("span", [("class", "ov-visually-hidden")], text: text)
}
