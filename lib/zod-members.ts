// The members of zod the app uses, imported by name. Turbopack does not tree-shake zod's namespace
// (`import { z } from 'zod'`): every page with a form shipped all of zod's ~50 message locales
// (about 60 kB gzip). Add a member here when a schema needs one.
export {
  array,
  boolean,
  coerce,
  email,
  enum,
  input,
  iso,
  literal,
  never,
  number,
  object,
  output,
  partialRecord,
  preprocess,
  record,
  strictObject,
  string,
  union,
  unknown,
  url,
  uuid,
  ZodError,
  ZodObject,
  ZodType,
} from 'zod'
export type { infer } from 'zod'
