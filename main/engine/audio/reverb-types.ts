// How a place reverberates, as the reverb's parameters.
export interface RoomAcoustics {
  // Scales Freeverb's delay lengths (bigger room = longer gaps between reflections).
  size: number;
  feedback: number;
  // High-frequency loss per reflection (0 = none).
  damping: number;
  wet: number;
}

