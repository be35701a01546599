// Builds the production app unless .next already holds a build of these sources.
import { buildIfStale } from './build-if-stale'

if (!buildIfStale()) console.log('The production build is up to date.')
