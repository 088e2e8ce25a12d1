// Public surface of the prompt parser.
export { parsePrompt, UNSUPPORTED_MESSAGE } from './parse-prompt';
