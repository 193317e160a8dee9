import OversightDocuments
import OversightDomain
import Vapor

enum NavSection { case overview, plans, scorecard, risks, selfAssessment, meetings, decisions, forwardPlan, search, inspections, people, reports, council, councils, settings, audit, security, account }
