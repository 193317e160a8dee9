import OversightDomain
import OversightStore
import Vapor

/// Inviting a user: their email address, name and roles.
struct InviteUserForm: FormInput {
    var email: String?
    var displayName: String?
    /// The boxes ticked, sent as `roles[]`.
    var roleCodes: [String]?

    enum CodingKeys: String, CodingKey {
        case email, displayName, roleCodes = "roles"
    }

    func validate() -> Validated<UserDraft> {
        var check = Validator()
        var email = check.required("email", email, UserMessages.email, max: 320, label: "Email address")
        if let text = email, !ContactRules.isEmail(text) {
            check.fail("email", UserMessages.emailFormat)
            email = nil
        }
        let name = check.required("displayName", displayName, UserMessages.name, max: 150, label: "Name")
        let roles = UserRolesForm.parse(roleCodes, &check)
        return check.result {
            guard let email, let name, let roles else { return nil }
            return UserDraft(email: email, displayName: name, roles: roles)
        }
    }
}

/// A user's name and roles, as an administrator changes them.
struct UserRolesForm: FormInput {
    var displayName: String?
    /// The boxes ticked, sent as `roles[]`.
    var roleCodes: [String]?
    var version: String?

    enum CodingKeys: String, CodingKey {
        case displayName, roleCodes = "roles", version
    }

    init(displayName: String? = nil, roleCodes: [String]? = nil, version: String? = nil) {
        self.displayName = displayName
        self.roleCodes = roleCodes
        self.version = version
    }

    init(_ user: User) {
        self.init(displayName: user.displayName, roleCodes: UserRolePolicy.codes(user), version: String(user.version))
    }

    func validate() -> Validated<(name: String, roles: Set<Role>)> {
        var check = Validator()
        let name = check.required("displayName", displayName, UserMessages.name, max: 150, label: "Name")
        let roles = Self.parse(roleCodes, &check)
        return check.result {
            guard let name, let roles else { return nil }
            return (name, roles)
        }
    }

    /// At least one role, each one Oversight has; a value that is not one is refused by name.
    static func parse(_ values: [String]?, _ check: inout Validator) -> Set<Role>? {
        let values = (values ?? []).prefix(Role.allCases.count + 1)
        var roles: Set<Role> = []
        for value in values {
            guard let role = Role(rawValue: value) else {
                check.fail("roles", UserMessages.unknownRole(String(value.prefix(40))))
                return nil
            }
            roles.insert(role)
        }
        guard !roles.isEmpty else {
            check.fail("roles", UserMessages.chooseRoles)
            return nil
        }
        return roles
    }
}

/// Choosing a password through an invitation or reset link.
struct ChoosePasswordForm: FormInput {
    var password: String?
    var confirm: String?
    /// "yes" keeps the user's API tokens working; by default a new password revokes them.
    var keepTokens: String?

    func validate() -> Validated<String> {
        var check = Validator()
        let password = self.password ?? ""
        if password.isEmpty {
            check.fail("password", UserMessages.password)
        } else if let problem = PasswordRules.check(password) {
            check.fail("password", UserMessages.password(problem))
        } else if confirm != password {
            check.fail("confirm", UserMessages.confirm)
        }
        return check.result { password }
    }
}

/// Every message of the users' pages.
enum UserMessages {
    static let email = "Enter the user's email address"
    static let emailFormat = "Enter an email address in the correct format, like name@council.gov.uk"
    static func emailTaken(_ email: String) -> String { "There is already a user with the email address \(email)" }
    static let name = "Enter the user's name"
    static let chooseRoles = "Choose at least one role"
    static func unknownRole(_ value: String) -> String { "\(value) is not a role in Oversight: choose from the list" }
    static let lastAdministrator = "This is the only active administrator: give another user the administrator role first, so that someone can still manage users"
    static let password = "Enter a password"
    static func password(_ problem: PasswordRules.Problem) -> String {
        switch problem {
        case .tooShort: "Password must be \(PasswordRules.minimumLength) characters or more"
        case .tooLong: "Password must be \(PasswordRules.maximumLength) characters or fewer"
        case .common: "Choose a password that is harder to guess: this one is among the first that attackers try"
        }
    }
    static let confirm = "Enter the same password twice"
}

extension UserMessages {
    static let currentPassword = "Enter your current password"
    static let currentPasswordWrong = "Enter your current password correctly"
    static let linkGone = "This link cannot be used: it has been used already, or it is more than 72 hours old. Ask your administrator for a new one."
}
