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
