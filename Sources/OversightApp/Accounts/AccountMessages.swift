import OversightDomain

/// Every error message of the account forms: signing in, API tokens, and clearing throttled sign-ins.
enum AccountMessages {
    // MARK: Signing in

    static let email = "Enter your email address"
    static let password = "Enter your password"
    static let emailTooLong = "Email address must be 320 characters or fewer"
    static let passwordTooLong = "Password must be 1,024 characters or fewer"
    /// `seconds` is how long to wait before trying again.
    static func throttled(_ seconds: Double) -> String {
        "There have been too many attempts to sign in. Wait \(SignInThrottle.describe(seconds: seconds)), then try again. If you have forgotten your password, ask your administrator to set a new one."
    }
    /// The same words whether the address or the password was wrong, so neither is revealed.
    static let refused = "Enter a correct email address and password"

    // MARK: API tokens

    static let tokenName = "Enter a name for the token"
    static let tokenNameTooLong = "Name must be 100 characters or fewer"

    // MARK: Security

    static let clearThrottle = "Choose the account or the address whose failed sign-ins to clear"
}
