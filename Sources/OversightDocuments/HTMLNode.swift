/// Oversight's HTML: a tree of elements, attributes and text, written into one string in one pass.
///
/// It replaced Plot's nodes (ADR 0012). Plot renders each element into a string of its own and
/// copies it into its parent's, so a page's bytes were copied once for every level they sit
/// under, and it builds a renderer, an attribute buffer and an environment for every element.
/// Replacing it took the 560 KB scorecard, made afresh, from 150-180 ms to 70 ms at `--scale 10`
/// (`docs/performance.md`). The output is the same, byte for
/// byte: attributes in the order they first come (a repeated name takes the later value), `/>`
/// closing a void element, no indentation.
///
/// Escaping happens here and only here, through `HTMLEscaping`: `text` is escaped as it is
/// written, and an attribute's value is escaped when the node is made, so nothing a person typed
/// reaches the page as markup. `raw` is for HTML this code has already made safe (a rendered
/// narrative, an escaped fragment).
public indirect enum HTMLNode: Sendable {
    case empty
    /// Text between tags, escaped as it is written.
    case text(String)
    /// HTML that is already safe, written as it is.
    case raw(String)
    /// An attribute of the element it sits in (directly, or within a group); its value escaped.
    case attribute(name: String, value: String, keptWhenEmpty: Bool)
    case element(name: String, nodes: [HTMLNode], closing: Closing)
    /// Nodes in a row, as if each sat in the enclosing element itself.
    case group([HTMLNode])

    public enum Closing: Sendable {
        /// `<p>...</p>`
        case standard
        /// `<input .../>`: a void element, written with its closing slash unless it holds an element.
        case selfClosing
        /// `<!DOCTYPE html>`: no closing tag.
        case neverClosed
    }
}

public extension HTMLNode {
    static func element(named name: String, nodes: [HTMLNode] = []) -> HTMLNode {
        .element(name: name, nodes: nodes, closing: .standard)
    }

    static func element(named name: String, text: String) -> HTMLNode {
        .element(name: name, nodes: [.text(text)], closing: .standard)
    }

    /// A void element such as `<input>`, `<meta>` or an SVG `<line>`, from its attribute nodes.
    static func selfClosedElement(named name: String, attributes: [HTMLNode]) -> HTMLNode {
        .element(name: name, nodes: attributes, closing: .selfClosing)
    }

    /// An attribute whose value is escaped by `HTMLEscaping.attribute`. An empty value leaves the
    /// attribute out, unless `keptWhenEmpty`, when it is written bare (`checked`).
    static func escapedAttribute(_ name: String, _ value: String, keptWhenEmpty: Bool = false) -> HTMLNode {
        .attribute(name: name, value: HTMLEscaping.attribute(value), keptWhenEmpty: keptWhenEmpty)
    }

    static func div(_ nodes: HTMLNode...) -> HTMLNode {
        .element(name: "div", nodes: nodes, closing: .standard)
    }

    /// A whole page: `<!DOCTYPE html>` and the `<html>` element holding `nodes` (its attributes,
    /// head and body).
    static func document(_ nodes: HTMLNode...) -> HTMLNode {
        .group([.element(name: "!DOCTYPE", nodes: [.attribute(name: "html", value: "", keptWhenEmpty: true)], closing: .neverClosed),
                .element(name: "html", nodes: nodes, closing: .standard)])
    }

    /// Whether the node is an attribute, or a group holding one: it names something about the
    /// element it sits in, so it cannot be written on its own.
    var carriesAttributes: Bool {
        switch self {
        case .attribute: true
        case let .group(nodes): nodes.contains { $0.carriesAttributes }
        case .empty, .text, .raw, .element: false
        }
    }

    func render() -> String {
        var writer = HTMLWriter()
        writer.write(self)
        return writer.output
    }
}

/// Writes HTML into one string: whole node trees, or elements opened, filled and closed in
/// order, straight from the code that knows them (`start`, `attribute`, `text`, `close`), with no
/// tree in between. A page's long tables and charts are written the second way: building a node
/// for every cell, then walking and freeing the tree, had cost more than writing the bytes
/// (`docs/performance.md`). Either way, text and attribute values are escaped here, as they are
/// written, through `HTMLEscaping`.
public struct HTMLWriter {
    public private(set) var output = ""

    public init(capacity: Int = 16 * 1024) {
        output.reserveCapacity(capacity)
    }

    private struct Pending {
        var name: String
        var value: String
        var keptWhenEmpty: Bool
    }

    // MARK: Writing straight

    /// `<name`: its attributes follow, then `startDone()` (or `text`, `element` and so on after
    /// `startDone()`).
    public mutating func start(_ name: String) {
        output.append("<")
        output.append(name)
    }

    /// ` name="value"`, the value escaped. A nil value leaves the attribute out; so does an empty
    /// one, unless it is kept: written bare (`checked`, an empty `value`). Whether an empty value is
    /// kept goes by the name (`keptWhenEmpty`), as the app's `el` decides, unless said. The writer
    /// does not merge a repeated name as a node does: write each attribute once.
    public mutating func attribute(_ name: String, _ value: String?, keptWhenEmpty kept: Bool? = nil) {
        guard let value else { return }
        guard !value.isEmpty else {
            if kept ?? Self.keptWhenEmpty.contains(name) {
                output.append(" ")
                output.append(name)
            }
            return
        }
        output.append(" ")
        output.append(name)
        output.append("=\"")
        HTMLEscaping.appendAttribute(value, to: &output)
        output.append("\"")
    }

    /// Attributes written bare when their value is empty: boolean attributes, and `value` (HTML
    /// reads a bare `value` as `value=""`; an `<option>` without one would submit its words).
    public static let keptWhenEmpty: Set<String> = ["checked", "selected", "disabled", "required", "multiple", "open",
                                                    "novalidate", "value"]

    /// `>`: the start tag is complete.
    public mutating func startDone() {
        output.append(">")
    }

    /// `/>`: a void element (`<line .../>`) is complete.
    public mutating func selfClose() {
        output.append("/>")
    }

    /// `<name class="...">`, the commonest start tag.
    public mutating func open(_ name: String, class classes: String? = nil) {
        start(name)
        attribute("class", classes)
        startDone()
    }

    /// `</name>`
    public mutating func close(_ name: String) {
        output.append("</")
        output.append(name)
        output.append(">")
    }

    /// Text between tags, escaped.
    public mutating func text(_ value: String) {
        HTMLEscaping.appendText(value, to: &output)
    }

    /// `<name class="...">text</name>`
    public mutating func element(_ name: String, class classes: String? = nil, text value: String) {
        open(name, class: classes)
        text(value)
        close(name)
    }

    // MARK: Writing trees

    public mutating func write(_ node: HTMLNode) {
        switch node {
        case .empty:
            break
        case let .text(text):
            HTMLEscaping.appendText(text, to: &output)
        case let .raw(html):
            output.append(html)
        case .attribute:
            // An attribute belongs to the element it sits in; outside one it has nothing to name.
            break
        case let .group(nodes):
            for child in nodes { write(child) }
        case let .element(name, nodes, closing):
            writeElement(name, nodes, closing)
        }
    }

    private mutating func writeElement(_ name: String, _ nodes: [HTMLNode], _ closing: HTMLNode.Closing) {
        var attributes: [Pending] = []
        var holdsElement = false
        Self.gather(nodes, into: &attributes, holdsElement: &holdsElement)
        output.append("<")
        output.append(name)
        for attribute in attributes {
            if !attribute.value.isEmpty {
                output.append(" ")
                output.append(attribute.name)
                output.append("=\"")
                output.append(attribute.value)
                output.append("\"")
            } else if attribute.keptWhenEmpty {
                output.append(" ")
                output.append(attribute.name)
            }
        }
        if closing == .selfClosing, !holdsElement {
            // Plot wrote a void element's text children nowhere; so does this.
            output.append("/>")
            return
        }
        output.append(">")
        writeChildren(nodes)
        if closing != .neverClosed {
            output.append("</")
            output.append(name)
            output.append(">")
        }
    }

    /// Everything but the attributes, in order, groups opened.
    private mutating func writeChildren(_ nodes: [HTMLNode]) {
        for node in nodes {
            switch node {
            case .attribute: continue
            case let .group(members): writeChildren(members)
            default: write(node)
            }
        }
    }

    private static func gather(_ nodes: [HTMLNode], into attributes: inout [Pending], holdsElement: inout Bool) {
        for node in nodes {
            switch node {
            case let .attribute(name, value, kept):
                if let index = attributes.firstIndex(where: { $0.name == name }) {
                    // As Plot did: the later value replaces the earlier in its place.
                    attributes[index].value = value
                } else {
                    attributes.append(Pending(name: name, value: value, keptWhenEmpty: kept))
                }
            case let .group(members):
                gather(members, into: &attributes, holdsElement: &holdsElement)
            case .element:
                holdsElement = true
            case .empty, .text, .raw:
                continue
            }
        }
    }
}
