import { z } from 'zod';

export const loginSchema = z.object({
  username: z.string().trim().min(1, 'Enter your username'),
  password: z.string().min(1, 'Enter your password'),
});

export const registerSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, 'Choose a username')
    .max(64, 'At most 64 characters'),
  displayName: z.string().trim().max(100, 'At most 100 characters').optional(),
  password: z.string().min(1, 'Choose a password'),
});

/** First message per top-level field of a failed zod parse. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key && !out[key]) out[key] = issue.message;
  }
  return out;
}
