// Public surface of the audio synthesizer.
export { synthesizeAudio, toPcm16, type AudioOptions, type SynthesizedAudio } from './synthesize';
