import OversightDomain
import OversightStore
import Vapor

struct BodyForm: FormInput {
    var name: String?
    var kind: String?
    var termsOfReference: String?
    var quorum: String?
    /// The family id of the report template new reports start from; empty for the standard one.
    var reportTemplate: String?
    var version: String?
    /// Not submitted: the families of the report templates there are.
    var templates: Set<UUID> = []

    enum CodingKeys: String, CodingKey {
        case name, kind, termsOfReference, quorum, reportTemplate, version
    }

    init(name: String? = nil, kind: String? = nil, termsOfReference: String? = nil, quorum: String? = nil, reportTemplate: String? = nil,
         version: String? = nil) {
        self.name = name
        self.kind = kind
        self.termsOfReference = termsOfReference
        self.quorum = quorum
        self.reportTemplate = reportTemplate
        self.version = version
    }

    init(_ body: GoverningBody) {
        self.init(name: body.name, kind: body.kind.rawValue, termsOfReference: body.termsOfReference,
                  quorum: String(body.quorum), reportTemplate: body.reportTemplate?.uuidString ?? "", version: String(body.version))
    }

    func validate() -> Validated<BodyDraft> {
        var check = Validator()
        let name = check.required("name", name, MeetingMessages.bodyName,
                                  max: 150, label: "Name")
        let kind: BodyKind? = check.choice("kind", kind, MeetingMessages.bodyKind)
        let terms = check.optional("termsOfReference", termsOfReference, max: 20_000, label: "Terms of reference") ?? ""
        var quorum: Int?
        if let value = Int(self.quorum.trimmedOrNil ?? ""), (1...99).contains(value) {
            quorum = value
        } else {
            check.fail("quorum", MeetingMessages.quorum)
        }
        var template: UUID?
        if let text = reportTemplate.trimmedOrNil {
            if let family = UUID(uuidString: text), templates.contains(family) { template = family } else {
                check.fail("reportTemplate", MeetingMessages.reportTemplate)
            }
        }
        return check.result {
            guard let name, let kind, let quorum else { return nil }
            return BodyDraft(name: name, kind: kind, termsOfReference: terms, quorum: quorum, reportTemplate: template)
        }
    }
}
