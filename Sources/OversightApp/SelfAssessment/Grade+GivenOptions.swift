import OversightDomain

extension Grade {
    /// The grades a council can give itself: an area it judges has a grade, so "Not graded" is not offered.
    static var givenOptions: [(value: String, label: String)] { options.filter { $0.value != Grade.notGraded.rawValue } }
}
