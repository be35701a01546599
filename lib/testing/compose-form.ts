import { emptyComposeForm, type ComposeForm } from '@/lib/compose/schema'

/**
 * A valid composition of one product line (its quantities left to the template), for tests and the
 * benchmark that send creates without the form: the form's own empty value, filled in.
 */
export function oneLineComposition(
  line: { templateId: string; opening: string; floor: string; upsell?: boolean },
  overrides: Partial<ComposeForm> = {},
): ComposeForm {
  return {
    ...emptyComposeForm({
      idempotencyKey: crypto.randomUUID(),
      projectId: 'project_test',
      currency: 'USD',
      successUrl: null,
      cancelUrl: null,
    }),
    lines: [
      {
        templateId: line.templateId,
        opening: line.opening,
        floor: line.floor,
        quantity: { initial: '', minimum: '', maximum: '' },
        upsell: line.upsell ?? true,
      },
    ],
    ...overrides,
  }
}
