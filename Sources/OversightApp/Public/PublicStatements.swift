import OversightDocuments
import OversightDomain

/// The accessibility statement (the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
/// Accessibility Regulations 2018) and the privacy notice (UK GDPR, articles 13 and 14) that every
/// page's footer links to. Each is written for the councils the site serves, following the
/// Government Digital Service's model statement and the ICO's guidance on privacy information.
enum PublicStatements {
    enum Kind: String, Sendable { case accessibility, privacy }

    /// The administrator's own words, where written (`PublicTextsController`), else the standard text.
    static func accessibility(councils: [Council], saved: String? = nil, context: ViewContext) -> String {
        if let saved, !saved.isEmpty { return own("Accessibility statement", saved, context: context) }
        let who = names(councils)
        return Layout.render(Page(title: "Accessibility statement", council: nil, section: nil, context: context, content: [
            heading(1, "Accessibility statement", size: .xl),
            paragraph("This statement applies to this website, where \(who) \(councils.count == 1 ? "publishes its" : "publish their") "
                + "meetings, agendas, minutes, committee reports and decisions, and where staff run the improvement programme."),
            paragraph("This website is run by \(who). We want as many people as possible to be able to use it. For example, you should be able to:"),
            bulletList([
                .text("change colours, contrast levels and fonts using your browser or device settings"),
                .text("zoom in up to 400% without the text spilling off the screen"),
                .text("navigate most of the website using a keyboard or speech recognition software"),
                .text("listen to most of the website using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)"),
            ]),
            paragraph("We have also made the text as simple as we can. AbilityNet has advice on making your device easier to use if you have a disability."),
            heading(2, "How accessible this website is", size: .l),
            paragraph("Every page is built from the GOV.UK Design System's patterns and checked automatically with axe-core against the Web Content "
                + "Accessibility Guidelines (WCAG) 2.2 at level AA each time the software changes. We know of these limits:"),
            bulletList([
                .text("Committee reports are also offered as Word and PDF files. The web page of a report is the most accessible version; "
                    + "the PDF is printed from it, and some older documents attached to a report as appendices may not be accessible."),
            ]),
            heading(2, "Feedback and contact information", size: .l),
            paragraph("If you need a report, an agenda or minutes in a different format, such as large print, easy read, audio or braille, "
                + "or you find a problem with this website, contact \(who)'s democratic services team. We will consider your request and reply within 10 working days."),
            heading(2, "Enforcement procedure", size: .l),
            paragraph("The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) "
                + "(No. 2) Accessibility Regulations 2018 (the accessibility regulations). If you are not happy with how we respond to your complaint, "
                + "contact the Equality Advisory and Support Service (EASS)."),
            heading(2, "Technical information about this website's accessibility", size: .l),
            paragraph("\(who) \(councils.count == 1 ? "is" : "are") committed to making this website accessible, in accordance with the accessibility regulations."),
            heading(3, "Compliance status", size: .m),
            paragraph("This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the "
                + "limits listed above. Automated checks find only some problems, so the council should also have the website tested by people, "
                + "including disabled people, and publish what they find here."),
        ]))
    }

    static func privacy(councils: [Council], saved: String? = nil, context: ViewContext) -> String {
        if let saved, !saved.isEmpty { return own("Privacy notice", saved, context: context) }
        let who = names(councils)
        return Layout.render(Page(title: "Privacy notice", council: nil, section: nil, context: context, content: [
            heading(1, "Privacy notice", size: .xl),
            paragraph("\(who) \(councils.count == 1 ? "is the controller" : "are each the controller") of the personal information on this website, "
                + "under the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act 2018."),
            heading(2, "If you read the public pages", size: .l),
            paragraph("We set no cookies when you read meetings, agendas, minutes, reports and decisions, and we use no analytics or advertising. "
                + "Like every web server, ours records each request (the page asked for, the time and your internet address) so that faults and attacks "
                + "can be investigated; these records are kept by the council's IT service for no longer than it needs them for that."),
            paragraph("Published papers name councillors, officers and others as they took part in the council's business. The council publishes them "
                + "because the law on access to meetings and information requires it (the Local Government Act 1972 and the Local Authorities "
                + "(Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012)."),
            heading(2, "If you have an account", size: .l),
            paragraph("Staff and board members who sign in have an account holding their name, email address and role. Signing in sets one cookie that "
                + "keeps you signed in; it is strictly necessary, so it needs no consent, and it ends when you sign out or stop using the site. "
                + "What you change is recorded in an audit trail with your name and the time, so that the council can account for its improvement programme. "
                + "Failed sign-ins are recorded with the internet address they came from and kept for a day, to slow down anyone guessing passwords."),
            heading(2, "Why we may use your information", size: .l),
            paragraph("The lawful basis is a task carried out in the public interest or in the exercise of official authority (UK GDPR article 6(1)(e)): "
                + "running the council's business in public and improving its services."),
            heading(2, "Your rights", size: .l),
            paragraph("You have the right to ask for a copy of the information we hold about you, to have it corrected, and in some circumstances to "
                + "have it erased or its use restricted, or to object to its use. Ask \(who)'s data protection officer."),
            paragraph("If you are unhappy with how your information has been used, you can complain to the Information Commissioner's Office (ICO), "
                + "Wycliffe House, Water Lane, Wilmslow SK9 5AF, telephone 0303 123 1113, or at ico.org.uk."),
        ]))
    }

    /// A statement in the council's own words: Markdown, escaped before it is rendered like every narrative.
    private static func own(_ title: String, _ markdown: String, context: ViewContext) -> String {
        Layout.render(Page(title: title, council: nil, section: nil, context: context, content: [
            heading(1, title, size: .xl),
            el("div", [("class", "ov-body ov-narrative")], [.raw(Narrative.html(markdown))]),
        ]))
    }

    /// "Northshire County Council", or "Northshire County Council and Southshire Borough Council".
    private static func names(_ councils: [Council]) -> String {
        let all = councils.map(\.name)
        guard let last = all.last else { return "The council" }
        return all.count == 1 ? last : all.dropLast().joined(separator: ", ") + " and " + last
    }
}
