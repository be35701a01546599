// Errors the domain expects. `userMessage` is safe to show; anything else stays in the server log.
export class AppError extends Error {
  readonly code: string
  readonly userMessage: string

  constructor(code: string, { userMessage, cause }: { userMessage: string; cause?: unknown }) {
    super(`${code}: ${userMessage}`, { cause })
    this.name = 'AppError'
    this.code = code
    this.userMessage = userMessage
  }
}

export const GENERIC_ERROR_MESSAGE = 'Something went wrong on our side. Please try again.'
