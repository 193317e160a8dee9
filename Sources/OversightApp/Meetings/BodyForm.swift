import OversightDomain
import OversightStore
import Vapor

struct BodyForm: FormInput {
    var name: String?
    var kind: String?
    var termsOfReference: String?
    var quorum: String?
    var version: String?

    init(name: String? = nil, kind: String? = nil, termsOfReference: String? = nil, quorum: String? = nil, version: String? = nil) {
        self.name = name
        self.kind = kind
        self.termsOfReference = termsOfReference
        self.quorum = quorum
        self.version = version
    }

    init(_ body: GoverningBody) {
        self.init(name: body.name, kind: body.kind.rawValue, termsOfReference: body.termsOfReference,
                  quorum: String(body.quorum), version: String(body.version))
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
        return check.result {
            guard let name, let kind, let quorum else { return nil }
            return BodyDraft(name: name, kind: kind, termsOfReference: terms, quorum: quorum)
        }
    }
}
