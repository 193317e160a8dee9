import OversightDomain

/// One decision as the minutes print it, on a meeting's page and on its item's minute page.
enum DecisionBlock {}

extension DecisionBlock {
    /// The decision numbered under its item ("Decision 1.2"), with the vote's outcome already worded.
    struct Model {
        var itemPosition: Int
        var number: Int
        var text: String
        var reasons: String
        var alternatives: String?
        /// Nil when no vote was taken.
        var vote: String?

        init(_ decision: Decision, item: AgendaItem) {
            itemPosition = item.position
            number = decision.number
            text = decision.text
            reasons = decision.reasons
            alternatives = decision.alternatives
            vote = decision.votes?.label
        }
    }
}
