// Names the seed writes and the app falls back to; one place so both agree.
export const DEFAULT_WORKSPACE_ID = 'default'
export const DEFAULT_WORKSPACE_NAME = 'Northwind Demo'
