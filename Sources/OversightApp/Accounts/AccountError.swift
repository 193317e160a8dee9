import Fluent
import Foundation
import OversightDomain
import OversightStore

enum AccountError: Error, Equatable {
    case password(PasswordRules.Problem)
    case emailTaken
    case invalidEmail
    case noSuchUser(String)
    case noRoles
}
