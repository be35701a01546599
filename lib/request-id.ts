// Every request carries an id (set by the server in front of Next, scripts/start/server.ts): the logs
// of one request share it, and an error shown to a user can quote it.
export const REQUEST_ID_HEADER = 'x-request-id'
