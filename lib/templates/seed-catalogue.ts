import type { Currency } from '@/lib/salesnip/currencies'
import type { TemplateValues } from './record'

type Seed = Omit<
  TemplateValues,
  | 'prices'
  | 'upsellId'
  | 'crossSellIds'
  | 'description'
  | 'image'
  | 'metadata'
  | 'quantity'
  | 'recurring'
  | 'trial'
> &
  Partial<Pick<TemplateValues, 'description' | 'metadata' | 'quantity' | 'recurring' | 'trial'>> & {
    prices: [Currency, number, number][] // currency, opening, floor (major units)
    upsell?: string // product id
    crossSells?: string[] // product ids
    archived?: boolean
  }

const monthly = { unit: 'MONTH', count: 1 } as const
const yearly = { unit: 'YEAR', count: 1 } as const

// A SaaS seller's catalogue: plans monthly and yearly, add-ons, services; several currencies.
// Upsells and cross-sells name product ids that come earlier in the list.
export const CATALOGUE: Seed[] = [
  {
    productId: 'support-priority-monthly',
    name: 'Priority support (monthly)',
    tags: ['add-on', 'support'],
    recurring: monthly,
    prices: [
      ['USD', 49, 39],
      ['EUR', 45, 36],
    ],
  },
  {
    productId: 'support-priority-annual',
    name: 'Priority support (annual)',
    tags: ['add-on', 'support', 'annual'],
    recurring: yearly,
    prices: [
      ['USD', 490, 390],
      ['EUR', 450, 360],
    ],
  },
  {
    productId: 'seats-extra',
    name: 'Extra seats',
    description: 'Additional users on any plan.',
    tags: ['add-on', 'seats'],
    recurring: monthly,
    quantity: { initial: 5, minimum: 1, maximum: 500 },
    prices: [
      ['USD', 12, 9],
      ['EUR', 11, 8],
      ['JPY', 1600, 1200],
    ],
  },
  {
    productId: 'sso-saml',
    name: 'SSO / SAML',
    tags: ['add-on', 'security'],
    recurring: monthly,
    prices: [
      ['USD', 150, 120],
      ['EUR', 140, 110],
    ],
  },
  {
    productId: 'onboarding-workshop',
    name: 'Onboarding workshop',
    description: 'A half-day session with our team.',
    tags: ['services'],
    prices: [
      ['USD', 1500, 1100],
      ['EUR', 1400, 1000],
      ['GBP', 1200, 900],
    ],
  },
  {
    productId: 'success-manager',
    name: 'Dedicated success manager',
    tags: ['services', 'enterprise'],
    recurring: monthly,
    prices: [['USD', 2000, 1600]],
  },
  {
    productId: 'data-residency-eu',
    name: 'EU data residency',
    tags: ['add-on', 'compliance'],
    recurring: monthly,
    prices: [['EUR', 300, 250]],
    metadata: { region: 'eu-central' },
  },
  {
    productId: 'starter-monthly',
    name: 'Starter (monthly)',
    description: 'For small teams getting started.',
    tags: ['starter', 'monthly'],
    recurring: monthly,
    trial: { unit: 'DAY', count: 14 },
    prices: [
      ['USD', 29, 24],
      ['EUR', 27, 22],
      ['JPY', 3900, 3200],
    ],
    crossSells: ['seats-extra'],
  },
  {
    productId: 'starter-annual',
    name: 'Starter (annual)',
    tags: ['starter', 'annual'],
    recurring: yearly,
    prices: [
      ['USD', 290, 240],
      ['EUR', 270, 220],
    ],
    crossSells: ['seats-extra', 'onboarding-workshop'],
  },
  {
    productId: 'pro-monthly',
    name: 'Pro (monthly)',
    description: 'Everything in Starter, plus automations and API access.',
    tags: ['pro', 'monthly'],
    recurring: monthly,
    trial: { unit: 'DAY', count: 14 },
    quantity: { initial: 1, minimum: 1, maximum: 10 },
    prices: [
      ['USD', 99, 79],
      ['EUR', 92, 74],
      ['GBP', 79, 64],
      ['JPY', 13000, 10500],
    ],
    upsell: 'support-priority-monthly',
    crossSells: ['seats-extra', 'onboarding-workshop'],
    metadata: { tier: 'pro' },
  },
  {
    productId: 'pro-annual',
    name: 'Pro (annual)',
    description: 'Pro, billed yearly: two months free.',
    tags: ['pro', 'annual'],
    recurring: yearly,
    quantity: { initial: 1, minimum: 1, maximum: 10 },
    prices: [
      ['USD', 990, 790],
      ['EUR', 920, 740],
      ['JPY', 130000, 105000],
    ],
    upsell: 'support-priority-annual',
    crossSells: ['seats-extra', 'sso-saml', 'onboarding-workshop'],
    metadata: { tier: 'pro' },
  },
  {
    productId: 'enterprise-annual',
    name: 'Enterprise (annual)',
    description: 'Unlimited workspaces, audit logs, SLA.',
    tags: ['enterprise', 'annual'],
    recurring: yearly,
    prices: [
      ['USD', 12000, 9500],
      ['EUR', 11000, 8800],
      ['GBP', 9500, 7600],
    ],
    upsell: 'success-manager',
    crossSells: ['sso-saml', 'data-residency-eu', 'onboarding-workshop'],
    metadata: { tier: 'enterprise' },
  },
  {
    productId: 'basic-legacy',
    name: 'Basic (legacy)',
    description: 'No longer sold.',
    tags: ['legacy', 'monthly'],
    recurring: monthly,
    prices: [['USD', 19, 15]],
    archived: true,
  },
]
