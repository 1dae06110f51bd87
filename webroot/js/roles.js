// The API's roles, in the order the console lists them. A user has exactly one.
export const ROLES = ['ADMIN', 'OPERATOR', 'APPROVER', 'AUDITOR', 'FIELD_OFFICER'];
