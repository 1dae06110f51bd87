// The screens and who may open them. The menu shows only what the role may do; the server
// refuses anything else anyway, so this is about a calm, relevant menu, not security.
import * as dashboard from './screens/dashboard.js';
import * as audit from './screens/audit.js';
import * as users from './screens/users.js';
import * as workers from './screens/workers.js';
import * as payouts from './screens/payouts.js';
import * as claims from './screens/claims.js';
import * as casesOverdue from './screens/cases-overdue.js';
import * as santunan from './screens/santunan.js';
import * as bpjs from './screens/bpjs.js';
import * as dtsen from './screens/dtsen.js';
import * as decrees from './screens/decrees.js';
import * as accessLog from './screens/access-log.js';
import * as invoices from './screens/invoices.js';
import * as budgets from './screens/budgets.js';
import * as targets from './screens/targets.js';
import * as tariffs from './screens/tariffs.js';
import * as regions from './screens/regions.js';
import * as reports from './screens/reports.js';
import * as subjectRights from './screens/subject-rights.js';
import * as retention from './screens/retention.js';
import * as breaches from './screens/breaches.js';
import * as duplicateReviews from './screens/duplicate-reviews.js';
import { ROLES } from './roles.js';

export const ROUTES = [
  { path: 'dashboard', label: 'nav.dashboard', roles: ROLES, screen: dashboard },
  // Approvers read workers (and their heirs) to check a payout.
  { path: 'workers', label: 'nav.workers', roles: ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR', 'FIELD_OFFICER'], screen: workers },
  // Field officers file claims in their kelurahan, so they see claims too.
  // Workers saved while possible duplicates existed, held from enrolment until decided (issue 19.6).
  { path: 'duplicate-reviews', label: 'nav.duplicate_reviews', roles: ['ADMIN', 'OPERATOR', 'AUDITOR', 'FIELD_OFFICER'], screen: duplicateReviews },
  { path: 'claims', label: 'nav.claims', roles: ['OPERATOR', 'APPROVER', 'ADMIN', 'AUDITOR', 'FIELD_OFFICER'], screen: claims },
  { path: 'cases-overdue', label: 'nav.cases_overdue', roles: ['OPERATOR', 'APPROVER', 'ADMIN', 'AUDITOR', 'FIELD_OFFICER'], screen: casesOverdue },
  // The city's own santunan programmes and their entitlements (payouts are made there).
  { path: 'santunan', label: 'nav.santunan', roles: ['OPERATOR', 'APPROVER', 'ADMIN', 'AUDITOR'], screen: santunan },
  { path: 'payouts', label: 'nav.payouts', roles: ['OPERATOR', 'APPROVER', 'ADMIN', 'AUDITOR'], screen: payouts },
  { path: 'bpjs', label: 'nav.bpjs', roles: ['ADMIN', 'OPERATOR', 'AUDITOR'], screen: bpjs },
  { path: 'dtsen', label: 'nav.dtsen', roles: ROLES, screen: dtsen },
  // The recipient decree per year and source, its changes under four eyes, re-verification.
  { path: 'decrees', label: 'nav.decrees', roles: ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR'], screen: decrees },
  // The money screens (issue 19.4), each for the roles its API allows.
  { path: 'invoices', label: 'nav.invoices', roles: ['ADMIN', 'OPERATOR', 'AUDITOR'], screen: invoices },
  { path: 'budgets', label: 'nav.budgets', roles: ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR'], screen: budgets },
  { path: 'targets', label: 'nav.targets', roles: ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR'], screen: targets },
  { path: 'tariffs', label: 'nav.tariffs', roles: ROLES, screen: tariffs },
  { path: 'regions', label: 'nav.regions', roles: ROLES, screen: regions },
  // Reports to print and send; a field officer gets the claim register of their kelurahan.
  { path: 'reports', label: 'nav.reports', roles: ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR', 'FIELD_OFFICER'], screen: reports },
  { path: 'audit', label: 'nav.audit', roles: ['AUDITOR', 'ADMIN'], screen: audit },
  // Who read whose personal data (issue 17): the auditor only, who reveals nothing themselves.
  { path: 'access-log', label: 'nav.access_log', roles: ['AUDITOR'], screen: accessLog },
  // A data subject's rights (UU 27/2022): their report, restriction and correction requests.
  { path: 'subject-rights', label: 'nav.subject_rights', roles: ['ADMIN', 'OPERATOR', 'AUDITOR'], screen: subjectRights },
  // Retention runs (ADMIN) and the breach register with its 3×24-hour clocks (AUDITOR reads it).
  { path: 'breaches', label: 'nav.breaches', roles: ['ADMIN', 'AUDITOR'], screen: breaches },
  { path: 'retention', label: 'nav.retention', roles: ['ADMIN'], screen: retention },
  { path: 'users', label: 'nav.users', roles: ['ADMIN'], screen: users },
];

export const HOME = 'dashboard';

export function allowed(route, user) {
  return Boolean(user) && route.roles.includes(user.role);
}

export function routesFor(user) {
  return ROUTES.filter((route) => allowed(route, user));
}

/** "#/users" → the route named users, or undefined. */
export function find(hash) {
  const path = String(hash || '').replace(/^#\/?/, '').split(/[/?]/)[0] || HOME;
  return { path, route: ROUTES.find((route) => route.path === path) };
}
