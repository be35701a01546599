import type { UseFormReturn } from 'react-hook-form'
import type { ComposeForm, ComposeFormInput } from '@/lib/compose/schema'

/** The composer's react-hook-form instance, as its sections receive it. */
export type ComposeFormApi = UseFormReturn<ComposeFormInput, unknown, ComposeForm>
