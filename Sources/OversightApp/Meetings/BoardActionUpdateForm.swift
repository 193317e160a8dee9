import OversightDomain
import OversightStore
import Vapor

struct BoardActionUpdateForm: FormInput {
    var text: String?

    func validate() -> Validated<String> {
        var check = Validator()
        let text = check.required("text", text, "Enter the update: what has been done and what is next", max: 5000, label: "Update")
        return check.result { text }
    }
}
