// What a token may do, on top of what its member's role allows. Without zod: the Settings form lists
// them before its schema has loaded (the schema is apiScopeSchema, token-schema.ts).
export const API_SCOPES = ['templates:read', 'sessions:read', 'sessions:write'] as const
export type ApiScope = (typeof API_SCOPES)[number]

export const SCOPE_LABELS: Record<ApiScope, string> = {
  'templates:read': 'Read templates',
  'sessions:read': 'Read sessions and history',
  'sessions:write': 'Create sessions',
}
