import Foundation
@testable import OversightApp
import OversightDomain
import OversightStore
import Testing
import VaporTesting

/// An administrator rewrites the accessibility statement and the privacy notice; visitors read the
/// council's own words, escaped, or the standard text when there are none.
@Suite("The accessibility statement's and privacy notice's own words")
struct PublicTextsTests {
    @Test("An administrator's words replace the standard statement, escaped, audited; the other text stays standard")
    func save() async throws {
        try await withTestApp { app in
            let form = try await app.get(SiteURL.publicTexts.path, as: Who.admin)
            #expect(form.status == .ok)
            let saved = try await app.post(SiteURL.publicTexts.path, form: [
                ("accessibility", "## Contact us\n\nEmail <script>alert(1)</script> access@northshire.example."),
                ("accessibilityVersion", ""), ("privacy", ""), ("privacyVersion", ""),
            ])
            #expect(saved.status == .seeOther)
            let page = try await app.get(SiteURL.accessibility.path, as: nil)
            #expect(page.text.contains("<h2>Contact us</h2>") || page.text.contains(">Contact us</h2>"))
            #expect(page.text.contains("&lt;script&gt;") && !page.text.contains("<script>alert"))
            #expect(!page.text.contains("Equality Advisory and Support Service"), "the standard text is replaced")
            let privacy = try await app.get(SiteURL.privacy.path, as: nil)
            #expect(privacy.text.contains("ico.org.uk"), "the privacy notice is still the standard one")
            let entries = try await AuditStore.list(.init(action: "public-text.save"), limit: 5, on: app.db).entries
            #expect(entries.count == 1 && entries.first?.record.entityID == "accessibility")

            // Emptied, the standard text is back.
            let version = try #require(try await PublicTextStore.find("accessibility", on: app.db)).version
            #expect(try await app.post(SiteURL.publicTexts.path, form: [
                ("accessibility", " "), ("accessibilityVersion", String(version)), ("privacy", ""), ("privacyVersion", ""),
            ]).status == .seeOther)
            #expect(try await app.get(SiteURL.accessibility.path, as: nil).text.contains("Equality Advisory and Support Service"))
        }
    }

    @Test("A save made meanwhile by someone else is refused with 409, and the editor's words stay in the form")
    func stale() async throws {
        try await withTestApp { app in
            #expect(try await app.post(SiteURL.publicTexts.path, form: [
                ("accessibility", "First words."), ("accessibilityVersion", ""), ("privacy", ""), ("privacyVersion", ""),
            ]).status == .seeOther)
            // A second editor who opened the page before that save, when there was no text yet.
            let late = try await app.post(SiteURL.publicTexts.path, form: [
                ("accessibility", "Second editor's words."), ("accessibilityVersion", ""), ("privacy", ""), ("privacyVersion", ""),
            ])
            #expect(late.status == .conflict)
            #expect(late.text.contains("Someone else saved these texts") && late.text.contains("s words.</textarea>") && late.text.contains("Second editor"))
            #expect(try await PublicTextStore.find("accessibility", on: app.db)?.text == "First words.")
        }
    }

    @Test("Only an administrator may change them; a text too long is refused naming the field")
    func refused() async throws {
        try await withTestApp { app in
            #expect(try await app.get(SiteURL.publicTexts.path, as: Who.programmeManager).status == .forbidden)
            #expect(try await app.post(SiteURL.publicTexts.path, form: [("accessibility", "Mine.")], as: Who.programmeManager).status == .forbidden)
            let long = try await app.post(SiteURL.publicTexts.path, form: [
                ("accessibility", String(repeating: "a", count: PublicTextsForm.maxLength + 1)), ("privacy", ""),
            ])
            #expect(long.status == .unprocessableEntity)
            #expect(long.text.contains("Accessibility statement must be 50000 characters or fewer"))
            // A version field tampered with is refused, naming what it must be.
            let tampered = try await app.post(SiteURL.publicTexts.path, form: [("accessibility", "Mine."), ("accessibilityVersion", "abc")])
            #expect(tampered.status == .badRequest && tampered.text.contains("whole number"))
            #expect(try await PublicTextStore.find("accessibility", on: app.db) == nil)
        }
    }
}
