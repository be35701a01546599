import { z } from 'zod'

// zod, configured once for server and browser. jitless: zod 4 would otherwise probe `new Function`
// to compile fast parsers, which the console's Content Security Policy (no 'unsafe-eval') reports
// as a violation on every page with a form. Import z from here, never from 'zod' directly.
z.config({ jitless: true })

export { z }
