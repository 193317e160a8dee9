import OversightDomain
import OversightStore
import Vapor

struct OversightServicesKey: StorageKey { typealias Value = OversightServices }
