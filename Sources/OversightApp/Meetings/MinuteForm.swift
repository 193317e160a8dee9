import OversightDomain
import OversightStore
import Vapor

struct MinuteForm: FormInput {
    var discussion: String?
    var version: String?

    func validate() -> Validated<String> {
        var check = Validator()
        let text = check.optional("discussion", discussion, max: 50_000, label: "Minute") ?? ""
        return check.result { text }
    }
}
