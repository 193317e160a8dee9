import OversightDomain
import Vapor

/// The administrator's words for the accessibility statement and the privacy notice, each with the
/// version the editor read ("" when it was the standard text, never saved).
struct PublicTextsForm: FormInput {
    var accessibility: String?
    var accessibilityVersion: String?
    var privacy: String?
    var privacyVersion: String?

    static let maxLength = 50_000

    init(accessibility: String? = nil, accessibilityVersion: String? = nil, privacy: String? = nil, privacyVersion: String? = nil) {
        self.accessibility = accessibility
        self.accessibilityVersion = accessibilityVersion
        self.privacy = privacy
        self.privacyVersion = privacyVersion
    }

    /// Each text, empty for the standard one.
    func validate() -> Validated<(accessibility: String, privacy: String)> {
        var check = Validator()
        let accessibility = check.optional("accessibility", accessibility, max: Self.maxLength, label: "Accessibility statement") ?? ""
        let privacy = check.optional("privacy", privacy, max: Self.maxLength, label: "Privacy notice") ?? ""
        return check.result { (accessibility, privacy) }
    }
}
