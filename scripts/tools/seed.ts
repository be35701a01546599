// `npm run seed`: migrate and seed the configured database without starting the server.
import { prepareDatabase } from '@/scripts/start/prepare-database'

await prepareDatabase()
