// The short address is readiness (what a load balancer asking "healthy?" means).
export { GET } from './ready/route'
