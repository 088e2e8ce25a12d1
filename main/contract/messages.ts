// How a contract violation reads when the schema has no sentence of its own. Our editor never sends
// such input (it checks fields with the schemas' own messages first), so these reach only other
// clients; they still get a sentence naming the field, never zod's technical text.
import { z } from 'zod';

z.config({
  customError: (issue) => {
    const field = issue.path && issue.path.length > 0 ? issue.path.map(String).join('.') : null;
    return field ? `The request's “${field}” is not valid.` : 'The request is not valid.';
  },
});

// The sentence a rejected payload reads as, on either side of the transport: the schemas' own
// messages, which are written for the user. Never a field path in front of them ("name: Give the
// cameo a name" read as a leak of the form's internals).
// One sentence per field (its first issue: an empty name need not also hear what a name may hold).
export function describeIssues(error: z.ZodError): string {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  const messages = [...new Set(byField.values())];
  return messages.length > 0 ? messages.join(' ') : 'The request is not valid.';
}
