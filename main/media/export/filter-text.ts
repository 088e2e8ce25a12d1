// Writing values into an ffmpeg filtergraph: a value passes two parsers (the filter's option list,
// then the graph), each with its own special characters, so file names and text are escaped for both.

// A filter option's value, safe inside a filtergraph whatever characters it holds.
export function filterValue(value: string): string {
  const quoted = `'${value.replace(/'/g, "'\\''")}'`;
  return quoted.replace(/[\\'[\],;]/g, (c) => `\\${c}`);
}

// Numbers in filter options: plain decimals (never exponent notation), trimmed of noise.
export function filterNumber(value: number): string {
  return Number(value.toFixed(6)).toString();
}
