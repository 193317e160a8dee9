/// A committee report's template as data: the header fields and sections, in order, with the
/// labels and help a council uses. The default is the template of the reference reports; another
/// council copies it and changes labels, order and sections ("Wards", "Purpose of report",
/// "Legal implications"). A report keeps the template version it was written with.
public struct ReportTemplate: Hashable, Sendable, Codable {
    public typealias ID = Identifier<ReportTemplate>

    /// Sections whose content is structured rather than free text; every template keeps their keys.
    public static let implicationsKey = "implications"
    public static let backgroundPapersKey = "background-papers"
    public static let partTwoKey = "part-two-reason"
    public static let structuredKeys: Set<String> = [implicationsKey, backgroundPapersKey, partTwoKey]

    public enum HeaderField: String, Labelled {
        case body, meeting, reportOf = "report-of", part, areasAffected = "areas-affected", title
        case appendixNote = "appendix-note", contact

        /// The reference reports' wording; a template may relabel each.
        public var label: String {
            switch self {
            case .body: "Report to"
            case .meeting: "Meeting to be held on"
            case .reportOf: "Report of"
            case .part: "Part"
            case .areasAffected: "Electoral Divisions affected"
            case .title: "Title"
            case .appendixNote: "Appendices"
            case .contact: "Contact for further information"
            }
        }
    }

    public struct Section: Hashable, Sendable, Codable {
        /// A stable key, so that relabelling a section keeps the text written under it.
        public var key: String
        public var label: String
        public var help: String
        public var required: Bool

        public init(key: String, label: String, help: String, required: Bool) {
            self.key = key
            self.label = label
            self.help = help
            self.required = required
        }
    }

    public var name: String
    public var version: Int
    /// Header fields in print order, with this council's labels.
    public var header: [(field: HeaderField, label: String)] {
        get { headerFields.map { ($0, headerLabels[$0.rawValue] ?? $0.label) } }
    }
    public var headerFields: [HeaderField]
    public var headerLabels: [String: String]
    public var sections: [Section]
    /// The implication headings an author may mark as relevant; only those marked are printed.
    public var implications: [String]
    /// Printed before the implications that apply.
    public var implicationsIntro: String
    /// How the header's values are written; nil is the standard style, so that templates stored
    /// before there was a choice read and print as they always did.
    public var style: HeaderStyle?
    public var headerStyle: HeaderStyle { style ?? .standard }

    public init(name: String, version: Int, headerFields: [HeaderField], headerLabels: [String: String] = [:],
                sections: [Section], implications: [String], implicationsIntro: String, style: HeaderStyle? = nil) {
        self.name = name
        self.version = version
        self.headerFields = headerFields
        self.headerLabels = headerLabels
        self.sections = sections
        self.implications = implications
        self.implicationsIntro = implicationsIntro
        self.style = style
    }

    public static func == (lhs: ReportTemplate, rhs: ReportTemplate) -> Bool {
        lhs.name == rhs.name && lhs.version == rhs.version && lhs.headerFields == rhs.headerFields
            && lhs.headerLabels == rhs.headerLabels && lhs.sections == rhs.sections
            && lhs.implications == rhs.implications && lhs.implicationsIntro == rhs.implicationsIntro
            && lhs.headerStyle == rhs.headerStyle
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(version)
    }

    private enum CodingKeys: String, CodingKey {
        case name, version, headerFields, headerLabels, sections, implications, implicationsIntro, style
    }

    /// The reference reports' template: the header block and sections in their order.
    public static let standard = ReportTemplate(
        name: "Committee report (standard)", version: 1,
        headerFields: [.body, .meeting, .reportOf, .part, .areasAffected, .title, .appendixNote, .contact],
        sections: [
            Section(key: "executive-summary", label: "Executive Summary",
                    help: "What the report is about and what it asks for, in a few sentences.", required: true),
            Section(key: "recommendation", label: "Recommendation",
                    help: "What the committee is asked to do, for example to approve the plan.", required: true),
            Section(key: "background", label: "Background and Advice",
                    help: "The history, the evidence and the officers' advice.", required: true),
            Section(key: "consultations", label: "Consultations",
                    help: "Who was consulted and how their views shaped the proposal.", required: false),
            Section(key: "implications", label: "Implications",
                    help: "Each implication that applies, under its heading.", required: false),
            Section(key: "background-papers",
                    label: "Local Government (Access to Information) Act 1985 List of Background Papers",
                    help: "The documents the report relied on: paper, date, contact and telephone.", required: false),
            Section(key: "part-two-reason", label: "Reason for inclusion in Part II",
                    help: "N/A for Part I; for Part II, the Schedule 12A paragraph and the public interest reason.",
                    required: true),
        ],
        implications: ["Risk management", "Financial", "Legal", "Equality and cohesion", "Human resources",
                       "Property asset management", "Crime and disorder"],
        implicationsIntro: "This item has the following implications, as indicated:")

    /// The Scrutiny reference report's template: the committee's name alone at the head, no
    /// "Report of" or "Part" line, "Electoral Division affected:" with "(All Divisions);", the
    /// appendix letters unquoted and the contact as name and "Tel:" number.
    public static let scrutiny = ReportTemplate(
        name: "Scrutiny committee report", version: 1,
        headerFields: [.body, .meeting, .areasAffected, .title, .appendixNote, .contact],
        headerLabels: [HeaderField.body.rawValue: "", HeaderField.areasAffected.rawValue: "Electoral Division affected"],
        sections: standard.sections,
        implications: standard.implications, implicationsIntro: standard.implicationsIntro,
        style: HeaderStyle(allAreas: "(All Divisions);", quotedAppendixLetters: false, telephonePrefix: "Tel: ",
                           contactJobTitle: false))

    /// The label a header field is printed with in this template.
    public func label(_ field: HeaderField) -> String { headerLabels[field.rawValue] ?? field.label }

    /// A key for a section an administrator adds: its label in lower case, words joined by hyphens.
    public static func key(for label: String) -> String {
        let words = label.lowercased().split { !$0.isLetter && !$0.isNumber }
        return words.joined(separator: "-")
    }

    /// "(Appendix 'A' refers)", "(Appendices 'A' and 'B' refer)", "(Appendices 'A', 'B' and 'C' refer)",
    /// or nil without appendices: derived from the appendices a report has, never typed.
    public static func appendixNote(letters: [String], quoted quotes: Bool = true) -> String? {
        let quoted = letters.map { quotes ? "'\($0)'" : $0 }
        switch quoted.count {
        case 0: return nil
        case 1: return "(Appendix \(quoted[0]) refers)"
        default:
            return "(Appendices \(quoted.dropLast().joined(separator: ", ")) and \(quoted.last ?? "") refer)"
        }
    }

    /// Appendix letters in order: A to Z, then AA, AB...
    public static func letter(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : letter(index / 26 - 1) + String(alphabet[index % 26])
    }
}

/// How a template writes the values in its header block. The two reference reports differ: the
/// Cabinet's quotes its appendix letters ("(Appendix 'A' refers)") and follows the contact's number
/// with their job title; the Scrutiny Committee's writes "(All Divisions);" and "(Appendix A refers)".
public struct HeaderStyle: Hashable, Sendable, Codable {
    /// Printed for a report that affects every area, in place of "All".
    public var allAreas: String?
    public var quotedAppendixLetters: Bool
    /// Printed before the contact's telephone number: "Tel: ", or nothing.
    public var telephonePrefix: String
    /// Whether the contact line ends with the contact's job title.
    public var contactJobTitle: Bool

    public init(allAreas: String?, quotedAppendixLetters: Bool, telephonePrefix: String, contactJobTitle: Bool) {
        self.allAreas = allAreas
        self.quotedAppendixLetters = quotedAppendixLetters
        self.telephonePrefix = telephonePrefix
        self.contactJobTitle = contactJobTitle
    }

    public static let standard = HeaderStyle(allAreas: nil, quotedAppendixLetters: true, telephonePrefix: "Tel: ",
                                             contactJobTitle: true)

    /// The contact as the header block prints it: "Richard Cooke, Tel: 01772 532602".
    public func contactLine(_ contact: ReportContact) -> String {
        ([contact.name] + [contact.telephone.map { telephonePrefix + $0 }, contactJobTitle ? contact.jobTitle : nil]
            .compactMap { $0 }).joined(separator: ", ")
    }

    public func areas(_ areas: ReportAreas) -> String {
        if case .all = areas, let allAreas { return allAreas }
        return areas.text
    }
}
