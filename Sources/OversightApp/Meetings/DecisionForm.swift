import OversightDomain
import OversightStore
import Vapor

struct DecisionForm: FormInput {
    var text: String?
    var reasons: String?
    var alternatives: String?
    var votesFor: String?
    var votesAgainst: String?
    var votesAbstained: String?

    struct Draft: Equatable {
        var text: String
        var reasons: String
        var alternatives: String?
        var votes: Votes?
    }

    func validate() -> Validated<Draft> {
        var check = Validator()
        let text = check.required("text", text, MeetingMessages.decisionText, max: 5000, label: "Decision")
        let reasons = check.required("reasons", reasons, MeetingMessages.decisionReasons,
                                     max: 5000, label: "Reasons")
        let alternatives = check.optional("alternatives", alternatives, max: 5000, label: "Alternatives considered and rejected")
        var counts: [Int?] = []
        for (field, value, label) in [("votesFor", votesFor, "Votes for"), ("votesAgainst", votesAgainst, "Votes against"),
                                      ("votesAbstained", votesAbstained, "Abstentions")] {
            guard let text = value.trimmedOrNil else { counts.append(nil); continue }
            if let number = Int(text), (0...999).contains(number) {
                counts.append(number)
            } else {
                check.fail(field, MeetingMessages.voteCount(label))
                counts.append(nil)
            }
        }
        let anyVote = [votesFor, votesAgainst, votesAbstained].contains { $0.trimmedOrNil != nil }
        if anyVote && counts[0] == nil && check.errors.allSatisfy({ $0.field != "votesFor" }) {
            check.fail("votesFor", MeetingMessages.votesFor)
        }
        let votes = counts[0].map { Votes(inFavour: $0, against: counts[1] ?? 0, abstained: counts[2] ?? 0) }
        return check.result {
            guard let text, let reasons else { return nil }
            return Draft(text: text, reasons: reasons, alternatives: alternatives, votes: votes)
        }
    }
}
