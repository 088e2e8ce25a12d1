// Turns any failure into the one sentence the user reads. Our own refusals (ApiError) already are
// sentences; everything else is an internal fault, logged in full here and summarised for the UI,
// so no schema dump, SQL text or stack trace ever reaches a dialog.
import { z } from 'zod';
import { ApiError, type ApiErrorPayload } from '../contract/api';
import { describeIssues } from '../contract/messages';

function where(issue: z.core.$ZodIssue | undefined): string {
  return issue && issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
}

// A bad request: the contract's own messages, which are written as sentences for the user.
export function describeInvalidInput(error: z.ZodError): string {
  return describeIssues(error);
}

function internalMessage(error: unknown): string {
  if (error instanceof z.ZodError) {
    return `Kinora found data it cannot read${where(error.issues[0])}. The project file may have been changed outside Kinora; nothing was modified.`;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'
      ? 'The project file is damaged, so this could not be done. Nothing was changed.'
      : `The project database refused this (${code}). Nothing was changed.`;
  }
  if (error instanceof SyntaxError) return 'Kinora found data it cannot read in the project. Nothing was changed.';
  const message = error instanceof Error ? error.message : String(error);
  return `Something went wrong inside Kinora: ${message.split('\n')[0]?.slice(0, 300) ?? ''}`;
}

export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  console.error('Unexpected error in an API call:', error);
  return { code: 'internal', message: internalMessage(error) };
}
