import { z } from '@/lib/zod'
import { CURRENCIES } from './currency-list'

export { CURRENCIES, currencyDecimals, type Currency } from './currency-list'
export const currencySchema = z.enum(CURRENCIES, { message: 'Choose a currency SaleSnip accepts.' })
