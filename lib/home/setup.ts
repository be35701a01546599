// The admin's first steps, until each is done: then the home page stops asking.

export type SetupFacts = {
  liveKey: boolean
  defaultProjectId: boolean
  teamSize: number
  pendingInvitations: number
}

export type SetupStep = { id: string; label: string; href: string; done: boolean }

export function setupSteps(facts: SetupFacts): SetupStep[] {
  return [
    {
      id: 'key',
      label: 'Connect SaleSnip with an API key',
      href: '/settings',
      done: facts.liveKey,
    },
    {
      id: 'project',
      label: 'Set the default project id',
      href: '/settings',
      done: facts.defaultProjectId,
    },
    {
      id: 'team',
      label: 'Invite the team',
      href: '/team',
      done: facts.teamSize > 1 || facts.pendingInvitations > 0,
    },
  ]
}
