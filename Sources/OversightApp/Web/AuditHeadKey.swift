import NIOConcurrencyHelpers
import OversightStore
import Vapor

struct AuditHeadKey: StorageKey { typealias Value = Int }
