import OversightDomain
import OversightStore
import Vapor

struct BoardActionUpdateForm: FormInput {
    var text: String?

    func validate() -> Validated<String> {
        var check = Validator()
        let text = check.required("text", text, MeetingMessages.boardActionUpdate, max: 5000, label: "Update")
        return check.result { text }
    }
}
