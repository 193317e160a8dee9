/// The release, printed by `oversight --version`.
public enum OversightVersion {
    public static let current = "0.1.0"
}
