"""Northwind Logistics Group's answers to the core pack, written question by question.

A newcomer judges the product by its sample, so every level, owner, note, action and decision here fits its own
question and the organisation reads as one company: a freight forwarder two years after ISO 27001 certification,
strong on paper, uneven in practice, with a few things it does better than it writes down.
"""

from __future__ import annotations

# People: who owns what at Northwind.
COO = "Marta Kowalska (COO)"
CFO = "Samuel Osei (CFO)"
CISO = "Dana Whitfield (CISO)"
IT_OPS = "Joris van Dijk (Head of IT Operations)"
SOC = "Priya Raman (Head of Security Operations)"
PROCUREMENT = "Tomás Ortega (Procurement Director)"
DPO = "Anke Brandt (Data Protection Officer)"
ARCHITECTURE = "Lena Fischer (Head of Architecture)"
HR = "Hugo Martens (HR Director)"
COMMS = "Ines Duarte (Head of Communications)"
GENERAL_COUNSEL = "Pieter de Graaf (General Counsel)"

NA_ROW = "na"

# question id: (compliance, capability, proof months ago or None, capability owner, evidence note,
#               remediation action, action owner, due in days)
ANSWERS: dict[str, tuple] = {
    "rec-restore-proven": (
        4, 3, 14, IT_OPS,
        "Certification audit sampled the backup policy and job logs. The last full restore of the transport "
        "management system (TMS) was in the data-centre move, 14 months ago: 31 hours against a 24-hour RTO.",
        "Restore the TMS end to end from backup into the recovery environment, with the COO timing it against the "
        "24-hour RTO, and record the result", IT_OPS, 75),
    "rec-targets-owned": (
        3, 1, None, COO,
        "RTOs are in the BIA signed by IT in 2024; the hub managers in Rotterdam and Gdańsk had not seen them.",
        "Walk each hub manager through the BIA, have them sign their own recovery targets and price the gap "
        "between target and achievable time", COO, 90),
    "rec-dependencies-tested": (
        3, 1, None, IT_OPS,
        "The DR plan lists Active Directory, DNS and the customs gateway as dependencies; none was unavailable "
        "during any test.",
        "Rehearse recovery of the TMS with Active Directory assumed compromised, rebuilding identity first", IT_OPS,
        120),
    "rec-backup-survives-attacker": (
        3, 0, None, IT_OPS,
        "Backups are written to a NAS joined to the production domain; the backup admin account is a domain "
        "account. Nobody has tried to delete them as an attacker would.",
        "Move backup copies to immutable storage administered outside the production domain, then have the red "
        "team try to delete them with domain admin rights", IT_OPS, 60),
    "rec-degraded-operations": (
        2, 2, 4, COO,
        "Gdańsk ran a four-hour paper-manifest drill in spring; Rotterdam has a workaround on paper only.",
        "Run the same paper-manifest drill in Rotterdam for a full shift and record what could not be done", COO,
        120),
    "own-risk-owner-authority": (
        3, 2, 7, CFO,
        "Risk register names an owner for each of the top five risks; the CFO stopped the legacy EDI link in "
        "June after the supplier breach.",
        "", "", None),
    "own-acceptance-consequence": (
        3, 1, None, CFO,
        "Three acceptances signed last year were signed by the IT manager, not by the business owners who bear "
        "the consequence.",
        "Re-sign the three open risk acceptances by the business owners, with the consequence written in plain "
        "words", CFO, 45),
    "own-exceptions-expire": (
        3, 3, 2, CISO,
        "Exception register reviewed monthly; two expired exceptions were closed in September by switching off "
        "the systems concerned.",
        "", "", None),
    "own-committee-decides": (
        2, 1, None, CISO,
        "Security steering committee minutes record discussions, rarely a named decision maker.",
        "Record a single accountable decision maker and a due date for every decision in the steering committee "
        "minutes", CISO, 30),
    "cul-near-miss-reporting": (
        2, 3, 2, CISO,
        "Drivers and warehouse staff report near misses through the safety app, which now includes a security "
        "category: 41 reports last quarter from six departments.",
        "Write the near-miss reporting route into the security policy so the practice survives a change of "
        "staff", CISO, 60),
    "cul-pressure-behaviour": (
        3, 1, None, CISO,
        "During the peak season go-live, change approvals were skipped for two releases; nobody reviewed it "
        "afterwards.",
        "Review the two peak-season releases that skipped change approval with the release owners and agree an "
        "emergency route that still records approval", ARCHITECTURE, 45),
    "cul-local-contexts": (
        3, 2, 5, CISO,
        "Security visited the Gdańsk hub in June: shared logins on warehouse scanners, fixed since.",
        "Visit the Rotterdam hub and two partner depots and test the same controls", CISO, 90),
    "cul-behaviour-measured": (
        3, 2, 3, CISO,
        "Phishing reports measured monthly: median time to report fell from 40 to 12 minutes.",
        "", "", None),
    "inc-exec-exercise": (
        4, 3, 20, CISO,
        "Executive ransomware tabletop in 2024 with the external facilitator; the report is on file. No executive "
        "exercise since.",
        "Run a half-day ransomware exercise with the executive team before year end and record the decisions "
        "taken and their timing", CISO, 60),
    "inc-hard-decisions": (
        3, 1, None, COO,
        "The crisis plan gives the COO the authority to isolate the network; the out-of-hours call tree has never "
        "been tested.",
        "Test the out-of-hours call tree on a Sunday night and confirm who may disconnect the network", COO, 30),
    "inc-regulatory-notification": (
        4, 2, 8, GENERAL_COUNSEL,
        "NIS2 notification procedure approved; in the March drill the notification decision took 30 hours, "
        "against a 24-hour early-warning deadline.",
        "Pre-agree the notification decision criteria with legal and rerun the drill against the 24-hour "
        "deadline", GENERAL_COUNSEL, 90),
    "inc-detect-to-declare": (
        2, 3, 3, SOC,
        "The managed SOC contract reports a median 3 hours from alert to declared incident over 12 months; the "
        "internal procedure is still a draft.",
        "Approve the incident declaration procedure so the SOC's practice is written down", SOC, 45),
    "inc-crisis-comms-offline": (
        3, 1, None, COMMS,
        "Signal group for the crisis team exists; it was never used in an exercise and customers cannot be "
        "reached without email.",
        "Run the next crisis exercise on the backup channel only, including a message to key customers", COMMS, 90),
    "inc-lessons-changed": (
        3, 3, 6, SOC,
        "After the June supplier breach, supplier VPN accounts moved to time-limited access; checked in October.",
        "", "", None),
    "tpr-critical-suppliers-known": (
        3, 1, None, PROCUREMENT,
        "Supplier list ranked by spend, not by the services that stop; the customs broker and the TMS vendor are "
        "not marked critical.",
        "Rank suppliers by the business services that stop without them, starting with the customs broker and "
        "the TMS vendor", PROCUREMENT, 60),
    "tpr-claims-verified": (
        3, 2, 9, PROCUREMENT,
        "SOC 2 reports collected for eight suppliers; scope checked against the services we buy for three of "
        "them.",
        "Check the audit report scope of the remaining five critical suppliers against the services we use",
        PROCUREMENT, 90),
    "tpr-contract-rights-used": (
        3, 1, None, GENERAL_COUNSEL,
        "Audit and notification clauses are in all new contracts; none has ever been invoked.",
        "Invoke the audit clause with the TMS vendor this year and record what we obtained", GENERAL_COUNSEL, 120),
    "tpr-supplier-access-watched": (
        3, 3, 2, SOC,
        "Supplier accounts are reviewed monthly since the June breach; 14 accounts revoked in October.",
        "", "", None),
    "cld-concentration-mapped": (
        2, 1, None, IT_OPS,
        "The customer portal, e-mail and identity all run on one provider and one identity tenant; not analysed.",
        "Map which critical services stop if the provider or the identity tenant is down for a week and present "
        "it to the executive team", IT_OPS, 90),
    "cld-exit-tested": (
        3, 0, None, IT_OPS,
        "Exit plan written for the certification audit; no workload has ever been exported and run elsewhere.",
        "Export the customer portal's data and run it in a second environment, timing it against the exit plan",
        IT_OPS, 180),
    "cld-jurisdiction-keys": (
        2, 1, None, DPO,
        "Transfer impact assessment done; encryption keys are provider-managed and nobody verified who can use "
        "them.",
        "Decide whether customer-held keys are needed for shipment and customs data, and verify who can access "
        "the keys today", DPO, 120),
    "cld-shared-responsibility": (
        3, 3, 1, IT_OPS,
        "Cloud posture tool alerts on misconfigurations; the last critical finding (public storage bucket) was "
        "fixed in 3 hours in October.",
        "", "", None),
    "ai-inventory-shadow": (
        1, 0, None, "",
        "No AI inventory. Expense claims show eleven AI subscriptions paid by staff; nobody has compared them with "
        "an approved list.",
        "Compare expense and proxy data with an AI inventory and decide tool by tool what is allowed", DPO, 45),
    "ai-data-boundaries": (
        2, 0, None, "",
        "The acceptable use policy says customer data must not enter public AI tools; nothing enforces or "
        "detects it.",
        "Block unapproved AI tools at the web proxy or provide an approved one with data-loss controls, as the "
        "board decides", DPO, 60),
    "ai-output-relied-on": (
        1, 1, None, COO,
        "Customs classification uses a vendor AI feature; brokers spot-check it, but the error rate has never "
        "been measured.",
        "Measure the customs classification error rate on last quarter's declarations and set a threshold", COO,
        90),
    "ai-features-attacked": (
        NA_ROW, NA_ROW, None, "",
        "No customer-facing or internal AI assistant is in production; to be reassessed when the chatbot pilot "
        "starts.",
        "", "", None),
    "acc-privileged-standing": (
        3, 2, 2, IT_OPS,
        "38 permanent domain admins in January, 12 today; just-in-time access is live for servers, not for "
        "network devices.",
        "Move network device administration to just-in-time access and remove the remaining standing rights",
        IT_OPS, 90),
    "acc-leavers-revoked": (
        4, 2, 2, HR,
        "Leaver process audited; last quarter's sample found SaaS accounts of two leavers still active after 30 "
        "days.",
        "Connect the HR system to the SaaS applications so leavers lose access on their last day", HR, 60),
    "acc-reviews-revoke": (
        3, 1, None, IT_OPS,
        "Quarterly reviews completed on time; reviewers revoked 0.4 % of rights, in an average of 20 seconds per "
        "person.",
        "Redesign the access review so reviewers see usage data, and measure how many rights they remove",
        IT_OPS, 120),
    "acc-strong-authentication": (
        3, 3, 2, IT_OPS,
        "FIDO2 keys for all administrators and finance since spring; 96 % of logins to critical systems are "
        "phishing-resistant.",
        "", "", None),
    "acc-zero-trust-tested": (
        2, 1, None, SOC,
        "The Zero Trust roadmap is approved; the only test with a stolen account was in the 2023 penetration "
        "test.",
        "Commission a test with a stolen valid account on an unmanaged device and record how far the tester got",
        SOC, 120),
    "dat-labels-used": (
        3, 1, None, DPO,
        "Labels exist in Microsoft 365; a sample of twenty documents found three labelled.",
        "Turn on default labels for new documents in finance and customer service and resample in three months",
        DPO, 90),
    "dat-crown-jewels-located": (
        3, 2, 6, DPO,
        "Customer and customs data scanned in spring; copies found on two file shares were moved.",
        "Repeat the scan including e-mail archives and the data warehouse", DPO, 120),
    "dat-handling-enforced": (
        3, 1, None, DPO,
        "Policy forbids sending restricted documents to personal addresses; the mail gateway does not check "
        "labels.",
        "Configure the mail gateway to block restricted documents to personal addresses and test it", DPO, 60),
    "dat-deletion-real": (
        2, 1, None, DPO,
        "Retention schedule approved in 2023; no data set has been deleted under it yet.",
        "Delete the 2015–2017 shipment archive under the retention schedule, including backups, and keep the "
        "proof", DPO, 180),
    "sbd-early-involvement": (
        3, 2, 8, ARCHITECTURE,
        "Security joined the warehouse automation programme at design stage and changed the network design; the "
        "customer portal rebuild started without it.",
        "Add a security checkpoint to the project intake form for every initiative above €250k", ARCHITECTURE, 60),
    "sbd-shadow-it-friction": (
        1, 2, 5, ARCHITECTURE,
        "Tool approval takes six weeks on average; in May security interviewed teams using unapproved tools and "
        "cut the form to one page.",
        "Write the fast-track approval route into the procurement policy", ARCHITECTURE, 90),
    "sbd-paved-road": (
        2, 1, None, ARCHITECTURE,
        "Secure templates exist for two of eleven new services; pipeline checks warn but never block a release.",
        "Make the pipeline block releases with a critical weakness for services built on the templates",
        ARCHITECTURE, 120),
    "sbd-change-impact": (
        NA_ROW, NA_ROW, None, "",
        "No acquisition, reorganisation or major outsourcing in the period assessed.",
        "", "", None),
    "det-blind-spots-known": (
        3, 2, 2, SOC,
        "Log source health dashboard since September; the customs gateway and warehouse scanners send no logs.",
        "Onboard the customs gateway and warehouse scanner logs into monitoring", SOC, 90),
    "det-detections-tested": (
        1, 3, 4, SOC,
        "The SOC ran attack simulations in July: 71 % of techniques detected, median response 18 minutes. No "
        "detection testing procedure is written down.",
        "Write the quarterly attack simulation into the detection procedure", SOC, 60),
    "det-exposure-closed": (
        4, 2, 2, IT_OPS,
        "Patch policy audited; exploited vulnerabilities on internet-facing systems took 19 days on average "
        "against a 7-day target.",
        "Bring known-exploited vulnerabilities on internet-facing systems within the 7-day target and report it "
        "monthly", IT_OPS, 90),
    "det-inventory-complete": (
        3, 1, None, SOC,
        "Asset inventory approved; no external attack surface scan has been run.",
        "Run an external attack surface scan and reconcile the findings with the asset inventory", SOC, 45),
    "gov-board-consequence": (
        3, 2, 5, CISO,
        "Board report moved to business consequences in June; the board asked for this capability assessment.",
        "", "", None),
    "gov-balanced-kpis": (
        3, 1, None, CISO,
        "KPIs report training completion and patch counts; none measures time to detect or restore.",
        "Replace two activity KPIs with time to detect and time to restore in the next board report", CISO, 60),
    "gov-escalation-criteria": (
        2, 2, 6, CISO,
        "Escalation criteria agreed with the executive team; four escalations last year, three met them.",
        "", "", None),
    "gov-review-decides": (
        4, 1, None, CFO,
        "Management review held and minuted for the certification audit; no budget or priority changed as a "
        "result.",
        "Close the next management review with funded decisions on the top three risks", CFO, 90),
    "gov-audit-tests-reality": (
        3, 1, None, CFO,
        "Internal audit inspected documents only; no control was re-performed.",
        "Ask internal audit to re-perform one restore and one leaver test in next year's plan", CFO, 120),
    "gov-resources-follow-risk": (
        2, 1, None, CFO,
        "New security budget went to the awareness platform; recovery and identity risks got none.",
        "Re-plan next year's security budget against the top three risks and record who decided", CFO, 60),
    "hyg-malware-edr": (
        3, 2, 3, SOC,
        "June coverage report: EDR healthy on 96 % of laptops and servers; a test sample was detected on a laptop "
        "and a server in August. The 40 warehouse scanner PCs run no agent.",
        "Put the warehouse scanner PCs under EDR or application allow-listing, then run an out-of-hours attack "
        "simulation on a TMS server", SOC, 90),
    "hyg-logs-retained": (
        2, 1, None, SOC,
        "The logging standard sets 90 days, but the firewall and the TMS keep 30 and the customs gateway clock runs "
        "four minutes fast; a timeline asked for in March stopped at day 30.",
        "Raise firewall and TMS log retention to 90 days, set the customs gateway to the central time source, and "
        "rebuild a 90-day timeline as a test", SOC, 60),
    "hyg-evidence-preserved": (
        2, 0, None, SOC,
        "Evidence procedure approved and a forensics retainer signed in 2024; the two infected laptops this year "
        "were reimaged the same day without an image.",
        "Add a capture-before-rebuild step to the reimaging runbook and rehearse a disk and memory capture with the "
        "retainer firm", SOC, 90),
    "hyg-personal-data": (
        3, 2, 5, DPO,
        "Record of processing reviewed in June; all 14 data subject requests this year were answered within the "
        "month. A scan found a copy of the customer contact table in the analytics sandbox.",
        "Mask the customer contact table in the analytics sandbox and add the sandbox to the quarterly scan", DPO,
        60),
    "hyg-physical-access": (
        3, 1, None, COO,
        "Secure areas defined and badge lists reviewed at both hubs; nobody has ever tried to tailgate into the "
        "Rotterdam server room.",
        "Commission an unannounced entry test of the Rotterdam and Gdańsk server rooms", COO, 120),
    "hyg-power-and-environment": (
        2, 3, 8, IT_OPS,
        "A storm cut mains power at Gdańsk in March: the generator carried the data room for five hours and "
        "cooling held. Power and cooling requirements are written down for neither hub.",
        "Write the power and cooling requirements of both data rooms into the facilities standard", COO, 90),
    "hyg-screening-leavers": (
        3, 2, 4, HR,
        "Screening by role and a leaver checklist signed by HR for every leaver; a check of ten leavers against "
        "the asset inventory in July found one warehouse tablet never returned.",
        "Make the asset inventory check part of the leaver checklist so HR cannot sign off with a device "
        "outstanding", HR, 60),
    "hyg-segregation-duties": (
        2, 1, None, CFO,
        "Conflict matrix approved for payments; the ERP has never been searched for users who can both create and "
        "approve a supplier payment.",
        "Search the ERP payment roles for conflicts and remove or approve each one found", CFO, 45),
    "hyg-secure-coding": (
        2, 1, None, ARCHITECTURE,
        "Secure coding rules cover the customer portal team only; the TMS integration team tests against a copy "
        "of production data.",
        "Extend the secure coding rules to the TMS integration team and give it masked test data", ARCHITECTURE,
        120),
    "hyg-web-filtering": (
        3, 3, 2, IT_OPS,
        "Cloud web filter on office and remote laptops; in September remote laptops reached none of ten test "
        "sites, and a phishing link was blocked and alerted to the SOC within 20 minutes.",
        "", "", None),
    "hyg-vulnerability-depth": (
        3, 1, None, IT_OPS,
        "Scanner credentials cover Windows and Linux servers; network devices and the container platform are not "
        "scanned, so 71 % of the inventory is covered.",
        "Add authenticated scans of network devices and the container platform and report coverage against the "
        "inventory monthly", IT_OPS, 90),
    "hyg-penetration-tested": (
        3, 2, 9, CISO,
        "Independent test of the customer portal in February; every high finding fixed, two retests pending. The "
        "customs gateway has never been tested.",
        "Add the customs gateway to this year's penetration test scope", CISO, 120),
    "hyg-media-offsite": (
        3, 2, 6, IT_OPS,
        "Disposal contractor certified; in July 20 of 20 disposed laptops were matched to wipe certificates. "
        "Company phones are not encrypted by policy.",
        "Enforce encryption on company phones through the mobile device management tool", IT_OPS, 60),
}

# The three decisions only the board can take, each different in kind: fund a proof, fund a control, set a rule.
ESCALATIONS: dict[str, str] = {
    "rec-restore-proven": (
        "Fund and schedule a full end-to-end restore test of the transport management system this quarter, "
        "with the COO watching the clock — or accept in writing that a ransomware attack could stop deliveries "
        "for longer than the 24-hour recovery target."),
    "rec-backup-survives-attacker": (
        "Approve the €180,000 for immutable backups administered outside the production domain this year — or "
        "accept that an attacker with administrator rights could destroy every copy we would restore from."),
    "ai-data-boundaries": (
        "Choose between blocking unapproved AI tools at the web proxy from next month and buying an approved "
        "enterprise AI tool with data-loss controls; staying as we are leaves customer and customs data "
        "uncontrolled."),
}
