import OversightDocuments
import OversightDomain
import Vapor

enum NavSection { case overview, plans, scorecard, risks, selfAssessment, meetings, decisions, forwardPlan, search, inspections, people, reports, council, councils, settings, users, audit, security, account }
