// The shortest password a member may choose: said by the invitation form before its schema has
// loaded, and enforced by that schema (schemas.ts).
export const PASSWORD_MIN = 10
