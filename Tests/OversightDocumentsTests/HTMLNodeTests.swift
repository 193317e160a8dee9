import OversightDocuments
import Testing

/// What every page relies on from the one HTML writer: the markup it wrote with Plot, byte for
/// byte, and nothing a person typed coming out as markup.
@Suite("HTML nodes")
struct HTMLNodeTests {
    @Test("An element's attributes are gathered from wherever they sit among its nodes, in the order they first come")
    func attributesGathered() {
        let node = HTMLNode.element(named: "p", nodes: [
            .escapedAttribute("class", "first"), .text("a"),
            .group([.escapedAttribute("id", "x"), .element(named: "b", text: "bold")]),
            .escapedAttribute("class", "second"),
        ])
        #expect(node.render() == #"<p class="second" id="x">a<b>bold</b></p>"#)
    }

    @Test("Empty values are left out unless kept, and then written bare")
    func emptyValues() {
        let node = HTMLNode.selfClosedElement(named: "input", attributes: [
            .escapedAttribute("type", "checkbox"), .escapedAttribute("checked", "", keptWhenEmpty: true),
            .escapedAttribute("class", ""),
        ])
        #expect(node.render() == #"<input type="checkbox" checked/>"#)
    }

    @Test("A page starts with its doctype and holds its head and body")
    func document() {
        let page = HTMLNode.document(.escapedAttribute("lang", "en-GB"),
                                     .element(named: "head", nodes: [.element(named: "title", text: "A & B")]),
                                     .element(named: "body", nodes: [.div(.text("hi"))]))
        #expect(page.render() == #"<!DOCTYPE html><html lang="en-GB"><head><title>A &amp; B</title></head><body><div>hi</div></body></html>"#)
    }

    @Test("Text and attribute values can never become markup, whatever they hold")
    func escaping() {
        let typed = #"<script>alert("x")</script> & "quoted" 'single' &lt; e\#u{301}<\#u{301}>"#
        let html = HTMLNode.element(named: "a", nodes: [.escapedAttribute("title", typed), .text(typed)]).render()
        #expect(html == #"<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39; &amp;lt; e\#u{301}&lt;\#u{301}&gt;">"#
            + #"&lt;script&gt;alert("x")&lt;/script&gt; &amp; "quoted" 'single' &amp;lt; e\#u{301}&lt;\#u{301}&gt;</a>"#)
    }

    @Test("Written straight, text and attribute values are escaped just as in nodes, and the bytes are the same")
    func writtenStraight() {
        let typed = #"<script>alert("x")</script> & "quoted" 'single' &lt; e\#u{301}<\#u{301}>"#
        var writer = HTMLWriter()
        writer.start("a")
        writer.attribute("title", typed)
        writer.attribute("class", "")
        writer.attribute("hidden", "", keptWhenEmpty: true)
        writer.attribute("id", nil)
        writer.attribute("value", "") // kept by its name, as the app's `el` keeps it
        writer.startDone()
        writer.text(typed)
        writer.close("a")
        writer.start("line")
        writer.attribute("x1", "1.5")
        writer.selfClose()
        writer.element("td", class: "ov-table__cell", text: "A & B")
        writer.write(.element(named: "p", nodes: [.escapedAttribute("class", "x"), .text("<b>")]))
        let nodes = HTMLNode.group([
            .element(named: "a", nodes: [.escapedAttribute("title", typed), .escapedAttribute("class", ""),
                                         .escapedAttribute("hidden", "", keptWhenEmpty: true),
                                         .escapedAttribute("value", "", keptWhenEmpty: true), .text(typed)]),
            .selfClosedElement(named: "line", attributes: [.escapedAttribute("x1", "1.5")]),
            .element(named: "td", nodes: [.escapedAttribute("class", "ov-table__cell"), .text("A & B")]),
            .element(named: "p", nodes: [.escapedAttribute("class", "x"), .text("<b>")]),
        ])
        #expect(writer.output == nodes.render())
        #expect(!writer.output.contains("<script>") && writer.output.contains("&quot;x&quot;"))
    }

    @Test("Only a node that is or holds an attribute carries one for the element it sits in")
    func carriesAttributes() {
        #expect(HTMLNode.escapedAttribute("class", "x").carriesAttributes)
        #expect(HTMLNode.group([.text("a"), .group([.escapedAttribute("id", "y")])]).carriesAttributes)
        #expect(!HTMLNode.element(named: "b", nodes: [.escapedAttribute("class", "x")]).carriesAttributes)
        #expect(!HTMLNode.group([.text("a"), .raw("<i>b</i>")]).carriesAttributes)
    }
}
