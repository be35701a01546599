import { config } from 'zod'

// zod, configured once for server and browser. jitless: zod 4 would otherwise probe `new Function`
// to compile fast parsers, which the console's Content Security Policy (no 'unsafe-eval') reports
// as a violation on every page with a form. Import z from here, never from 'zod' directly; z holds
// the members listed in zod-members.ts (see there why not all of zod).
config({ jitless: true })

export * as z from './zod-members'
