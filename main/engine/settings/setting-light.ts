// How a setting is lit, beyond what the time of day decides.
export interface SettingLight {
  // Colour the ground bounces up into the shadows (the hemisphere light's lower half).
  hemiGround: number;
  // Colour of the sky below the horizon by day and at sunset (outdoors), when not the default.
  skyNadirDay?: number;
  skyNadirSunset?: number;
  // Where the low sun stands at sunset when not over the camera's shoulder (degrees: elevation, and
  // azimuth from the camera's side of the action, swung towards the side the subject faces).
  sunsetSun?: { elevationDeg: number; azimuthDeg: number };
  // Outdoors at night: lit by street lamps or floodlights (a street, a park's paths). Without them
  // (a beach, a forest) the moon is the only light: dim and blue.
  nightLamps?: boolean;
  // Indoors: the ceiling lights' strength and whether the hall is big enough to haze.
  keyIntensity?: number;
  haze?: boolean;
}

