// Public surface of the prompt parser.
export { parsePrompt, readPrompt, UNSUPPORTED_MESSAGE } from './parse-prompt';
