// The few database types other modules may name (a row's shape for a `select`, a transaction handed
// to a data module), without importing the client: only data modules talk to the database.
export type { Prisma } from '@/lib/generated/sqlite/client'
export type { Database, Transaction } from './create-client'
