import Foundation
import OversightDomain
import OversightStore
import Vapor

struct ExpiredSessionKey: StorageKey { typealias Value = Bool }
