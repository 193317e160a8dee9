import OversightDocuments
import OversightDomain
import OversightStore

/// The four forms of an item's minute page, each keeping what the user typed.
struct ItemMinuteForms {
    var minute = MinuteForm()
    var decision = DecisionForm()
    var action = BoardActionForm()
    var declaration = DeclarationForm()
}
